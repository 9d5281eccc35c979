import type { CaptureGuide, FrameCheck } from '../../../shared/contract'
import { guideFrameRect } from '../../../shared/capture-frame'
import type { FaceOverlay } from '../face/analyse-photo'
import type { Finding, FindingCode } from '../face/findings'
import { t } from '../i18n/main-language'
import type { MessageId } from '../../../shared/i18n/messages'

/** Slack on the head-size range, so the advice does not flicker at its edges. */
const SIZE_SLACK = 0.03
/** How far the face's centre may be from the frame's centre, as a share of the frame's width. */
const CENTRE_SLACK = 0.12
/** How far the eye line may be outside its band, as a share of the frame's height. */
const EYE_SLACK = 0.03

/** The short words shown over the live view for each finding of the local face check. */
const SAY: Partial<Record<FindingCode, { code: string; text: MessageId }>> = {
  HEAD_TOO_SMALL: { code: 'MOVE_CLOSER', text: 'capture.say.moveCloser' },
  CROWN_CUT_OFF: { code: 'MOVE_BACK', text: 'capture.say.crownOut' },
  CHIN_CUT_OFF: { code: 'MOVE_BACK', text: 'capture.say.chinOut' },
  NO_ROOM_BELOW_CHIN: { code: 'SHOULDERS', text: 'capture.say.shoulders' },
  TOO_CLOSE_TO_SIDE: { code: 'CENTRE', text: 'capture.say.centre' },
  HEAD_TILTED: { code: 'HEAD_TILTED', text: 'capture.say.tilted' },
  HEAD_TURNED: { code: 'LOOK', text: 'capture.say.look' },
  HEAD_UP_OR_DOWN: { code: 'LOOK', text: 'capture.say.look' },
  EYES_CLOSED: { code: 'EYES_CLOSED', text: 'capture.say.eyesClosed' },
  MOUTH_OPEN: { code: 'MOUTH_OPEN', text: 'capture.say.mouthOpen' },
  FACE_TOO_DARK: { code: 'TOO_DARK', text: 'capture.say.tooDark' },
  FACE_TOO_BRIGHT: { code: 'TOO_BRIGHT', text: 'capture.say.tooBright' },
  FACE_UNEVEN_LIGHT: { code: 'UNEVEN_LIGHT', text: 'capture.say.unevenLight' },
  FACE_BLURRED: { code: 'BLURRED', text: 'capture.say.blurred' }
}

/**
 * Turns the local face check of one live frame into what the operator sees: the guide's state (its colour) and
 * short instructions, most important first. Distance and centring are judged against the guide drawn over the
 * view (guideFrameRect), so "move closer" appears exactly when the head is smaller than the guide's head range.
 */
export function frameFeedback(
  findings: Finding[],
  overlay: FaceOverlay,
  guide: CaptureGuide,
  elapsedMs: number
): FrameCheck {
  const base = { width: overlay.width, height: overlay.height, elapsedMs }
  const codes = new Set(findings.map((f) => f.code))
  const [first, ...others] = overlay.faces
  if (codes.has('NO_FACE') || !first || overlay.crownY === null || overlay.chinY === null || !overlay.eyes) {
    return {
      ...base,
      state: 'no-face',
      messages: [{ code: 'NO_FACE', text: t('capture.say.noFace') }],
      face: null,
      others: []
    }
  }
  const messages: { code: string; text: string }[] = []
  const say = (code: string, text: string) => {
    if (!messages.some((m) => m.code === code)) messages.push({ code, text })
  }
  if (overlay.faces.length > 1) {
    say('PEOPLE', t('capture.say.people', { count: overlay.faces.length }))
  }
  const frame = guideFrameRect(overlay.width, overlay.height, guide.aspect)
  const headShare = (overlay.chinY - overlay.crownY) / frame.height
  if (headShare < guide.head.min * (1 - SIZE_SLACK)) say('MOVE_CLOSER', t('capture.say.moveCloser'))
  else if (headShare > guide.head.max * (1 + SIZE_SLACK)) say('MOVE_BACK', t('capture.say.moveBack'))
  const eyeY = (overlay.eyes[0].y + overlay.eyes[1].y) / 2
  const centreX = (overlay.eyes[0].x + overlay.eyes[1].x) / 2
  if (Math.abs(centreX - (frame.left + frame.width / 2)) > frame.width * CENTRE_SLACK) {
    say('CENTRE', t('capture.say.centre'))
  }
  if (guide.eyes) {
    const eyeShare = (eyeY - frame.top) / frame.height
    if (eyeShare < guide.eyes.top - EYE_SLACK) say('EYES_HIGH', t('capture.say.eyesHigh'))
    else if (eyeShare > guide.eyes.bottom + EYE_SLACK) say('EYES_LOW', t('capture.say.eyesLow'))
  }
  for (const finding of findings) {
    const words = SAY[finding.code]
    if (words) say(words.code, t(words.text))
  }
  return {
    ...base,
    state: messages.length === 0 ? 'ready' : 'adjust',
    messages,
    face: { box: first, crownY: overlay.crownY, chinY: overlay.chinY, eyeY },
    others
  }
}
