import { FIT_EPSILON_MM, ShelfPacker } from './packing'
import type { Placement, Rect, SheetLabel, SheetRequest } from './types'

/** Label text height when the request does not say: about 10 pt. */
export const DEFAULT_LABEL_HEIGHT_MM = 3.5

/** Space between the label and the photos. */
const LABEL_PAD_MM = 1

/** A label squeezed narrower than this would be unreadable; the label goes elsewhere or is left off. */
const MIN_LABEL_WIDTH_MM = 30

/** Which way up the paper is in one arrangement. */
export type Orientation = 'portrait' | 'landscape'

/** One way of putting the copies on the paper: orientation, placements and where the label went. */
export interface Arrangement {
  orientation: Orientation
  widthMm: number
  heightMm: number
  printableArea: Rect
  placements: Placement[]
  placedCount: Record<string, number>
  label: SheetLabel | undefined
  /** Set when a label was asked for but no place was found without losing copies. */
  labelLeftOff: { copiesWith: number; copiesWithout: number } | undefined
}

/** The copies packed into the paper in one orientation, without a label. */
export function packCopies(
  request: SheetRequest,
  orientation: Orientation,
  size: { widthMm: number; heightMm: number },
  dpi: number
): Arrangement {
  return pack(request, orientation, size, dpi, { top: 0, bottom: 0 })
}

/**
 * Puts the label on an arrangement of the copies (from packCopies), where it costs no copy, in this order:
 * 1. the margin band at the top or bottom, as asked, when the band leaves every item's count as it was;
 * 2. the free end of a row (beside the last copy), when at least 30 mm is free there;
 * 3. nowhere: it is left off, and `labelLeftOff` says how many copies it would have cost.
 */
export function placeLabel(request: SheetRequest, plain: Arrangement, dpi: number): Arrangement {
  const size = { widthMm: plain.widthMm, heightMm: plain.heightMm }
  const orientation = plain.orientation
  const text = request.label?.text.trim() ?? ''
  if (!request.label || text === '') return plain
  const heightMm = request.label.heightMm ?? DEFAULT_LABEL_HEIGHT_MM
  const band = heightMm + LABEL_PAD_MM
  const top = request.label.position === 'top'
  const banded = pack(
    request,
    orientation,
    size,
    dpi,
    top ? { top: band, bottom: 0 } : { top: 0, bottom: band }
  )
  if (noWorse(banded, plain)) {
    const margin = request.marginMm
    const yMm = top ? margin : size.heightMm - margin - heightMm
    return { ...banded, label: labelBox(text, margin, yMm, size.widthMm - 2 * margin, heightMm) }
  }
  const room = rowEndRoom(plain, request.gapMm, heightMm)
  if (room) return { ...plain, label: labelBox(text, room.xMm, room.yMm, room.widthMm, heightMm) }
  return {
    ...plain,
    labelLeftOff: { copiesWith: banded.placements.length, copiesWithout: plain.placements.length }
  }
}

/** Total copies in an arrangement. */
export function copiesOf(arrangement: Arrangement): number {
  return arrangement.placements.length
}

/** True when both place the same number of copies of every item. */
export function sameCopies(a: Arrangement, b: Arrangement): boolean {
  return noWorse(a, b) && noWorse(b, a)
}

/** True when `a` places at least as many copies of every item as `b`. */
function noWorse(a: Arrangement, b: Arrangement): boolean {
  return Object.entries(b.placedCount).every(([id, count]) => (a.placedCount[id] ?? 0) >= count)
}

function labelBox(text: string, xMm: number, yMm: number, widthMm: number, heightMm: number): SheetLabel {
  return {
    text,
    xMm,
    yMm,
    widthMm: Math.max(0, widthMm),
    heightMm,
    // Helvetica's cap height is ~0.72 em and descenders ~0.21 em: a baseline at 80% keeps both in the box.
    baselineYMm: yMm + heightMm * 0.8,
    fontSizeMm: heightMm
  }
}

/**
 * The free end of a row, from the bottom row up: right of the row's last copy to the printable area's edge, at
 * least MIN_LABEL_WIDTH_MM wide, with the label sitting on the row's bottom edge.
 */
function rowEndRoom(
  arrangement: Arrangement,
  gapMm: number,
  labelHeightMm: number
): { xMm: number; yMm: number; widthMm: number } | null {
  const area = arrangement.printableArea
  const rows = new Map<number, Placement[]>()
  for (const p of arrangement.placements) rows.set(p.yMm, [...(rows.get(p.yMm) ?? []), p])
  const bottomUp = [...rows.entries()].sort((a, b) => b[0] - a[0])
  for (const [, row] of bottomUp) {
    const right = Math.max(...row.map((p) => p.xMm + p.widthMm))
    const rowBottom = Math.min(...row.map((p) => p.yMm + p.heightMm))
    const xMm = right + Math.max(gapMm, LABEL_PAD_MM)
    const widthMm = area.xMm + area.widthMm - xMm
    const rowTop = Math.max(...row.map((p) => p.yMm))
    if (widthMm >= MIN_LABEL_WIDTH_MM && rowBottom - rowTop >= labelHeightMm - FIT_EPSILON_MM) {
      return { xMm, yMm: rowBottom - labelHeightMm, widthMm }
    }
  }
  return null
}

/** Packs the copies into the paper minus the margin and the given label bands; numbered items first. */
function pack(
  request: SheetRequest,
  orientation: Orientation,
  size: { widthMm: number; heightMm: number },
  dpi: number,
  bands: { top: number; bottom: number }
): Arrangement {
  const margin = request.marginMm
  const printableArea: Rect = {
    xMm: margin,
    yMm: margin + bands.top,
    widthMm: Math.max(0, size.widthMm - 2 * margin),
    heightMm: Math.max(0, size.heightMm - 2 * margin - bands.top - bands.bottom)
  }
  const packer = new ShelfPacker(printableArea, request.gapMm, dpi, size)
  const placements: Placement[] = []
  const placed: Record<string, number> = {}
  const ordered = [
    ...request.items.filter((item) => item.copies !== 'max'),
    ...request.items.filter((item) => item.copies === 'max')
  ]
  for (const item of ordered) {
    const wanted = item.copies === 'max' ? Number.POSITIVE_INFINITY : item.copies
    let count = 0
    while (count < wanted) {
      const box = packer.place(item.widthMm, item.heightMm)
      if (!box) break
      placements.push({ itemId: item.id, photoId: item.photoId, ...box })
      count += 1
    }
    placed[item.id] = count
  }
  // Report counts in the request's order, which is how the counter reads them.
  const placedCount: Record<string, number> = {}
  for (const item of request.items) placedCount[item.id] = placed[item.id] ?? 0
  return {
    orientation,
    ...size,
    printableArea,
    placements,
    placedCount,
    label: undefined,
    labelLeftOff: undefined
  }
}
