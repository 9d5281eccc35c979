import type { SpecRequirements } from '../specs/spec-parse'
import { requiredUploadPixels } from '../specs/spec-parse'
import type { MeasuredFace, Point, Rect } from './face-types'
import { t } from '../i18n/main-language'
import { formatRange, rangeInPixels, unitLabel } from './spec-ranges'

/** Head height ÷ photo height when a spec gives no head range (the ICAO middle, 0.62). */
export const DEFAULT_HEAD_SHARE = 0.62

/** Without an eye range, this share of the space left above and below the head goes above the crown. */
export const CROWN_SHARE = 0.4

/** Room kept above the crown and below the chin, as a share of the photo height. */
const MIN_TOP_ROOM = 0.02
const MIN_BOTTOM_ROOM = 0.06

/** The vertical line through a head, in one image's pixels. */
export interface HeadGeometry {
  crownY: number
  chinY: number
  /** The eye line's height: the mean of the two iris centres. */
  eyeY: number
  /** Halfway between the outermost points of the face outline. */
  centreX: number
}

/** Crown, chin, eye line and centre of a measured face. */
export function headGeometry(face: MeasuredFace): HeadGeometry {
  const xs = face.outline.map((p) => p.x)
  const centreX = xs.length > 0 ? (Math.min(...xs) + Math.max(...xs)) / 2 : face.box.left + face.box.width / 2
  return {
    crownY: face.crown.point.y,
    chinY: face.chin.y,
    eyeY: (face.eyes[0].y + face.eyes[1].y) / 2,
    centreX
  }
}

/** Where a spec's photo comes from in the source. */
export interface Placement {
  /** The crop in source pixels; it may run past the photo's edges (then it is padded). */
  crop: Rect
  /** Output pixels per source pixel. */
  scale: number
  outWidth: number
  outHeight: number
  /** Head height and eye height above the bottom edge that the crop aims at, in output pixels. */
  target: { headPx: number; eyeFromBottomPx: number }
  /** False when no head size and eye height in the spec's ranges fit this head in the frame. */
  feasible: boolean
}

/** The output size for a spec: its pixel box (or its size at 300 dpi, or 600×600). */
export function outputSize(requirements: SpecRequirements): { width: number; height: number } {
  return requiredUploadPixels(requirements.spec)
}

interface Candidate {
  head: number
  eye: number
  cost: number
  violation: number
}

function steps(min: number, max: number, count: number): number[] {
  if (max - min < 1e-9) return [min]
  return Array.from({ length: count + 1 }, (_, i) => min + ((max - min) * i) / count)
}

/**
 * Chooses head height and eye height in the output so both land as near the middle of the spec's ranges as this
 * face allows: the eye sits at a fixed share of the head (crown → eyes ÷ crown → chin, as measured), so a tall head
 * and a high eye line can push the crown out of the top. A small grid over both ranges finds the best pair that
 * keeps the crown and chin inside; when none does, the least bad one (and feasible: false).
 */
function chooseTargets(
  geometry: HeadGeometry,
  requirements: SpecRequirements,
  H: number
): Candidate & { feasible: boolean } {
  const { spec } = requirements
  const headRange = rangeInPixels(spec.headHeight, spec, H)
  const eyeRange = rangeInPixels(spec.eyeToBottom, spec, H)
  const headLength = Math.max(1, geometry.chinY - geometry.crownY)
  const eyeShare = Math.min(0.7, Math.max(0.3, (geometry.eyeY - geometry.crownY) / headLength))
  const [hMin, hMax] = headRange
    ? [headRange.minPx, headRange.maxPx]
    : [H * DEFAULT_HEAD_SHARE, H * DEFAULT_HEAD_SHARE]
  const hMid = (hMin + hMax) / 2
  let best: Candidate | null = null
  for (const head of steps(hMin, hMax, 20)) {
    const eyes = eyeRange
      ? steps(eyeRange.minPx, eyeRange.maxPx, 20)
      : [H - (H - head) * CROWN_SHARE - eyeShare * head]
    for (const eye of eyes) {
      const crownOut = H - eye - eyeShare * head
      const chinOut = crownOut + head
      const violation =
        Math.max(0, H * MIN_TOP_ROOM - crownOut) + Math.max(0, chinOut - H * (1 - MIN_BOTTOM_ROOM))
      const headCost = hMax > hMin ? (head - hMid) / (hMax - hMin) : 0
      const eyeCost =
        eyeRange && eyeRange.maxPx > eyeRange.minPx
          ? (eye - (eyeRange.minPx + eyeRange.maxPx) / 2) / (eyeRange.maxPx - eyeRange.minPx)
          : 0
      const cost = headCost * headCost + eyeCost * eyeCost
      if (
        !best ||
        violation < best.violation - 1e-6 ||
        (Math.abs(violation - best.violation) <= 1e-6 && cost < best.cost)
      ) {
        best = { head, eye, cost, violation }
      }
    }
  }
  const chosen = best as Candidate
  if (chosen.violation <= 1e-6) return { ...chosen, feasible: true }
  // The spec's ranges cannot both hold for this head: keep the head height (crown at the top margin) and let the
  // eye line fall where it must. The post-check then fails the eye line, and specConflict explains why.
  const head = Math.min(hMid, H * (1 - MIN_TOP_ROOM - MIN_BOTTOM_ROOM))
  return { head, eye: H - H * MIN_TOP_ROOM - eyeShare * head, cost: Infinity, violation: 0, feasible: false }
}

/** Crown → eyes ÷ crown → chin of an average adult face (0.54; the fixtures measure 0.54–0.55). */
export const AVERAGE_EYE_SHARE = 0.54

/**
 * Whether a spec's own head-height and eye-line ranges can both be met by an average face, with the crown and
 * chin inside the photo. Some specs in the table cannot (Lebanon: eyes 29–35 mm above the bottom of a 45 mm photo
 * with a 32–36 mm head puts the crown above the top). Returns the reason in plain words, or null.
 */
export function specConflict(requirements: SpecRequirements): string | null {
  const { spec } = requirements
  const H = outputSize(requirements).height
  const head = rangeInPixels(spec.headHeight, spec, H)
  const eyes = rangeInPixels(spec.eyeToBottom, spec, H)
  if (!head) return null
  if (head.minPx > H) return t('face.conflict.tooTall', { head: describe(head) })
  if (!eyes) return null
  // Lowest crown and highest chin over the ranges: the crown is highest with the largest head and the highest eyes.
  const bestCrown = H - eyes.minPx - AVERAGE_EYE_SHARE * head.minPx
  const bestChin = H - eyes.maxPx + (1 - AVERAGE_EYE_SHARE) * head.minPx
  if (bestCrown < 0) {
    return t('face.conflict.cut', { eyes: describe(eyes), head: describe(head), cut: 'crown' })
  }
  if (bestChin > H) {
    return t('face.conflict.cut', { eyes: describe(eyes), head: describe(head), cut: 'chin' })
  }
  return null
}

function describe(range: NonNullable<ReturnType<typeof rangeInPixels>>): string {
  return `${formatRange(range)} ${unitLabel(range.allowed.unit)}`
}

/** The crop that puts this face where the spec wants it, at the spec's output size. */
export function placeHead(face: MeasuredFace, requirements: SpecRequirements): Placement {
  const { width: W, height: H } = outputSize(requirements)
  const geometry = headGeometry(face)
  const target = chooseTargets(geometry, requirements, H)
  const headLength = Math.max(1, geometry.chinY - geometry.crownY)
  const scale = target.head / headLength
  const eyeOutY = H - target.eye
  const crop = {
    left: geometry.centreX - W / scale / 2,
    top: geometry.eyeY - eyeOutY / scale,
    width: W / scale,
    height: H / scale
  }
  return {
    crop,
    scale,
    outWidth: W,
    outHeight: H,
    target: { headPx: target.head, eyeFromBottomPx: target.eye },
    feasible: target.feasible
  }
}

function mapPoint(p: Point, placement: Placement): Point {
  return { x: (p.x - placement.crop.left) * placement.scale, y: (p.y - placement.crop.top) * placement.scale }
}

/** The same face as it appears in the cropped and scaled output: what the post-check would measure there. */
export function faceInOutput(face: MeasuredFace, placement: Placement): MeasuredFace {
  const map = (p: Point) => mapPoint(p, placement)
  const box = mapPoint({ x: face.box.left, y: face.box.top }, placement)
  return {
    ...face,
    box: {
      left: box.x,
      top: box.y,
      width: face.box.width * placement.scale,
      height: face.box.height * placement.scale
    },
    eyes: [map(face.eyes[0]), map(face.eyes[1])],
    forehead: map(face.forehead),
    chin: map(face.chin),
    noseTip: map(face.noseTip),
    outline: face.outline.map(map),
    crown: { ...face.crown, point: map(face.crown.point) }
  }
}
