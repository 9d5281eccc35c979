import type { SensitivityLevel, SensitivityOverride } from './passport-schemas'
import type { Box, RgbImage } from './subject-detection'
import { luminance } from './subject-detection'

/** Face mean luminance outside [min, max] is ISSUE_FACE_BRIGHTNESS_BAD; stricter levels narrow the range. */
export const BRIGHTNESS_LIMITS: Record<SensitivityLevel, { min: number; max: number }> = {
  VERY_LOW: { min: 40, max: 240 },
  LOW: { min: 55, max: 228 },
  MEDIUM: { min: 70, max: 215 },
  HIGH: { min: 85, max: 205 },
  VERY_HIGH: { min: 100, max: 195 }
}

/** Left-half vs right-half face luminance difference above this is ISSUE_FACE_LIGHT_NOT_BALANCE. */
export const BALANCE_LIMITS: Record<SensitivityLevel, number> = {
  VERY_LOW: 60,
  LOW: 45,
  MEDIUM: 32,
  HIGH: 22,
  VERY_HIGH: 14
}

/** What the demo measured over the face. */
export interface FaceStatistics {
  meanLuminance: number
  leftLuminance: number
  rightLuminance: number
}

/** Mean luminance over the inner face (cheeks, eyes, nose; hair and jaw edges left out) and its halves. */
export function measureFace(img: RgbImage, face: Box): FaceStatistics {
  const w = face.right - face.left
  const h = face.bottom - face.top
  const left = Math.round(face.left + w * 0.15)
  const right = Math.round(face.right - w * 0.15)
  const top = Math.round(face.top + h * 0.15)
  const bottom = Math.round(face.bottom - h * 0.15)
  const middle = (left + right) / 2
  let l = 0
  let ln = 0
  let r = 0
  let rn = 0
  for (let y = Math.max(0, top); y < Math.min(img.height, bottom); y++) {
    for (let x = Math.max(0, left); x < Math.min(img.width, right); x++) {
      const v = luminance(img.data, (y * img.width + x) * 3)
      if (x < middle) {
        l += v
        ln++
      } else {
        r += v
        rn++
      }
    }
  }
  const leftLuminance = ln > 0 ? l / ln : 0
  const rightLuminance = rn > 0 ? r / rn : 0
  return {
    meanLuminance: ln + rn > 0 ? (l + r) / (ln + rn) : 0,
    leftLuminance,
    rightLuminance
  }
}

/**
 * The issue codes for the measured face. Yaw and pitch overrides are accepted but cannot be measured
 * without face landmarks, so the demo never reports ISSUE_HEAD_YAW/PITCH_OVER_THRESHOLD.
 */
export function faceIssues(stats: FaceStatistics, override: SensitivityOverride = {}): string[] {
  const issues: string[] = []
  const brightness = BRIGHTNESS_LIMITS[override.ISSUE_FACE_BRIGHTNESS_BAD ?? 'MEDIUM']
  if (stats.meanLuminance < brightness.min || stats.meanLuminance > brightness.max) {
    issues.push('ISSUE_FACE_BRIGHTNESS_BAD')
  }
  const balance = BALANCE_LIMITS[override.ISSUE_FACE_LIGHT_NOT_BALANCE ?? 'MEDIUM']
  if (Math.abs(stats.leftLuminance - stats.rightLuminance) > balance)
    issues.push('ISSUE_FACE_LIGHT_NOT_BALANCE')
  return issues
}
