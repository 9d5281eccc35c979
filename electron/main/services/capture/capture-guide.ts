import type { CaptureGuide, GuideBand } from '../../../shared/contract'
import {
  AVERAGE_EYE_SHARE,
  CROWN_SHARE,
  DEFAULT_HEAD_SHARE,
  outputSize,
  specConflict
} from '../face/placement'
import { formatRange, rangeInPixels, unitLabel } from '../face/spec-ranges'
import type { SpecRequirements } from '../specs/spec-parse'
import { t } from '../i18n/main-language'

/** Room kept above the crown when the spec's own numbers would push it out of the top (as the crop does). */
const TOP_ROOM = 0.02

const clamp = (v: number) => Math.min(1, Math.max(0, v))
const band = (a: number, b: number): GuideBand => ({
  top: clamp(Math.min(a, b)),
  bottom: clamp(Math.max(a, b))
})

/**
 * The head guide for the live view, from the spec's own numbers (the same ranges the pre-flight and post-check
 * use): the photo's aspect, the eye-line band, and where the crown and the chin fall for a head inside the
 * head-height range with the eyes in the middle of their band (an average face has its eyes 0.54 of the way down
 * from crown to chin). Without an eye range the head sits as the service's crop puts it: 40 % of the free space
 * above it. Everything is a share of the photo's height, so the guide scales with the spec and the view.
 */
export function captureGuide(requirements: SpecRequirements): CaptureGuide {
  const { spec } = requirements
  const size = outputSize(requirements)
  const H = size.height
  const headRange = rangeInPixels(spec.headHeight, spec, H)
  const eyeRange = rangeInPixels(spec.eyeToBottom, spec, H)
  const head = headRange
    ? { min: headRange.minPx / H, max: headRange.maxPx / H }
    : { min: DEFAULT_HEAD_SHARE, max: DEFAULT_HEAD_SHARE }
  const legend: string[] = []
  if (headRange)
    legend.push(
      t('capture.guide.head', { range: `${formatRange(headRange)} ${unitLabel(headRange.allowed.unit)}` })
    )
  let crown: GuideBand
  let chin: GuideBand
  let eyes: GuideBand | null = null
  if (eyeRange) {
    eyes = band(1 - eyeRange.maxPx / H, 1 - eyeRange.minPx / H)
    legend.push(
      t('capture.guide.eyes', { range: `${formatRange(eyeRange)} ${unitLabel(eyeRange.allowed.unit)}` })
    )
    // The eye line in the middle of its band, lowered if the tallest head's crown would leave the photo.
    const eyeY = Math.max((eyes.top + eyes.bottom) / 2, TOP_ROOM + AVERAGE_EYE_SHARE * head.max)
    crown = band(eyeY - AVERAGE_EYE_SHARE * head.max, eyeY - AVERAGE_EYE_SHARE * head.min)
    chin = band(eyeY + (1 - AVERAGE_EYE_SHARE) * head.min, eyeY + (1 - AVERAGE_EYE_SHARE) * head.max)
  } else {
    crown = band((1 - head.max) * CROWN_SHARE, (1 - head.min) * CROWN_SHARE)
    chin = band((1 - head.min) * CROWN_SHARE + head.min, (1 - head.max) * CROWN_SHARE + head.max)
  }
  if (!headRange) legend.push(t('capture.guide.noHead'))
  return {
    specCode: spec.specCode,
    specName: spec.name,
    aspect: size.width / size.height,
    head,
    crown,
    chin,
    eyes,
    fromSpec: headRange !== null,
    legend,
    conflict: specConflict(requirements)
  }
}
