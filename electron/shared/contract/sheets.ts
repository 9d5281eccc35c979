import { z } from 'zod'
import { channel } from './define'
import { noInput, type ImageView, type SavedFile } from './common'

/** Paper presets the layout knows. */
export const paperIds = ['4x6in', '5x7in', '3.5x5in', 'a6', 'a5', 'a4', 'letter', 'custom'] as const

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
    customPaper: z
      .object({
        width: z.number().positive().max(2000),
        height: z.number().positive().max(2000),
        unit: z.enum(['mm', 'in'])
      })
      .strict()
      .optional(),
    orientation: z.enum(['auto', 'portrait', 'landscape']),
    items: z.array(itemSchema).min(1).max(12),
    marginMm: z.number().min(0).max(50),
    gapMm: z.number().min(0).max(30),
    guides: z.enum(['lines', 'crop-marks', 'off']),
    label: z.boolean(),
    dpi: z.union([z.literal(300), z.literal(600)]),
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
  scaleCorrection: number
}

/** A printer and its stored calibration. */
export interface PrinterView {
  name: string
  isDefault: boolean
  scaleCorrection: number
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
  'sheets:print': channel<{ printed: boolean }>()(z.object({ request: sheetRequestSchema }).strict()),
  'sheets:list-printers': channel<PrinterView[]>()(noInput),
  'sheets:print-ruler': channel<{ printed: boolean }>()(
    z.object({ printerName: z.string().max(256) }).strict()
  ),
  'sheets:calibrate': channel<PrinterView>()(
    z
      .object({
        printerName: z.string().max(256),
        expectedMm: z.number().positive().max(500),
        measuredMm: z.number().positive().max(500)
      })
      .strict()
  ),
  'sheets:reset-calibration': channel<PrinterView>()(z.object({ printerName: z.string().max(256) }).strict())
}
