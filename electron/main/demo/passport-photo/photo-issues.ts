import type { MeasuredFace } from '../../services/face/face-types'
import type { Placement } from '../../services/face/placement'
import {
  BALANCE_LIMITS,
  BRIGHTNESS_LIMITS,
  BROAD_SMILE_ABOVE,
  levelOf,
  MOUTH_OPEN_ABOVE,
  PITCH_LIMITS,
  YAW_LIMITS
} from '../../services/face/thresholds'
import type { SensitivityOverride } from './passport-schemas'

/** A crop may run past the photo by this share of its size before a side counts as incomplete. */
const SLACK = 0.03

/**
 * The issue codes the demo derives from a measured face, with the same thresholds as the app's own pre-flight
 * (services/face/thresholds.ts), honouring the request's issueSensitivityOverride.
 */
export function faceIssues(face: MeasuredFace, override: SensitivityOverride = {}): string[] {
  const issues: string[] = []
  const brightness = BRIGHTNESS_LIMITS[levelOf(override, 'ISSUE_FACE_BRIGHTNESS_BAD')]
  if (face.lighting.mean < brightness.min || face.lighting.mean > brightness.max) {
    issues.push('ISSUE_FACE_BRIGHTNESS_BAD')
  }
  const balance = BALANCE_LIMITS[levelOf(override, 'ISSUE_FACE_LIGHT_NOT_BALANCE')]
  if (Math.abs(face.lighting.left - face.lighting.right) > balance)
    issues.push('ISSUE_FACE_LIGHT_NOT_BALANCE')
  if (Math.abs(face.pose.yaw) > YAW_LIMITS[levelOf(override, 'ISSUE_HEAD_YAW_OVER_THRESHOLD')]) {
    issues.push('ISSUE_HEAD_YAW_OVER_THRESHOLD')
  }
  if (Math.abs(face.pose.pitch) > PITCH_LIMITS[levelOf(override, 'ISSUE_HEAD_PITCH_OVER_THRESHOLD')]) {
    issues.push('ISSUE_HEAD_PITCH_OVER_THRESHOLD')
  }
  if (face.mouthOpenness > MOUTH_OPEN_ABOVE || face.mouthWidthRatio > BROAD_SMILE_ABOVE) {
    issues.push('ISSUE_EXPRESSION_NOT_NEUTRAL')
  }
  return issues
}

/** The *_INCOMPLETE issues: where the crop the spec needs runs past the edges of the upload. */
export function framingIssues(placement: Placement, width: number, height: number): string[] {
  const { crop } = placement
  const issues: string[] = []
  if (crop.top + crop.height > height + crop.height * SLACK) issues.push('ISSUE_BOTTOM_INCOMPLETE')
  if (crop.left < -crop.width * SLACK) issues.push('ISSUE_LEFT_INCOMPLETE')
  if (crop.left + crop.width > width + crop.width * SLACK) issues.push('ISSUE_RIGHT_INCOMPLETE')
  return issues
}
