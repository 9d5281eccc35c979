import type { Sensitivity } from '../../../shared/contract/specs'

/** The five sensitivity levels of the Passport Photo API, least strict first. */
export type SensitivityLevel = 'VERY_LOW' | 'LOW' | 'MEDIUM' | 'HIGH' | 'VERY_HIGH'

/** Sensitivity as the API takes it (issueSensitivityOverride); absent keys mean MEDIUM. */
export type SensitivityOverride = Sensitivity

/**
 * Largest head turn (yaw), degrees, at each level of ISSUE_HEAD_YAW_OVER_THRESHOLD. MEDIUM, 15°, is about where
 * one ear starts to disappear; ICAO asks for a frontal pose.
 */
export const YAW_LIMITS: Record<SensitivityLevel, number> = {
  VERY_LOW: 25,
  LOW: 20,
  MEDIUM: 15,
  HIGH: 10,
  VERY_HIGH: 7
}

/** Largest chin-up or chin-down (pitch), degrees, at each level of ISSUE_HEAD_PITCH_OVER_THRESHOLD. */
export const PITCH_LIMITS: Record<SensitivityLevel, number> = {
  VERY_LOW: 25,
  LOW: 20,
  MEDIUM: 15,
  HIGH: 11,
  VERY_HIGH: 8
}

/** Largest tilt towards a shoulder (roll), degrees. The API has no knob for it; 8° is plainly visible. */
export const ROLL_LIMIT = 8

/** Face mean luma outside [min, max] is ISSUE_FACE_BRIGHTNESS_BAD; stricter levels narrow the range. */
export const BRIGHTNESS_LIMITS: Record<SensitivityLevel, { min: number; max: number }> = {
  VERY_LOW: { min: 40, max: 240 },
  LOW: { min: 55, max: 228 },
  MEDIUM: { min: 70, max: 215 },
  HIGH: { min: 85, max: 205 },
  VERY_HIGH: { min: 100, max: 195 }
}

/** Left-half vs right-half face luma difference above this is ISSUE_FACE_LIGHT_NOT_BALANCE. */
export const BALANCE_LIMITS: Record<SensitivityLevel, number> = {
  VERY_LOW: 60,
  LOW: 45,
  MEDIUM: 32,
  HIGH: 22,
  VERY_HIGH: 14
}

/**
 * An eye is closed below this lid gap ÷ eye width. Open eyes measured 0.35–0.47 on the fixtures (astronaut,
 * walk-in, specimen faces); shut lids leave well under 0.1.
 */
export const EYES_CLOSED_BELOW = 0.15

/**
 * The mouth is open above this inner-lip gap ÷ mouth width (the median of five lip pairs). Closed mouths measured
 * 0.03–0.06 on real faces (walk-in, specimen ID card) and up to 0.12 on the drawn test portrait's lips; the
 * astronaut's smile with teeth showing measures 0.18.
 */
export const MOUTH_OPEN_ABOVE = 0.15

/** A smile this wide (mouth width ÷ eye distance) is not a neutral expression, even with the lips closed. */
export const BROAD_SMILE_ABOVE = 1.12

/**
 * The face is blurred below this focus measure (see measureSharpness). Sharp faces measured 11–29; the same
 * faces blurred by 1.5 % of the face width measured 4.2–6.1, and by 2 % 2.9–4.3.
 */
export const BLURRED_BELOW = 4.5

/** A photo is greyscale when 99 % of its pixels have less chroma (max − min channel) than this. */
export const GREYSCALE_CHROMA_BELOW = 12

/** The level for one override key, MEDIUM when absent. */
export function levelOf(
  override: SensitivityOverride | undefined,
  key: keyof SensitivityOverride
): SensitivityLevel {
  return override?.[key] ?? 'MEDIUM'
}
