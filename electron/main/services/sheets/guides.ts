import type { GuideSegment, GuideStyle, Rect, SheetGuides } from './types'

/** Cut-guide thickness: one pixel at 300 dpi, two at 600, 0.28 pt in the PDF. */
export const GUIDE_STROKE_MM = 0.1

/** Crop marks start this far from the photo's corner, so no ink is left on the photo after a slightly-off cut. */
export const CROP_MARK_OFFSET_MM = 1

/** Full length of a crop mark when there is room. */
export const CROP_MARK_LENGTH_MM = 4

/** Marks shorter than this (after clipping against neighbours) are dropped: they would only be dots. */
const MIN_MARK_MM = 1

/** Clearance kept between a crop mark and a neighbouring photo or the label. */
const CLEARANCE_MM = 0.5

/**
 * The cut guides for a set of photo rectangles. 'lines' outlines every photo along its cut edge; where copies
 * touch (gap 0) their shared edge gets one line, centred on it, and the edges of a row or column join into one
 * straight line to cut along. 'crop-marks' draws short marks that extend each edge outward from each corner,
 * clipped so they never run onto another photo, the label, or off the paper.
 */
export function buildGuides(
  style: GuideStyle,
  boxes: readonly Rect[],
  paper: { widthMm: number; heightMm: number },
  obstacles: readonly Rect[] = []
): SheetGuides {
  if (style === 'off') return { style, strokeMm: GUIDE_STROKE_MM, segments: [] }
  if (style === 'lines') {
    return { style, strokeMm: GUIDE_STROKE_MM, segments: mergeCollinear(boxes.flatMap(outline)) }
  }
  const blockers = [...boxes, ...obstacles]
  const segments: GuideSegment[] = []
  for (const box of boxes) {
    const left = box.xMm
    const right = box.xMm + box.widthMm
    const top = box.yMm
    const bottom = box.yMm + box.heightMm
    for (const y of [top, bottom]) {
      pushIfLong(segments, horizontalMark(y, left, -1, blockers, paper))
      pushIfLong(segments, horizontalMark(y, right, 1, blockers, paper))
    }
    for (const x of [left, right]) {
      pushIfLong(segments, verticalMark(x, top, -1, blockers, paper))
      pushIfLong(segments, verticalMark(x, bottom, 1, blockers, paper))
    }
  }
  return { style, strokeMm: GUIDE_STROKE_MM, segments }
}

function outline(box: Rect): GuideSegment[] {
  const x2 = box.xMm + box.widthMm
  const y2 = box.yMm + box.heightMm
  return [
    { x1Mm: box.xMm, y1Mm: box.yMm, x2Mm: x2, y2Mm: box.yMm },
    { x1Mm: x2, y1Mm: box.yMm, x2Mm: x2, y2Mm: y2 },
    { x1Mm: box.xMm, y1Mm: y2, x2Mm: x2, y2Mm: y2 },
    { x1Mm: box.xMm, y1Mm: box.yMm, x2Mm: box.xMm, y2Mm: y2 }
  ]
}

/** Same line within this distance: shared edges computed from different copies differ by rounding only. */
const SAME_LINE_MM = 1e-6

/**
 * Joins segments that lie on one line and overlap or touch into one segment each, so a shared edge is drawn
 * once instead of twice (two half-transparent strokes on one edge print darker than the rest).
 */
function mergeCollinear(segments: readonly GuideSegment[]): GuideSegment[] {
  const lines = new Map<string, { horizontal: boolean; at: number; spans: [number, number][] }>()
  for (const s of segments) {
    const horizontal = Math.abs(s.y1Mm - s.y2Mm) <= SAME_LINE_MM
    const at = horizontal ? s.y1Mm : s.x1Mm
    const span: [number, number] = horizontal
      ? [Math.min(s.x1Mm, s.x2Mm), Math.max(s.x1Mm, s.x2Mm)]
      : [Math.min(s.y1Mm, s.y2Mm), Math.max(s.y1Mm, s.y2Mm)]
    const existing = [...lines.values()].find(
      (line) => line.horizontal === horizontal && Math.abs(line.at - at) <= SAME_LINE_MM
    )
    if (existing) existing.spans.push(span)
    else lines.set(`${horizontal ? 'h' : 'v'}${lines.size}`, { horizontal, at, spans: [span] })
  }
  const merged: GuideSegment[] = []
  for (const line of lines.values()) {
    const spans = [...line.spans].sort((a, b) => a[0] - b[0])
    let [start, end] = spans[0] as [number, number]
    const flush = () =>
      merged.push(
        line.horizontal
          ? { x1Mm: start, y1Mm: line.at, x2Mm: end, y2Mm: line.at }
          : { x1Mm: line.at, y1Mm: start, x2Mm: line.at, y2Mm: end }
      )
    for (const [a, b] of spans.slice(1)) {
      if (a <= end + SAME_LINE_MM) end = Math.max(end, b)
      else {
        flush()
        ;[start, end] = [a, b]
      }
    }
    flush()
  }
  return merged
}

/** A mark along the line y, starting beside the corner at x and running in `direction` (-1 left, +1 right). */
function horizontalMark(
  y: number,
  cornerX: number,
  direction: -1 | 1,
  blockers: readonly Rect[],
  paper: { widthMm: number }
): GuideSegment | null {
  const span = clipSpan(
    cornerX,
    direction,
    paper.widthMm,
    blockers,
    (rect) => [rect.yMm, rect.yMm + rect.heightMm],
    (rect) => [rect.xMm, rect.xMm + rect.widthMm],
    y
  )
  return span && { x1Mm: span[0], y1Mm: y, x2Mm: span[1], y2Mm: y }
}

/** A mark along the line x, starting beside the corner at y and running in `direction` (-1 up, +1 down). */
function verticalMark(
  x: number,
  cornerY: number,
  direction: -1 | 1,
  blockers: readonly Rect[],
  paper: { heightMm: number }
): GuideSegment | null {
  const span = clipSpan(
    cornerY,
    direction,
    paper.heightMm,
    blockers,
    (rect) => [rect.xMm, rect.xMm + rect.widthMm],
    (rect) => [rect.yMm, rect.yMm + rect.heightMm],
    x
  )
  return span && { x1Mm: x, y1Mm: span[0], x2Mm: x, y2Mm: span[1] }
}

/**
 * Works along one axis: the mark wants [corner + offset, corner + offset + length] in `direction`, inside
 * [0, limit], and shortened to stop short of any blocker whose cross-axis band contains the mark's line.
 */
function clipSpan(
  corner: number,
  direction: -1 | 1,
  limit: number,
  blockers: readonly Rect[],
  crossBand: (rect: Rect) => [number, number],
  alongBand: (rect: Rect) => [number, number],
  line: number
): [number, number] | null {
  // Distances from the corner, outward.
  const start = CROP_MARK_OFFSET_MM
  let end = CROP_MARK_OFFSET_MM + CROP_MARK_LENGTH_MM
  end = Math.min(end, direction < 0 ? corner : limit - corner)
  for (const rect of blockers) {
    const [c1, c2] = crossBand(rect)
    if (line < c1 - CLEARANCE_MM || line > c2 + CLEARANCE_MM) continue
    const [a1, a2] = alongBand(rect)
    // Distance from the corner to the blocker's near side, outward; negative means it is behind the corner.
    const near = direction < 0 ? corner - a2 : a1 - corner
    const far = direction < 0 ? corner - a1 : a2 - corner
    if (far <= 0) continue
    end = Math.min(end, near - CLEARANCE_MM)
  }
  if (end - start < MIN_MARK_MM) return null
  const p1 = corner + direction * start
  const p2 = corner + direction * end
  return direction < 0 ? [p2, p1] : [p1, p2]
}

function pushIfLong(target: GuideSegment[], segment: GuideSegment | null): void {
  if (segment) target.push(segment)
}

/** Guide colour (0–1 RGB): dark grey, visible for cutting but not mistaken for part of a photo. */
export const GUIDE_RGB: readonly [number, number, number] = [0.33, 0.33, 0.33]
