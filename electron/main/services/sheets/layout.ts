import { AppError } from '../../../shared/errors'
import { buildGuides } from './guides'
import { ShelfPacker } from './packing'
import { findPaperPreset, type PaperChoice } from './paper'
import { pixelGeometry } from './pixel-geometry'
import type { Placement, Rect, SheetItem, SheetLabel, SheetLayout, SheetRequest } from './types'

/** Raster resolution when the request does not say. */
export const DEFAULT_DPI = 300

/** Label text height when the request does not say: about 10 pt. */
export const DEFAULT_LABEL_HEIGHT_MM = 3.5

/** Space between the label and the photos. */
const LABEL_PAD_MM = 1

type Orientation = 'portrait' | 'landscape'

interface Attempt {
  orientation: Orientation
  widthMm: number
  heightMm: number
  printableArea: Rect
  placements: Placement[]
  placedCount: Record<string, number>
  label: SheetLabel | undefined
}

/**
 * Lays out a print sheet: which copy goes where, in millimetres from the paper's top-left corner, plus cut guides,
 * the label box and the pixel geometry at the request's dpi. Pure: no I/O, same input → same output.
 * Numbered items are placed first, in request order; 'max' items then fill what is left, also in order.
 * Copies that do not fit are reported in `warnings`, never silently dropped.
 */
export function layoutSheet(request: SheetRequest): SheetLayout {
  validateRequest(request)
  const dpi = request.dpi ?? DEFAULT_DPI
  const paper = resolvePaperSize(request.paper)
  const gapMm = request.gapMm
  const portrait = {
    widthMm: Math.min(paper.widthMm, paper.heightMm),
    heightMm: Math.max(paper.widthMm, paper.heightMm)
  }
  const landscape = { widthMm: portrait.heightMm, heightMm: portrait.widthMm }

  let attempt: Attempt
  if (request.orientation === 'portrait') attempt = attemptLayout(request, 'portrait', portrait, gapMm)
  else if (request.orientation === 'landscape')
    attempt = attemptLayout(request, 'landscape', landscape, gapMm)
  else {
    const p = attemptLayout(request, 'portrait', portrait, gapMm)
    const l = attemptLayout(request, 'landscape', landscape, gapMm)
    attempt = l.placements.length > p.placements.length ? l : p
  }

  const paperOut = { widthMm: attempt.widthMm, heightMm: attempt.heightMm, orientation: attempt.orientation }
  const guides = buildGuides(
    request.guides,
    attempt.placements,
    paperOut,
    attempt.label ? [attempt.label] : []
  )
  const layout: SheetLayout = {
    paper: paperOut,
    placements: attempt.placements,
    guides,
    placedCount: attempt.placedCount,
    warnings: warningsFor(request.items, attempt),
    printableArea: attempt.printableArea,
    dpi,
    pixels: pixelGeometry(paperOut, attempt.placements, dpi),
    scaleCorrection: 1
  }
  if (attempt.label) layout.label = attempt.label
  return layout
}

/** The paper's size in millimetres as given (orientation is applied by the layout). */
export function resolvePaperSize(paper: PaperChoice): { widthMm: number; heightMm: number } {
  if (typeof paper === 'string') {
    const preset = findPaperPreset(paper)
    if (!preset)
      throw new AppError(
        'BAD_REQUEST',
        `The paper size "${paper}" is not known. Choose a paper from the list.`
      )
    return { widthMm: preset.widthMm, heightMm: preset.heightMm }
  }
  return { widthMm: paper.widthMm, heightMm: paper.heightMm }
}

function attemptLayout(
  request: SheetRequest,
  orientation: Orientation,
  size: { widthMm: number; heightMm: number },
  gapMm: number
): Attempt {
  const margin = request.marginMm
  let top = margin
  let bottom = margin
  let label: SheetLabel | undefined
  if (request.label && request.label.text.trim() !== '') {
    const heightMm = request.label.heightMm ?? DEFAULT_LABEL_HEIGHT_MM
    // The label lives in the margin band, at the margin's distance from the edge like the photos, so it is as
    // safe from the printer's unprintable border as they are; the band grows by the label's height.
    const band = heightMm + LABEL_PAD_MM
    const yMm = request.label.position === 'top' ? margin : size.heightMm - margin - heightMm
    if (request.label.position === 'top') top += band
    else bottom += band
    label = {
      text: request.label.text.trim(),
      xMm: margin,
      yMm,
      widthMm: Math.max(0, size.widthMm - 2 * margin),
      heightMm,
      // Helvetica's cap height is ~0.72 em and descenders ~0.21 em: a baseline at 80% keeps both in the box.
      baselineYMm: yMm + heightMm * 0.8,
      fontSizeMm: heightMm
    }
  }
  const printableArea: Rect = {
    xMm: margin,
    yMm: top,
    widthMm: Math.max(0, size.widthMm - 2 * margin),
    heightMm: Math.max(0, size.heightMm - top - bottom)
  }
  const packer = new ShelfPacker(printableArea, gapMm, request.dpi ?? DEFAULT_DPI, size)
  const placements: Placement[] = []
  const placedCount: Record<string, number> = {}
  const ordered = [
    ...request.items.filter((item) => item.copies !== 'max'),
    ...request.items.filter((item) => item.copies === 'max')
  ]
  for (const item of ordered) {
    placedCount[item.id] = 0
    const wanted = item.copies === 'max' ? Number.POSITIVE_INFINITY : item.copies
    let placed = 0
    while (placed < wanted) {
      const box = packer.place(item.widthMm, item.heightMm)
      if (!box) break
      placements.push({ itemId: item.id, photoId: item.photoId, ...box })
      placed += 1
    }
    placedCount[item.id] = placed
  }
  // Report counts in the request's order, which is how the counter reads them.
  const inRequestOrder: Record<string, number> = {}
  for (const item of request.items) inRequestOrder[item.id] = placedCount[item.id] ?? 0
  return { orientation, ...size, printableArea, placements, placedCount: inRequestOrder, label }
}

function warningsFor(items: readonly SheetItem[], attempt: Attempt): string[] {
  const warnings: string[] = []
  if (attempt.printableArea.widthMm <= 0 || attempt.printableArea.heightMm <= 0) {
    warnings.push(
      'The margins leave no room for photos on this paper. Make the margin smaller or choose larger paper.'
    )
  }
  for (const item of items) {
    const placed = attempt.placedCount[item.id] ?? 0
    const name = item.label ?? item.id
    if (item.copies === 'max') {
      if (placed === 0) {
        warnings.push(
          `No copy of ${name} fits in the space left on this paper. Choose larger paper or fewer other copies.`
        )
      }
    } else if (placed < item.copies) {
      warnings.push(
        `Only ${placed} of ${item.copies} copies of ${name} fit on this paper. ` +
          'Print the rest on another sheet, make the margin or gap smaller, or choose larger paper.'
      )
    }
  }
  return warnings
}

function validateRequest(request: SheetRequest): void {
  const bad = (what: string): never => {
    throw new AppError(
      'BAD_REQUEST',
      `The print sheet could not be laid out: ${what}. Check the sheet settings.`
    )
  }
  const paper = resolvePaperSize(request.paper)
  if (!isPositive(paper.widthMm) || !isPositive(paper.heightMm))
    bad('the paper size must be greater than zero')
  if (!isNonNegative(request.marginMm)) bad('the margin must be zero or more')
  if (!isNonNegative(request.gapMm)) bad('the gap between copies must be zero or more')
  if (request.dpi !== undefined && !(isPositive(request.dpi) && request.dpi <= 2400))
    bad('the print resolution must be between 1 and 2400 dpi')
  if (request.label?.heightMm !== undefined && !isPositive(request.label.heightMm))
    bad('the label height must be greater than zero')
  const ids = new Set<string>()
  for (const item of request.items) {
    const name = item.label ?? item.id
    if (ids.has(item.id)) bad(`the item "${name}" appears twice`)
    ids.add(item.id)
    if (!isPositive(item.widthMm) || !isPositive(item.heightMm))
      bad(`the photo size of ${name} must be greater than zero`)
    if (item.copies !== 'max' && !(Number.isInteger(item.copies) && item.copies >= 0)) {
      bad(`the number of copies of ${name} must be a whole number`)
    }
  }
}

function isPositive(value: number): boolean {
  return Number.isFinite(value) && value > 0
}

function isNonNegative(value: number): boolean {
  return Number.isFinite(value) && value >= 0
}
