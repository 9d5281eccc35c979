import { estimateBackground, isBackground, type PaletteColour } from './background'
import type { CrownEstimate, DetectedFace, Point, RawImage } from './face-types'

/**
 * Chin-to-crown ÷ chin-to-forehead (mesh point 10), for when the background is too busy to scan. Measured by
 * hand on four portraits with the hair's top edge clearly visible (see test/unit/services/face/geometry.test.ts):
 * walk-in portrait 1.51, astronaut 1.54, specimen passport face 1.45, specimen ID card face 1.47.
 */
export const CROWN_RATIO = 1.5

/** A row across the head counts as head (not background) when at least this share of it is not background. */
const HEAD_ROW_SHARE = 0.35

/**
 * Where the scan may end, as a share of chin-to-forehead above the forehead: nearer than the lower bound means the
 * forehead itself looked like background; further than the upper bound means the background is not a backdrop.
 */
const SCAN_RANGE = { min: 0.2, max: 0.95 } as const

function add(p: Point, v: Point, k: number): Point {
  return { x: p.x + v.x * k, y: p.y + v.y * k }
}

/** The crown by the calibrated ratio, reported as cut off when it lands above the photo. */
export function crownByRatio(face: Pick<DetectedFace, 'forehead' | 'chin'>): CrownEstimate {
  const point = add(
    face.chin,
    { x: face.forehead.x - face.chin.x, y: face.forehead.y - face.chin.y },
    CROWN_RATIO
  )
  return { point, method: point.y < 0 ? 'cut-off' : 'ratio' }
}

/**
 * Estimates the crown (top of the hair) above a face. Scans up the face's own axis (chin → forehead, so a
 * tilted head is followed) from the forehead; each step samples a short row across the head and asks how much
 * of it is background. The crown is where background rows begin. When the head runs into the top edge the crown
 * is cut off; when the background is busy (no clear start of background, or an implausible distance) the
 * calibrated ratio is used instead. The method is always reported.
 */
export function estimateCrown(img: RawImage, face: DetectedFace, palette?: PaletteColour[]): CrownEstimate {
  const up = { x: face.forehead.x - face.chin.x, y: face.forehead.y - face.chin.y }
  const length = Math.hypot(up.x, up.y)
  if (length < 4) return crownByRatio(face)
  const u = { x: up.x / length, y: up.y / length }
  const across = { x: -u.y, y: u.x }
  const eyeDistance = Math.hypot(face.eyes[1].x - face.eyes[0].x, face.eyes[1].y - face.eyes[0].y)
  const halfWidth = Math.max(2, eyeDistance * 0.45)
  const headSpan = {
    from: Math.floor(face.forehead.x - eyeDistance * 1.6),
    to: Math.ceil(face.forehead.x + eyeDistance * 1.6)
  }
  const colours = palette ?? estimateBackground(img, headSpan)
  if (colours.length === 0) return crownByRatio(face)

  const maxSteps = Math.ceil(length * SCAN_RANGE.max)
  const needBackground = Math.max(3, Math.round(length * 0.04))
  let backgroundRun = 0
  for (let s = 0; s <= maxSteps; s++) {
    const centre = add(face.forehead, u, s)
    const share = headShare(img, centre, across, halfWidth, colours)
    if (share === null) {
      // The scan left the photo while still on the head: the crown is cut off at the edge.
      const edge = add(face.forehead, u, Math.max(0, s - backgroundRun))
      const byRatio = crownByRatio(face)
      return { point: byRatio.point.y < edge.y ? byRatio.point : edge, method: 'cut-off' }
    }
    backgroundRun = share < HEAD_ROW_SHARE ? backgroundRun + 1 : 0
    if (backgroundRun >= needBackground) {
      const end = s - backgroundRun + 1
      if (end < length * SCAN_RANGE.min) return crownByRatio(face)
      return { point: add(face.forehead, u, end), method: 'background-scan' }
    }
  }
  return crownByRatio(face)
}

/** Share of non-background pixels on a short row across the head; null when the row leaves the photo. */
function headShare(
  img: RawImage,
  centre: Point,
  across: Point,
  halfWidth: number,
  palette: PaletteColour[]
): number | null {
  const samples = Math.max(5, Math.min(41, Math.round(halfWidth)))
  let head = 0
  let inside = 0
  for (let k = 0; k < samples; k++) {
    const t = -halfWidth + (2 * halfWidth * k) / (samples - 1)
    const x = Math.round(centre.x + across.x * t)
    const y = Math.round(centre.y + across.y * t)
    if (y < 0) return null
    if (x < 0 || x >= img.width || y >= img.height) continue
    inside++
    if (!isBackground(img.data, (y * img.width + x) * img.channels, palette)) head++
  }
  return inside === 0 ? null : head / inside
}
