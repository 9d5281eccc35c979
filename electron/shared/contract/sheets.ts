import { z } from 'zod'
import { channel } from './define'
import { noInput, type ImageView, type SavedFile } from './common'

/** Paper presets the layout knows. */
export const paperIds = ['4x6in', '5x7in', '3.5x5in', 'a6', 'a5', 'a4', 'letter', 'custom'] as const

/** Raster resolutions offered: 254 (minilabs: 100 px = 1 cm), 300 (standard) and 600 (fine). */
export const sheetDpiSchema = z.union([z.literal(254), z.literal(300), z.literal(600)])

const customPaperSchema = z
  .object({
    width: z.number().positive().max(2000),
    height: z.number().positive().max(2000),
    unit: z.enum(['mm', 'in'])
  })
  .strict()

/** The sheet settings remembered for a paper (and, for the margin, a printer). */
export const sheetSettingsSchema = z
  .object({
    orientation: z.enum(['auto', 'portrait', 'landscape']),
    marginMm: z.number().min(0).max(50),
    gapMm: z.number().min(0).max(30),
    guides: z.enum(['lines', 'crop-marks', 'off']),
    label: z.boolean(),
    dpi: sheetDpiSchema,
    customPaper: customPaperSchema.optional()
  })
  .strict()

/** Sheet settings for one paper. */
export type SheetSettings = z.infer<typeof sheetSettingsSchema>

/**
 * What the sheets screen remembers, kept in the settings file under `sheets`: the settings last used for each
 * paper, and the margin last used for each paper on each printer (whether a printer prints to the edge is what
 * differs between printers).
 */
export const sheetPreferencesSchema = z.object({
  papers: z.array(z.object({ paper: z.enum(paperIds), settings: sheetSettingsSchema })).max(paperIds.length),
  printers: z
    .array(
      z.object({
        paper: z.enum(paperIds),
        printerName: z.string().min(1).max(256),
        marginMm: z.number().min(0).max(50)
      })
    )
    .max(500)
})

/** Remembered sheet settings. */
export type SheetPreferences = z.infer<typeof sheetPreferencesSchema>

const itemSchema = z
  .object({
    jobId: z.string().uuid(),
    copies: z.union([z.literal('max'), z.number().int().min(1).max(200)]),
    /** For a digital-only spec, the dpi used to derive a physical size. */
    digitalDpi: z.number().int().min(72).max(1200).optional()
  })
  .strict()

/** Everything the operator chose for one sheet. */
export const sheetRequestSchema = z
  .object({
    paper: z.enum(paperIds),
    customPaper: customPaperSchema.optional(),
    orientation: z.enum(['auto', 'portrait', 'landscape']),
    items: z.array(itemSchema).min(1).max(12),
    marginMm: z.number().min(0).max(50),
    gapMm: z.number().min(0).max(30),
    guides: z.enum(['lines', 'crop-marks', 'off']),
    label: z.boolean(),
    dpi: sheetDpiSchema,
    printerName: z.string().max(256).optional()
  })
  .strict()

/** A sheet request. */
export type SheetRequest = z.infer<typeof sheetRequestSchema>

/** A placed copy, in millimetres from the top-left of the page. */
export interface PlacementView {
  itemIndex: number
  jobId: string
  xMm: number
  yMm: number
  widthMm: number
  heightMm: number
}

/** The layout the preview draws: exactly what will print. */
export interface SheetLayoutView {
  paper: { widthMm: number; heightMm: number; orientation: 'portrait' | 'landscape'; label: string }
  placements: PlacementView[]
  guides: { x1: number; y1: number; x2: number; y2: number }[]
  guideStrokeMm: number
  label: { text: string; xMm: number; yMm: number; sizeMm: number } | null
  placedCount: number[]
  warnings: string[]
  notes: string[]
  /**
   * Per item of the request: for a digital-only spec (pixels only), the dpi its size was worked out at and the
   * note that says so; null for a spec with a print size.
   */
  itemNotes: ({ dpi: number; text: string } | null)[]
  /** Set when other settings would put more copies on the sheet: "6 would fit with margin 0 and no label". */
  hint: FillHintView | null
  /** The printer's correction as applied to this sheet, across and down the paper. */
  correction: PaperCorrectionView
}

/** Settings that would put more copies on the sheet. */
export interface FillHintView {
  copies: number
  text: string
  changes: { marginMm?: number; gapMm?: number; orientation?: 'auto'; label?: false }
}

/** A printer's correction (expected ÷ measured) across the paper and down it; 1 is none. */
export interface PaperCorrectionView {
  across: number
  down: number
}

/** A printer and its stored calibration. */
export interface PrinterView {
  name: string
  isDefault: boolean
  correction: PaperCorrectionView
}

/** The printers, and how printing reaches them. */
export interface PrintersView {
  /** 'system': CUPS or Windows printing, at true size; 'dialog': a print dialog, where the size is up to it. */
  path: { kind: 'system' | 'dialog'; label: string }
  printers: PrinterView[]
}

/** What became of a print. */
export interface PrintedView {
  /** False when a print dialog was cancelled. */
  printed: boolean
  printerName: string | null
  path: { kind: 'system' | 'dialog'; label: string }
  jobId: string | null
  note: string | null
}

/** The remembered (or default) settings for a paper on a printer. */
export interface SheetSettingsView {
  settings: SheetSettings
  remembered: boolean
}

/** Sheet channels. */
export const sheetsChannels = {
  'sheets:layout': channel<SheetLayoutView>()(sheetRequestSchema),
  /** The sheet rendered by the same code that prints it, at screen resolution: the preview is what prints. */
  'sheets:preview': channel<ImageView>()(
    z.object({ request: sheetRequestSchema, dpi: z.number().int().min(24).max(150) }).strict()
  ),
  'sheets:save': channel<SavedFile>()(
    z.object({ request: sheetRequestSchema, format: z.enum(['pdf', 'jpeg', 'png']) }).strict()
  ),
  /** Prints the sheet through the OS print system (the same PDF as Save PDF, with the printer's correction). */
  'sheets:print': channel<PrintedView>()(z.object({ request: sheetRequestSchema }).strict()),
  'sheets:list-printers': channel<PrintersView>()(noInput),
  'sheets:print-ruler': channel<PrintedView>()(
    z.object({ printerName: z.string().max(256), paper: z.enum(['a4', 'letter']) }).strict()
  ),
  'sheets:calibrate': channel<PrinterView>()(
    z
      .object({
        printerName: z.string().max(256),
        expectedMm: z.number().positive().max(500),
        measuredAcrossMm: z.number().positive().max(500),
        measuredDownMm: z.number().positive().max(500)
      })
      .strict()
  ),
  'sheets:reset-calibration': channel<PrinterView>()(z.object({ printerName: z.string().max(256) }).strict()),
  /** The settings last used for a paper (the margin per printer), or the paper's defaults. */
  'sheets:get-settings': channel<SheetSettingsView>()(
    z.object({ paper: z.enum(paperIds), printerName: z.string().max(256).optional() }).strict()
  ),
  'sheets:remember-settings': channel<SheetSettingsView>()(
    z
      .object({
        paper: z.enum(paperIds),
        printerName: z.string().max(256).optional(),
        settings: sheetSettingsSchema
      })
      .strict()
  )
}
