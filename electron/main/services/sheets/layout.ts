import { AppError } from '../../../shared/errors'
import { t } from '../i18n/main-language'
import {
  copiesOf,
  packCopies,
  placeLabel,
  sameCopies,
  type Arrangement,
  type Orientation
} from './arrangement'
import { buildGuides } from './guides'
import { findPaperPreset, type PaperChoice } from './paper'
import { pixelGeometry } from './pixel-geometry'
import type { SheetItem, SheetLayout, SheetRequest } from './types'

export { DEFAULT_LABEL_HEIGHT_MM } from './arrangement'

/** Raster resolution when the request does not say. */
export const DEFAULT_DPI = 300

/**
 * Lays out a print sheet: which copy goes where, in millimetres from the paper's top-left corner, plus cut guides,
 * the label box and the pixel geometry at the request's dpi. Pure: no I/O, same input → same output.
 *
 * It tries the arrangements a studio would (the grid across and down the paper in each orientation the request
 * allows) and keeps the one with the most copies, portrait on a tie. Then the label: it goes where it costs no
 * copy (the margin band, or the free end of a row; see arrangement.ts), in whichever of the arrangements holding
 * exactly those copies has room for it, or is left off and said so.
 * Numbered items are placed first, in request order; 'max' items then fill what is left, also in order.
 * Copies that do not fit are reported in `warnings`, never silently dropped; a label left off is said in `notes`.
 */
export function layoutSheet(request: SheetRequest): SheetLayout {
  validateRequest(request)
  const dpi = request.dpi ?? DEFAULT_DPI
  const paper = resolvePaperSize(request.paper)
  const portrait = {
    widthMm: Math.min(paper.widthMm, paper.heightMm),
    heightMm: Math.max(paper.widthMm, paper.heightMm)
  }
  const landscape = { widthMm: portrait.heightMm, heightMm: portrait.widthMm }
  const orientations: Orientation[] =
    request.orientation === 'auto' ? ['portrait', 'landscape'] : [request.orientation]
  const plains = orientations.map((o) => packCopies(request, o, o === 'portrait' ? portrait : landscape, dpi))
  const fullest = plains.reduce((a, b) => (better(b, a, request) ? b : a))
  const labelled = plains.filter((p) => sameCopies(p, fullest)).map((p) => placeLabel(request, p, dpi))
  const best = labelled.find((a) => a.label !== undefined) ?? labelled[0] ?? fullest

  const paperOut = { widthMm: best.widthMm, heightMm: best.heightMm, orientation: best.orientation }
  const layout: SheetLayout = {
    paper: paperOut,
    placements: best.placements,
    guides: buildGuides(request.guides, best.placements, paperOut, best.label ? [best.label] : []),
    placedCount: best.placedCount,
    warnings: warningsFor(request.items, best),
    notes: notesFor(best),
    printableArea: best.printableArea,
    dpi,
    pixels: pixelGeometry(paperOut, best.placements, dpi),
    scaleCorrection: { x: 1, y: 1 }
  }
  if (best.label) layout.label = best.label
  return layout
}

/**
 * More copies of the numbered items wins (they were asked for by number), then more copies in all; the earlier
 * (portrait) one stays on a tie.
 */
function better(candidate: Arrangement, current: Arrangement, request: SheetRequest): boolean {
  const numbered = (a: Arrangement) =>
    request.items.reduce((sum, item) => sum + (item.copies === 'max' ? 0 : (a.placedCount[item.id] ?? 0)), 0)
  if (numbered(candidate) !== numbered(current)) return numbered(candidate) > numbered(current)
  return copiesOf(candidate) > copiesOf(current)
}

/** The paper's size in millimetres as given (orientation is applied by the layout). */
export function resolvePaperSize(paper: PaperChoice): { widthMm: number; heightMm: number } {
  if (typeof paper === 'string') {
    const preset = findPaperPreset(paper)
    if (!preset) throw new AppError('BAD_REQUEST', t('sheetsMain.layout.unknownPaper', { paper }))
    return { widthMm: preset.widthMm, heightMm: preset.heightMm }
  }
  return { widthMm: paper.widthMm, heightMm: paper.heightMm }
}

function warningsFor(items: readonly SheetItem[], attempt: Arrangement): string[] {
  const warnings: string[] = []
  if (attempt.printableArea.widthMm <= 0 || attempt.printableArea.heightMm <= 0) {
    warnings.push(t('sheetsMain.layout.noRoom'))
  }
  for (const item of items) {
    const placed = attempt.placedCount[item.id] ?? 0
    const name = item.label ?? item.id
    if (item.copies === 'max') {
      if (placed === 0) warnings.push(t('sheetsMain.layout.noCopyFits', { name }))
    } else if (placed < item.copies) {
      warnings.push(t('sheetsMain.layout.onlySome', { placed, asked: item.copies, name }))
    }
  }
  return warnings
}

function notesFor(arrangement: Arrangement): string[] {
  const left = arrangement.labelLeftOff
  if (!left) return []
  return [t('sheetsMain.layout.labelLeftOff', { without: left.copiesWithout, with: left.copiesWith })]
}

function validateRequest(request: SheetRequest): void {
  // Each problem is one case of an ICU select in the catalogue (sheetsMain.layout.invalid).
  const bad = (problem: string, name = ''): never => {
    throw new AppError('BAD_REQUEST', t('sheetsMain.layout.invalid', { problem, name }))
  }
  const paper = resolvePaperSize(request.paper)
  if (!isPositive(paper.widthMm) || !isPositive(paper.heightMm)) bad('paper')
  if (!isNonNegative(request.marginMm)) bad('margin')
  if (!isNonNegative(request.gapMm)) bad('gap')
  if (request.dpi !== undefined && !(isPositive(request.dpi) && request.dpi <= 2400)) bad('dpi')
  if (request.label?.heightMm !== undefined && !isPositive(request.label.heightMm)) bad('label')
  const ids = new Set<string>()
  for (const item of request.items) {
    const name = item.label ?? item.id
    if (ids.has(item.id)) bad('twice', name)
    ids.add(item.id)
    if (!isPositive(item.widthMm) || !isPositive(item.heightMm)) bad('size', name)
    if (item.copies !== 'max' && !(Number.isInteger(item.copies) && item.copies >= 0)) bad('copies', name)
  }
}

function isPositive(value: number): boolean {
  return Number.isFinite(value) && value > 0
}

function isNonNegative(value: number): boolean {
  return Number.isFinite(value) && value >= 0
}
