import type { FindingCode } from '../../../shared/contract/face-check'
import type { SpecRequirements } from '../specs/spec-parse'
import { t } from '../i18n/main-language'
import type { MeasuredFace, PhotoMeasurement, Rect } from './face-types'
import { outputSize, placeHead } from './placement'
import { rangeInPixels } from './spec-ranges'
import {
  BALANCE_LIMITS,
  BLURRED_BELOW,
  BRIGHTNESS_LIMITS,
  EYES_CLOSED_BELOW,
  GREYSCALE_CHROMA_BELOW,
  levelOf,
  MOUTH_OPEN_ABOVE,
  PITCH_LIMITS,
  ROLL_LIMIT,
  YAW_LIMITS,
  type SensitivityOverride
} from './thresholds'

// The codes live in the shared contract, so Settings and the window name the same findings.
export { FINDING_CODES, type FindingCode } from '../../../shared/contract/face-check'

/** A refusal spends no quota and has no "Send anyway"; a warning lets the operator decide. */
export type FindingKind = 'refusal' | 'warning'

/** One thing the local check found, in plain words, with what to do. */
export interface Finding {
  code: FindingCode
  kind: FindingKind
  /** What is wrong, for the person at the counter. */
  message: string
  /** What to do about it. */
  advice: string
  /** The service's issue code that would likely follow, when there is one. */
  relatedIssue?: string
  /** For MULTIPLE_FACES: every face's box, in the upload's pixels, largest first, to pick one. */
  faces?: Rect[]
}

const REFUSALS = new Set<FindingCode>(['NO_FACE', 'MULTIPLE_FACES'])

function finding(code: FindingCode, message: string, advice: string, relatedIssue?: string): Finding {
  return {
    code,
    kind: REFUSALS.has(code) ? 'refusal' : 'warning',
    message,
    advice,
    ...(relatedIssue ? { relatedIssue } : {})
  }
}

function framing(
  face: MeasuredFace,
  measurement: PhotoMeasurement,
  requirements: SpecRequirements,
  uploadScale: number
): Finding[] {
  const out: Finding[] = []
  const { width, height } = measurement
  const headPx = (face.chin.y - face.crown.point.y) * uploadScale
  const size = outputSize(requirements)
  const needed =
    rangeInPixels(requirements.spec.headHeight, requirements.spec, size.height)?.minPx ?? size.height * 0.5
  if (headPx < needed) {
    out.push(
      finding(
        'HEAD_TOO_SMALL',
        t('face.finding.headTooSmall', {
          head: Math.round(headPx),
          spec: requirements.spec.name,
          needed: Math.round(needed)
        }),
        t('face.advice.headTooSmall')
      )
    )
  }
  if (face.crown.method === 'cut-off') {
    out.push(finding('CROWN_CUT_OFF', t('face.finding.crownCutOff'), t('face.advice.crownCutOff')))
  }
  if (face.chin.y >= height - 2) {
    out.push(
      finding(
        'CHIN_CUT_OFF',
        t('face.finding.chinCutOff'),
        t('face.advice.chinCutOff'),
        'ISSUE_BOTTOM_INCOMPLETE'
      )
    )
  } else {
    const place = placeHead(face, requirements)
    const slack = place.crop.height * 0.03
    if (place.crop.top + place.crop.height > height + slack) {
      out.push(
        finding(
          'NO_ROOM_BELOW_CHIN',
          t('face.finding.noRoomBelowChin'),
          t('face.advice.noRoomBelowChin'),
          'ISSUE_BOTTOM_INCOMPLETE'
        )
      )
    }
    if (
      place.crop.left < -place.crop.width * 0.03 ||
      place.crop.left + place.crop.width > width + place.crop.width * 0.03
    ) {
      out.push(
        finding(
          'TOO_CLOSE_TO_SIDE',
          t('face.finding.tooCloseToSide'),
          t('face.advice.tooCloseToSide'),
          place.crop.left < 0 ? 'ISSUE_LEFT_INCOMPLETE' : 'ISSUE_RIGHT_INCOMPLETE'
        )
      )
    }
  }
  return out
}

function pose(face: MeasuredFace, sensitivity: SensitivityOverride | undefined): Finding[] {
  const out: Finding[] = []
  const { roll, yaw, pitch } = face.pose
  if (Math.abs(roll) > ROLL_LIMIT) {
    out.push(
      finding(
        'HEAD_TILTED',
        t('face.finding.headTilted', { degrees: Math.round(Math.abs(roll)) }),
        t('face.advice.headTilted')
      )
    )
  }
  const yawLimit = YAW_LIMITS[levelOf(sensitivity, 'ISSUE_HEAD_YAW_OVER_THRESHOLD')]
  if (Math.abs(yaw) > yawLimit) {
    out.push(
      finding(
        'HEAD_TURNED',
        t('face.finding.headTurned', { degrees: Math.round(Math.abs(yaw)), limit: yawLimit }),
        t('face.advice.headTurned'),
        'ISSUE_HEAD_YAW_OVER_THRESHOLD'
      )
    )
  }
  const pitchLimit = PITCH_LIMITS[levelOf(sensitivity, 'ISSUE_HEAD_PITCH_OVER_THRESHOLD')]
  if (Math.abs(pitch) > pitchLimit) {
    out.push(
      finding(
        'HEAD_UP_OR_DOWN',
        t('face.finding.headUpOrDown', {
          direction: pitch > 0 ? 'raised' : 'lowered',
          degrees: Math.round(Math.abs(pitch)),
          limit: pitchLimit
        }),
        t('face.advice.headUpOrDown'),
        'ISSUE_HEAD_PITCH_OVER_THRESHOLD'
      )
    )
  }
  return out
}

function faceQuality(face: MeasuredFace, sensitivity: SensitivityOverride | undefined): Finding[] {
  const out: Finding[] = []
  if (Math.min(...face.eyeOpenness) < EYES_CLOSED_BELOW) {
    out.push(finding('EYES_CLOSED', t('face.finding.eyesClosed'), t('face.advice.eyesClosed')))
  }
  if (face.mouthOpenness > MOUTH_OPEN_ABOVE) {
    out.push(
      finding(
        'MOUTH_OPEN',
        t('face.finding.mouthOpen'),
        t('face.advice.mouthOpen'),
        'ISSUE_EXPRESSION_NOT_NEUTRAL'
      )
    )
  }
  if (face.sharpness < BLURRED_BELOW) {
    out.push(
      finding(
        'FACE_BLURRED',
        t('face.finding.faceBlurred'),
        t('face.advice.faceBlurred'),
        'ISSUE_PHOTO_SHARPNESS_BAD'
      )
    )
  }
  const brightness = BRIGHTNESS_LIMITS[levelOf(sensitivity, 'ISSUE_FACE_BRIGHTNESS_BAD')]
  if (face.lighting.mean < brightness.min) {
    out.push(
      finding(
        'FACE_TOO_DARK',
        t('face.finding.faceTooDark'),
        t('face.advice.faceTooDark'),
        'ISSUE_FACE_BRIGHTNESS_BAD'
      )
    )
  } else if (face.lighting.mean > brightness.max) {
    out.push(
      finding(
        'FACE_TOO_BRIGHT',
        t('face.finding.faceTooBright'),
        t('face.advice.faceTooBright'),
        'ISSUE_FACE_BRIGHTNESS_BAD'
      )
    )
  }
  const balance = BALANCE_LIMITS[levelOf(sensitivity, 'ISSUE_FACE_LIGHT_NOT_BALANCE')]
  if (Math.abs(face.lighting.left - face.lighting.right) > balance) {
    out.push(
      finding(
        'FACE_UNEVEN_LIGHT',
        t('face.finding.faceUnevenLight'),
        t('face.advice.faceUnevenLight'),
        'ISSUE_FACE_LIGHT_NOT_BALANCE'
      )
    )
  }
  return out
}

/**
 * The pre-flight findings for a measured upload. `uploadScale` is upload pixels per measured pixel (the analysis
 * may run on a smaller copy). With several faces the largest one's warnings come after the refusal; picking a
 * face (cropFaceRect) and measuring again gives that face's own findings.
 */
export function preflightFindings(
  measurement: PhotoMeasurement,
  requirements: SpecRequirements,
  options: { sensitivity?: SensitivityOverride; uploadScale?: number } = {}
): Finding[] {
  const scale = options.uploadScale ?? 1
  const [face] = measurement.faces
  if (!face) {
    return [finding('NO_FACE', t('face.finding.noFace'), t('face.advice.noFace'), 'ISSUE_FACE_NOT_FOUND')]
  }
  const out: Finding[] = []
  if (measurement.faces.length > 1) {
    out.push({
      ...finding(
        'MULTIPLE_FACES',
        t('face.finding.multipleFaces', { count: measurement.faces.length }),
        t('face.advice.multipleFaces')
      ),
      faces: measurement.faces.map((f) => ({
        left: f.box.left * scale,
        top: f.box.top * scale,
        width: f.box.width * scale,
        height: f.box.height * scale
      }))
    })
  }
  out.push(
    ...framing(face, measurement, requirements, scale),
    ...pose(face, options.sensitivity),
    ...faceQuality(face, options.sensitivity)
  )
  if (requirements.colour === 'colour' && measurement.chroma < GREYSCALE_CHROMA_BELOW) {
    out.push(
      finding(
        'GREYSCALE_PHOTO',
        t('face.finding.greyscale', { spec: requirements.spec.name }),
        t('face.advice.greyscale')
      )
    )
  }
  return out
}
