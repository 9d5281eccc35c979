import type {
  PaperCorrectionView,
  SheetLayoutView,
  SheetRequest as SheetRequestView
} from '../../shared/contract'
import { AppError } from '../../shared/errors'
import type { Core } from '../core'
import { localDate, saveFileName } from '../services/files/save-name'
import {
  inchesToMm,
  layoutSheet,
  physicalSizeFor,
  type FillHint,
  type PaperChoice,
  type SheetLayout,
  type SheetRequest
} from '../services/sheets'
import type { PhotosFeature } from './feature-types'
import { formatDateTime, mainLocale, t } from '../services/i18n/main-language'
import { paperLabel as presetLabel } from '../../shared/i18n/paper-names'

/** A sheet, resolved: the layout, the request it came from, the photos it places and its names. */
export interface ResolvedSheet {
  request: SheetRequest
  layout: SheetLayout
  photos: Map<string, Uint8Array>
  notes: string[]
  /** Per item of the request: the dpi a digital-only spec is printed at, and the note saying so; else null. */
  itemNotes: ({ dpi: number; text: string } | null)[]
  paperLabel: string
  /** For the PDF's title: "Anna_Smith_US_Passport_2025-03-01". */
  baseName: string
  /** The saved file's name under the one naming rule: "Anna-Smith_us-passport-sheet_2025-03-01.pdf". */
  fileName: (extension: string) => string
  /** The print queue's name for the job: "Anna Smith · US Passport". Never a path. */
  jobTitle: string
}

/** Turns the operator's choices into a layout over the finished photos, with the label text and names. */
export async function resolveSheet(
  core: Core,
  photos: PhotosFeature,
  request: SheetRequestView
): Promise<ResolvedSheet> {
  const images = new Map<string, Uint8Array>()
  const notes: string[] = []
  const itemNotes: ResolvedSheet['itemNotes'] = []
  const customers = new Set<string>()
  const specNames = new Set<string>()
  const specCodes = new Set<string>()
  const items: SheetRequest['items'] = []
  for (const [index, item] of request.items.entries()) {
    const photo = await photos.finalPhoto(item.jobId)
    images.set(item.jobId, photo.jpeg)
    if (photo.customer) customers.add(photo.customer)
    specNames.add(photo.specName)
    specCodes.add(photo.spec.specCode)
    // For a digital-only spec the operator's dpi choice wins over the spec's own: that is what they asked to print.
    const spec =
      photo.spec.digitalOnly && item.digitalDpi ? { ...photo.spec, dpi: item.digitalDpi } : photo.spec
    const size = physicalSizeFor(spec, item.digitalDpi ?? 300)
    if (size.note) notes.push(t('sheetsMain.note.forSpec', { spec: photo.specName, note: size.note }))
    itemNotes.push(size.note && size.dpi !== null ? { dpi: size.dpi, text: size.note } : null)
    items.push({
      id: String(index),
      photoId: item.jobId,
      widthMm: size.widthMm,
      heightMm: size.heightMm,
      copies: item.copies,
      label: photo.specName
    })
  }
  const date = localDate(core.now())
  const who = [...customers].join(', ')
  const what = [...specNames].join(' + ')
  // Printed on the sheet: the date as the locale writes it ("1 mars 2025"); file names keep 2025-03-01.
  const printedDate = formatDateTime(core.now(), { dateStyle: 'medium' })
  const labelText = [who, what, printedDate].filter((s) => s !== '').join(' · ')
  const sheetRequest: SheetRequest = {
    paper: paperChoice(request),
    orientation: request.orientation,
    items,
    marginMm: request.marginMm,
    gapMm: request.gapMm,
    guides: request.guides,
    dpi: request.dpi,
    ...(request.label ? { label: { text: labelText, position: 'bottom' as const } } : {})
  }
  const layout = layoutSheet(sheetRequest)
  const baseName = [[...customers][0] ?? 'sheet', [...specNames][0] ?? '', date]
    .filter((s) => s !== '')
    .join('_')
    .replace(/[^\p{L}\p{N}._-]+/gu, '_')
    .slice(0, 100)
  const now = core.now()
  const fileName = (extension: string) =>
    saveFileName({
      customer: [...customers][0] ?? null,
      specCode: [...specCodes][0] ?? 'photo',
      kind: specCodes.size > 1 ? 'sheet-mixed' : 'sheet',
      date: now,
      extension
    })
  const jobTitle = (
    who === '' ? t('sheetsMain.jobTitle.noCustomer', { specs: what }) : `${who} · ${what}`
  ).slice(0, 120)
  return {
    request: sheetRequest,
    layout,
    photos: images,
    notes: [...notes, ...layout.notes],
    itemNotes,
    paperLabel: paperLabel(request),
    baseName,
    fileName,
    jobTitle
  }
}

function paperChoice(request: SheetRequestView): PaperChoice {
  if (request.paper !== 'custom') return request.paper
  const custom = request.customPaper
  if (!custom) throw new AppError('BAD_REQUEST', t('sheetsMain.layout.customSizeMissing'))
  const toMm = (v: number) => (custom.unit === 'in' ? inchesToMm(v) : v)
  return { widthMm: toMm(custom.width), heightMm: toMm(custom.height) }
}

function paperLabel(request: SheetRequestView): string {
  if (request.paper === 'custom' && request.customPaper) {
    const c = request.customPaper
    const values = { width: c.width, height: c.height }
    return t('units.paper.custom', { size: t(c.unit === 'in' ? 'units.size.in' : 'units.size.mm', values) })
  }
  return request.paper === 'custom' ? request.paper : presetLabel(request.paper, t, mainLocale().unit)
}

/** The layout as the preview draws it: exactly what will print. */
export function layoutView(
  sheet: ResolvedSheet,
  correction: PaperCorrectionView,
  hint: FillHint | null
): SheetLayoutView {
  const { layout } = sheet
  return {
    paper: { ...layout.paper, label: sheet.paperLabel },
    placements: layout.placements.map((p) => ({
      itemIndex: Number(p.itemId),
      jobId: p.photoId,
      xMm: p.xMm,
      yMm: p.yMm,
      widthMm: p.widthMm,
      heightMm: p.heightMm
    })),
    guides: layout.guides.segments.map((s) => ({ x1: s.x1Mm, y1: s.y1Mm, x2: s.x2Mm, y2: s.y2Mm })),
    guideStrokeMm: layout.guides.strokeMm,
    label: layout.label
      ? {
          text: layout.label.text,
          xMm: layout.label.xMm,
          yMm: layout.label.baselineYMm,
          sizeMm: layout.label.fontSizeMm
        }
      : null,
    placedCount: Object.keys(layout.placedCount)
      .sort((a, b) => Number(a) - Number(b))
      .map((id) => layout.placedCount[id] ?? 0),
    warnings: layout.warnings,
    notes: sheet.notes,
    itemNotes: sheet.itemNotes,
    hint: hint ? { copies: hint.copies, text: hint.text, changes: hint.changes } : null,
    correction
  }
}
