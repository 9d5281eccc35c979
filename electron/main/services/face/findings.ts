import type { FindingCode } from '../../../shared/contract/face-check'
import type { SpecRequirements } from '../specs/spec-parse'
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
        `The head is ${Math.round(headPx)} px tall in the photo; ${requirements.spec.name} needs at least ${Math.round(needed)} px, so the service would have to enlarge it and the result would look soft.`,
        'Step closer to the customer or zoom in, or use the full-resolution original, and take the photo again.'
      )
    )
  }
  if (face.crown.method === 'cut-off') {
    out.push(
      finding(
        'CROWN_CUT_OFF',
        'The top of the head is cut off.',
        'Leave space above the hair and take the photo again.'
      )
    )
  }
  if (face.chin.y >= height - 2) {
    out.push(
      finding(
        'CHIN_CUT_OFF',
        'The chin is cut off.',
        'Include the chin, neck and shoulders and take the photo again.',
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
          'There is not enough room below the chin for the shoulders.',
          'Frame the photo lower, to include the shoulders, and take it again.',
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
          'The head is too close to the side of the photo for this spec’s frame.',
          'Centre the customer in the frame and take the photo again.',
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
        `The head is tilted ${Math.round(Math.abs(roll))}° towards a shoulder.`,
        'Ask the customer to hold the head straight, eyes level, and take the photo again.'
      )
    )
  }
  const yawLimit = YAW_LIMITS[levelOf(sensitivity, 'ISSUE_HEAD_YAW_OVER_THRESHOLD')]
  if (Math.abs(yaw) > yawLimit) {
    out.push(
      finding(
        'HEAD_TURNED',
        `The head is turned ${Math.round(Math.abs(yaw))}° to the side (at most ${yawLimit}° at this sensitivity).`,
        'Ask the customer to face the camera squarely and take the photo again.',
        'ISSUE_HEAD_YAW_OVER_THRESHOLD'
      )
    )
  }
  const pitchLimit = PITCH_LIMITS[levelOf(sensitivity, 'ISSUE_HEAD_PITCH_OVER_THRESHOLD')]
  if (Math.abs(pitch) > pitchLimit) {
    out.push(
      finding(
        'HEAD_UP_OR_DOWN',
        `The chin is ${pitch > 0 ? 'raised' : 'lowered'} by about ${Math.round(Math.abs(pitch))}° (at most ${pitchLimit}° at this sensitivity).`,
        'Ask the customer to look straight into the camera, chin level, and take the photo again.',
        'ISSUE_HEAD_PITCH_OVER_THRESHOLD'
      )
    )
  }
  return out
}

function faceQuality(face: MeasuredFace, sensitivity: SensitivityOverride | undefined): Finding[] {
  const out: Finding[] = []
  if (Math.min(...face.eyeOpenness) < EYES_CLOSED_BELOW) {
    out.push(
      finding(
        'EYES_CLOSED',
        'The eyes look closed.',
        'Ask the customer to keep the eyes open and look at the camera, and take the photo again.'
      )
    )
  }
  if (face.mouthOpenness > MOUTH_OPEN_ABOVE) {
    out.push(
      finding(
        'MOUTH_OPEN',
        'The mouth is open (teeth or a smile show).',
        'Ask for a neutral expression with the mouth closed, and take the photo again.',
        'ISSUE_EXPRESSION_NOT_NEUTRAL'
      )
    )
  }
  if (face.sharpness < BLURRED_BELOW) {
    out.push(
      finding(
        'FACE_BLURRED',
        'The face is blurred.',
        'Hold the camera steady, focus on the eyes, and take the photo again.',
        'ISSUE_PHOTO_SHARPNESS_BAD'
      )
    )
  }
  const brightness = BRIGHTNESS_LIMITS[levelOf(sensitivity, 'ISSUE_FACE_BRIGHTNESS_BAD')]
  if (face.lighting.mean < brightness.min) {
    out.push(
      finding(
        'FACE_TOO_DARK',
        'The face is too dark.',
        'Add light in front of the customer, or step away from a bright window, and take the photo again.',
        'ISSUE_FACE_BRIGHTNESS_BAD'
      )
    )
  } else if (face.lighting.mean > brightness.max) {
    out.push(
      finding(
        'FACE_TOO_BRIGHT',
        'The face is too bright (washed out).',
        'Turn the light down or move it back, and take the photo again.',
        'ISSUE_FACE_BRIGHTNESS_BAD'
      )
    )
  }
  const balance = BALANCE_LIMITS[levelOf(sensitivity, 'ISSUE_FACE_LIGHT_NOT_BALANCE')]
  if (Math.abs(face.lighting.left - face.lighting.right) > balance) {
    out.push(
      finding(
        'FACE_UNEVEN_LIGHT',
        'One side of the face is much darker than the other.',
        'Light the face evenly from the front (or add a second lamp) and take the photo again.',
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
    return [
      finding(
        'NO_FACE',
        'No face was found in this photo.',
        'Use a photo of one person facing the camera, head and shoulders, and try again.',
        'ISSUE_FACE_NOT_FOUND'
      )
    ]
  }
  const out: Finding[] = []
  if (measurement.faces.length > 1) {
    out.push({
      ...finding(
        'MULTIPLE_FACES',
        `There are ${measurement.faces.length} faces in this photo.`,
        'Pick the customer’s face to crop the photo to it, or use a photo of one person.'
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
        `The photo is black and white; ${requirements.spec.name} needs a colour photo.`,
        'Use the colour original, or set the camera to colour, and take the photo again.'
      )
    )
  }
  return out
}
