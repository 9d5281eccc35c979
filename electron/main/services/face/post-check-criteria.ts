import type { SpecRange } from '../../../shared/contract/specs'
import type { SpecRequirements } from '../specs/spec-parse'
import type { MeasuredFace, PhotoMeasurement } from './face-types'
import { headGeometry } from './placement'
import { formatDecimal, formatMeasured, formatRange, unitLabel, type PixelRange } from './spec-ranges'
import { t } from '../i18n/main-language'
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
  const noun = t('face.criterion.name', { criterion: id === 'head-height' ? 'head' : 'eyes' })
  if (!pixel) {
    return {
      id,
      status: 'no-spec-numbers',
      measured: null,
      allowed: null,
      unit: 'mm',
      display: t('face.criterion.noNumbers', { name: noun }),
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
      display: t('face.criterion.notMeasured', {
        name: noun,
        range: `${formatRange(pixel)} ${unitLabel(unit)}`
      }),
      method
    }
  }
  const value = measuredPx * pixel.unitsPerPx
  const status = measuredPx >= pixel.minPx && measuredPx <= pixel.maxPx ? 'pass' : 'fail'
  const shown = t('face.measured', { value: formatMeasured(value, unit), unit: unitLabel(unit) })
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
  const method = t('face.method.background')
  if (!bg || bg.samples === 0) {
    const blank = { measured: null, allowed: null, method }
    return [
      {
        id: 'background-uniform',
        status: 'not-measured',
        unit: 'share',
        display: t('face.criterion.background.notMeasured'),
        ...blank
      },
      {
        id: 'background-colour',
        status: 'not-measured',
        unit: 'rgb',
        display: t('face.criterion.backgroundColour.notMeasured'),
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
    display: t('face.criterion.background.even', {
      percent: Math.round(bg.uniformity * 100),
      min: BACKGROUND_UNIFORMITY_MIN * 100,
      mark: MARK[evenStatus]
    }),
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
        display: t('face.criterion.background.noColour', { hex }),
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
      display: t('face.criterion.background.colour', {
        hex,
        distance: Math.round(distance),
        name,
        max: BACKGROUND_DISTANCE_MAX,
        mark: MARK[status]
      }),
      method: t('face.method.backgroundDistance', {
        method,
        from: reference.from === 'hex' ? 'hex' : 'name',
        name
      })
    }
  ]
}

/** Colour or greyscale, as the spec wants. */
export function colourCriterion(measurement: PhotoMeasurement, requirements: SpecRequirements): Criterion {
  const method = t('face.method.colour')
  const isColour = measurement.chroma >= GREYSCALE_CHROMA_BELOW
  if (requirements.colour === null) {
    return {
      id: 'colour',
      status: 'no-spec-numbers',
      measured: measurement.chroma,
      allowed: null,
      unit: 'chroma',
      display: t('face.criterion.colour.unsaid', { kind: isColour ? 'colour' : 'greyscale' }),
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
    display: t('face.criterion.colour.judged', {
      kind: isColour ? 'colour' : 'greyscale',
      wanted: wantColour ? 'colour' : 'greyscale',
      mark: MARK[status]
    }),
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
    display: t('face.criterion.centre', {
      offset: formatDecimal(Math.abs(share * 100), 1),
      max: CENTRE_TOLERANCE * 100,
      mark: MARK[status]
    }),
    method: t('face.method.centre')
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
    display: t('face.criterion.noFace'),
    method: t('face.method.detection')
  }
}
