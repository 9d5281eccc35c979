import type { SpecRequirements } from '../specs/spec-parse'
import type { CrownMethod, PhotoMeasurement } from './face-types'
import { headGeometry, specConflict } from './placement'
import { rangeInPixels, type PixelRange } from './spec-ranges'
import { t } from '../i18n/main-language'
import {
  backgroundCriteria,
  CENTRE_TOLERANCE,
  centreCriterion,
  colourCriterion,
  noFace,
  rangeCriterion,
  type Criterion
} from './post-check-criteria'

export {
  BACKGROUND_DISTANCE_MAX,
  BACKGROUND_UNIFORMITY_MIN,
  CENTRE_TOLERANCE,
  type Criterion,
  type CriterionId,
  type CriterionStatus
} from './post-check-criteria'

/** A line or band to draw over the photo, in its pixels. */
export interface OverlayLine {
  id: 'crown' | 'chin' | 'eye-line' | 'centre'
  /** Horizontal lines have y; the centre line has x. */
  y?: number
  x?: number
}
/** An allowed band: where the crown (given the chin), the eye line or the head's middle may be. */
export interface OverlayBand {
  id: 'crown-band' | 'eye-band' | 'centre-band'
  from: number
  to: number
  axis: 'y' | 'x'
}

/** The post-check of a returned photo: the app's own measurement, never the service's issue codes. */
export interface PostCheck {
  source: 'app-measurement'
  /** pass: every measured criterion passed; fail: one failed; not-checked: nothing could be judged. */
  verdict: 'pass' | 'fail' | 'not-checked'
  /** True when the spec gives head-height or eye-line numbers. */
  specHasNumbers: boolean
  /** When the spec's own head and eye numbers cannot both be met by an average face: why, in plain words. */
  specConflict: string | null
  criteria: Criterion[]
  overlay: { width: number; height: number; lines: OverlayLine[]; bands: OverlayBand[] }
  crownMethod: CrownMethod | null
}

/**
 * Measures a returned photo against the spec's own numbers: head height (crown to chin), the eye line above the
 * bottom edge, the head centred, the background even and of the spec's colour, colour or greyscale. A spec
 * without head or eye numbers says so; nothing is passed that was not measured.
 */
export function postCheck(measurement: PhotoMeasurement, requirements: SpecRequirements): PostCheck {
  const { spec } = requirements
  const { width, height } = measurement
  const face = measurement.faces[0]
  const headRange = rangeInPixels(spec.headHeight, spec, height)
  const eyeRange = rangeInPixels(spec.eyeToBottom, spec, height)
  const geometry = face ? headGeometry(face) : null
  const crownMethod = face?.crown.method ?? null
  const crownNote =
    crownMethod === 'background-scan'
      ? t('face.method.crown', { crown: 'scan' })
      : crownMethod === 'ratio'
        ? t('face.method.crown', { crown: 'ratio' })
        : t('face.method.crown', { crown: 'cut' })
  const headPx = geometry && crownMethod !== 'cut-off' ? geometry.chinY - geometry.crownY : null
  const criteria: Criterion[] = [
    rangeCriterion(
      'head-height',
      (v) => t('face.criterion.head', { value: v }),
      headPx,
      headRange,
      t('face.method.head', { crown: crownNote })
    ),
    rangeCriterion(
      'eye-line',
      (v) => t('face.criterion.eyes', { value: v }),
      geometry ? height - geometry.eyeY : null,
      eyeRange,
      t('face.method.eyes')
    )
  ]
  if (face) criteria.push(centreCriterion(face, width))
  criteria.push(...backgroundCriteria(measurement, requirements), colourCriterion(measurement, requirements))

  const judged = criteria.filter((c) => c.status === 'pass' || c.status === 'fail')
  const verdict = !face
    ? 'fail'
    : judged.some((c) => c.status === 'fail')
      ? 'fail'
      : judged.length > 0
        ? 'pass'
        : 'not-checked'
  return {
    source: 'app-measurement',
    verdict,
    specHasNumbers: headRange !== null || eyeRange !== null,
    specConflict: specConflict(requirements),
    criteria: face ? criteria : [noFace(), ...criteria],
    overlay: overlay(width, height, geometry, headRange, eyeRange),
    crownMethod
  }
}

function overlay(
  width: number,
  height: number,
  geometry: ReturnType<typeof headGeometry> | null,
  head: PixelRange | null,
  eyes: PixelRange | null
): PostCheck['overlay'] {
  const lines: OverlayLine[] = []
  const bands: OverlayBand[] = [
    {
      id: 'centre-band',
      axis: 'x',
      from: width * (0.5 - CENTRE_TOLERANCE),
      to: width * (0.5 + CENTRE_TOLERANCE)
    }
  ]
  if (geometry) {
    lines.push(
      { id: 'crown', y: geometry.crownY },
      { id: 'chin', y: geometry.chinY },
      { id: 'eye-line', y: geometry.eyeY },
      { id: 'centre', x: geometry.centreX }
    )
    if (head)
      bands.push({
        id: 'crown-band',
        axis: 'y',
        from: geometry.chinY - head.maxPx,
        to: geometry.chinY - head.minPx
      })
  }
  if (eyes) bands.push({ id: 'eye-band', axis: 'y', from: height - eyes.maxPx, to: height - eyes.minPx })
  return { width, height, lines, bands }
}
