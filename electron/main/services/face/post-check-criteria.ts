import type { SpecRange } from '../../../shared/contract/specs'
import type { SpecRequirements } from '../specs/spec-parse'
import type { MeasuredFace, PhotoMeasurement } from './face-types'
import { headGeometry } from './placement'
import { formatMeasured, formatRange, unitLabel, type PixelRange } from './spec-ranges'
import { GREYSCALE_CHROMA_BELOW } from './thresholds'

// The post-check's criteria, one builder each (see postCheck in post-check.ts).

/** The app's own tolerance for "head centred": the head's middle within 5 % of the width from the photo's middle. */
export const CENTRE_TOLERANCE = 0.05
/** Background: at least this share of the samples must be within a small distance of their mean. */
export const BACKGROUND_UNIFORMITY_MIN = 0.9
/** Background: the mean may be at most this far (RGB distance) from the spec's colour. */
export const BACKGROUND_DISTANCE_MAX = 40

/** Which criterion. */
export type CriterionId =
  'head-height' | 'eye-line' | 'head-centred' | 'background-uniform' | 'background-colour' | 'colour'

/** pass and fail are measurements; no-spec-numbers and not-measured say why nothing was judged. */
export type CriterionStatus = 'pass' | 'fail' | 'no-spec-numbers' | 'not-measured'

/** One measured criterion, with its value, its allowed range and a display line. */
export interface Criterion {
  id: CriterionId
  status: CriterionStatus
  /** The measured value in `unit`, or null when nothing was measured. */
  measured: number | null
  /** The allowed range in `unit`, or null when the spec gives none. */
  allowed: { min: number; max: number } | null
  unit: SpecRange['unit'] | 'rgb' | 'share' | 'chroma'
  /** For example "Head 1.16 in (1–1 3/8) ✓" or "Eyes 1.04 in from bottom (1 1/8–1 3/8) ✗". */
  display: string
  /** How it was measured, in a few words (the crown's method for head height). */
  method: string
}

const MARK = { pass: '✓', fail: '✗' } as const

/** Head height or eye line against a spec range. */
export function rangeCriterion(
  id: 'head-height' | 'eye-line',
  label: (value: string) => string,
  measuredPx: number | null,
  pixel: PixelRange | null,
  method: string
): Criterion {
  const noun = id === 'head-height' ? 'Head height' : 'Eye line'
  if (!pixel) {
    return {
      id,
      status: 'no-spec-numbers',
      measured: null,
      allowed: null,
      unit: 'mm',
      display: `${noun}: the spec gives no numbers, so it was not checked`,
      method
    }
  }
  const unit = pixel.allowed.unit
  const allowed = { min: pixel.allowed.min, max: pixel.allowed.max }
  if (measuredPx === null) {
    return {
      id,
      status: 'not-measured',
      measured: null,
      allowed,
      unit,
      display: `${noun}: could not be measured (${formatRange(pixel)} ${unitLabel(unit)})`,
      method
    }
  }
  const value = measuredPx * pixel.unitsPerPx
  const status = measuredPx >= pixel.minPx && measuredPx <= pixel.maxPx ? 'pass' : 'fail'
  const shown = `${formatMeasured(value, unit)} ${unitLabel(unit)}`
  return {
    id,
    status,
    measured: value,
    allowed,
    unit,
    display: `${label(shown)} (${formatRange(pixel)}) ${MARK[status]}`,
    method
  }
}

/** Background even, and close to the spec's colour. */
export function backgroundCriteria(
  measurement: PhotoMeasurement,
  requirements: SpecRequirements
): Criterion[] {
  const bg = measurement.background
  const method = 'pixels above and beside the head'
  if (!bg || bg.samples === 0) {
    const blank = { measured: null, allowed: null, method }
    return [
      {
        id: 'background-uniform',
        status: 'not-measured',
        unit: 'share',
        display: 'Background: could not be measured',
        ...blank
      },
      {
        id: 'background-colour',
        status: 'not-measured',
        unit: 'rgb',
        display: 'Background colour: could not be measured',
        ...blank
      }
    ]
  }
  const evenStatus = bg.uniformity >= BACKGROUND_UNIFORMITY_MIN ? 'pass' : 'fail'
  const uniform: Criterion = {
    id: 'background-uniform',
    status: evenStatus,
    measured: bg.uniformity,
    allowed: { min: BACKGROUND_UNIFORMITY_MIN, max: 1 },
    unit: 'share',
    display: `Background ${Math.round(bg.uniformity * 100)} % even (at least ${BACKGROUND_UNIFORMITY_MIN * 100} %) ${MARK[evenStatus]}`,
    method
  }
  const hex = `#${[bg.mean.r, bg.mean.g, bg.mean.b]
    .map((c) => Math.round(c).toString(16).padStart(2, '0'))
    .join('')
    .toUpperCase()}`
  const reference = requirements.background
  if (!reference) {
    return [
      uniform,
      {
        id: 'background-colour',
        status: 'no-spec-numbers',
        measured: null,
        allowed: null,
        unit: 'rgb',
        display: `Background ${hex}: the spec names no colour, so it was not checked`,
        method
      }
    ]
  }
  const distance = Math.hypot(
    bg.mean.r - reference.rgb.r,
    bg.mean.g - reference.rgb.g,
    bg.mean.b - reference.rgb.b
  )
  const status = distance <= BACKGROUND_DISTANCE_MAX ? 'pass' : 'fail'
  const name = requirements.spec.background.name
  return [
    uniform,
    {
      id: 'background-colour',
      status,
      measured: distance,
      allowed: { min: 0, max: BACKGROUND_DISTANCE_MAX },
      unit: 'rgb',
      display: `Background ${hex}, ${Math.round(distance)} from ${name} (at most ${BACKGROUND_DISTANCE_MAX}) ${MARK[status]}`,
      method: `${method}; distance in RGB from the spec’s ${reference.from === 'hex' ? 'colour' : `usual ${name}`}`
    }
  ]
}

/** Colour or greyscale, as the spec wants. */
export function colourCriterion(measurement: PhotoMeasurement, requirements: SpecRequirements): Criterion {
  const method = 'chroma (max − min channel) of 99 % of the pixels'
  const isColour = measurement.chroma >= GREYSCALE_CHROMA_BELOW
  if (requirements.colour === null) {
    return {
      id: 'colour',
      status: 'no-spec-numbers',
      measured: measurement.chroma,
      allowed: null,
      unit: 'chroma',
      display: `${isColour ? 'Colour' : 'Greyscale'} photo: the spec does not say which it wants`,
      method
    }
  }
  const wantColour = requirements.colour === 'colour'
  const status = wantColour === isColour ? 'pass' : 'fail'
  return {
    id: 'colour',
    status,
    measured: measurement.chroma,
    allowed: wantColour ? { min: GREYSCALE_CHROMA_BELOW, max: 255 } : { min: 0, max: GREYSCALE_CHROMA_BELOW },
    unit: 'chroma',
    display: `${isColour ? 'Colour' : 'Greyscale'} photo (${wantColour ? 'colour' : 'greyscale'} wanted) ${MARK[status]}`,
    method
  }
}

/** The head's middle against the photo's middle. */
export function centreCriterion(face: MeasuredFace, width: number): Criterion {
  const offset = headGeometry(face).centreX - width / 2
  const share = offset / width
  const status = Math.abs(share) <= CENTRE_TOLERANCE ? 'pass' : 'fail'
  return {
    id: 'head-centred',
    status,
    measured: share * 100,
    allowed: { min: -CENTRE_TOLERANCE * 100, max: CENTRE_TOLERANCE * 100 },
    unit: '%',
    display: `Head ${Math.abs(share * 100).toFixed(1)} % of the width off centre (at most ${CENTRE_TOLERANCE * 100} %) ${MARK[status]}`,
    method: 'middle of the face outline against the middle of the photo'
  }
}

/** No face in the returned photo: a failure, not a pass of anything. */
export function noFace(): Criterion {
  return {
    id: 'head-height',
    status: 'fail',
    measured: null,
    allowed: null,
    unit: 'mm',
    display: 'No face found in the returned photo ✗',
    method: 'face detection'
  }
}
