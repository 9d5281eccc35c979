import type { MessageId } from '../../../shared/i18n/messages'
import { t } from '../i18n/main-language'

/** A photo issue in plain words, with what to do at the counter; `advice` is null for a code we do not know. */
export interface IssueExplanation {
  code: string
  title: string
  advice: string | null
}

/** Each known code's title and advice in the catalogue (issues.<CODE>.title / .advice). */
const KNOWN: Record<string, { title: MessageId; advice: MessageId }> = {
  ISSUE_FACE_NOT_FOUND: { title: 'issues.faceNotFound.title', advice: 'issues.faceNotFound.advice' },
  ISSUE_FACE_LIGHT_NOT_BALANCE: { title: 'issues.unevenLight.title', advice: 'issues.unevenLight.advice' },
  ISSUE_FACE_BRIGHTNESS_BAD: { title: 'issues.brightness.title', advice: 'issues.brightness.advice' },
  ISSUE_EYEGLASSES_NOT_ALLOWED: { title: 'issues.glasses.title', advice: 'issues.glasses.advice' },
  ISSUE_EXPRESSION_NOT_NEUTRAL: { title: 'issues.expression.title', advice: 'issues.expression.advice' },
  ISSUE_BOTTOM_INCOMPLETE: {
    title: 'issues.bottomIncomplete.title',
    advice: 'issues.bottomIncomplete.advice'
  },
  ISSUE_LEFT_INCOMPLETE: { title: 'issues.leftIncomplete.title', advice: 'issues.leftIncomplete.advice' },
  ISSUE_RIGHT_INCOMPLETE: { title: 'issues.rightIncomplete.title', advice: 'issues.rightIncomplete.advice' },
  ISSUE_HEAD_YAW_OVER_THRESHOLD: { title: 'issues.yaw.title', advice: 'issues.yaw.advice' },
  ISSUE_HEAD_PITCH_OVER_THRESHOLD: { title: 'issues.pitch.title', advice: 'issues.pitch.advice' },
  ISSUE_HAT_NOT_ALLOWED: { title: 'issues.hat.title', advice: 'issues.hat.advice' },
  ISSUE_MASK_NOT_ALLOWED: { title: 'issues.mask.title', advice: 'issues.mask.advice' },
  ISSUE_PHOTO_SHARPNESS_BAD: { title: 'issues.blur.title', advice: 'issues.blur.advice' },
  ISSUE_FACE_NOT_MATCH: { title: 'issues.faceNotMatch.title', advice: 'issues.faceNotMatch.advice' },
  ISSUE_PHOTO_LOAD_FAILED: { title: 'issues.loadFailed.title', advice: 'issues.loadFailed.advice' },
  ISSUE_UNKNOWN: { title: 'issues.unknown.title', advice: 'issues.unknown.advice' }
}

/** The parts of the picture the field-seen ISSUE_<PART>_NOT_FULL codes name (an ICU select in the catalogue). */
const PARTS = new Set(['TOP', 'BOTTOM', 'LEFT', 'RIGHT', 'HEAD', 'FACE', 'BODY'])

/**
 * Explains an issue code from the service, in main's current language. Unknown codes come back as they are, for
 * staff to read.
 */
export function explainIssue(code: string): IssueExplanation {
  const known = KNOWN[code]
  if (known) return { code, title: t(known.title), advice: t(known.advice) }
  // Field-seen family: ISSUE_<PART>_NOT_FULL means that part of the picture is cut off.
  const notFull = /^ISSUE_([A-Z]+)_NOT_FULL$/.exec(code)
  if (notFull) {
    const part = notFull[1] ?? ''
    return {
      code,
      title: t('issues.notFull.title', { part: PARTS.has(part) ? part : 'other', name: part.toLowerCase() }),
      advice: t('issues.notFull.advice')
    }
  }
  return { code, title: code, advice: null }
}
