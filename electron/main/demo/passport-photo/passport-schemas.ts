import { z } from 'zod'

/** The sensitivity levels, least strict first. */
export const SENSITIVITY_LEVELS = ['VERY_LOW', 'LOW', 'MEDIUM', 'HIGH', 'VERY_HIGH'] as const

/** One sensitivity level. */
export type SensitivityLevel = (typeof SENSITIVITY_LEVELS)[number]

const level = z.enum(SENSITIVITY_LEVELS)

/** The four documented override keys; any other key is rejected. */
const sensitivityOverrideSchema = z.strictObject({
  ISSUE_FACE_LIGHT_NOT_BALANCE: level.optional(),
  ISSUE_FACE_BRIGHTNESS_BAD: level.optional(),
  ISSUE_HEAD_YAW_OVER_THRESHOLD: level.optional(),
  ISSUE_HEAD_PITCH_OVER_THRESHOLD: level.optional()
})

/** The overrides a request may carry. */
export type SensitivityOverride = z.infer<typeof sensitivityOverrideSchema>

/** Sheet side bounds in px: from a wallet print up to 24 in at 300 DPI. */
export const SHEET_SIDE_MIN = 300
export const SHEET_SIDE_MAX = 7200

const sheetSizeSchema = z
  .string()
  .regex(/^\d+\*\d+$/, 'must be "width*height" in pixels, for example "1800*1200"')
  .refine(
    (value) => value.split('*').every((n) => Number(n) >= SHEET_SIDE_MIN && Number(n) <= SHEET_SIDE_MAX),
    `each side must be from ${SHEET_SIDE_MIN} to ${SHEET_SIDE_MAX} px`
  )

const credentials = {
  apiKey: z.string().min(1, 'is required'),
  apiSecret: z.string().min(1, 'is required')
}

/** Body of queryAccountStatus and listIdPhotoSpecCode. */
export const credentialsRequestSchema = z.object(credentials)

/** Body of getIdPhotoSpec. */
export const specRequestSchema = z.object({ ...credentials, specCode: z.string().min(1, 'is required') })

/** Body of makeIdPhoto. */
export const makeIdPhotoRequestSchema = z.object({
  ...credentials,
  imageBase64: z.string().min(1, 'is required'),
  specCode: z.string().min(1, 'is required'),
  outputFormat: z.enum(['S3_URL', 'IMAGE_BASE64']).default('S3_URL'),
  issueSensitivityOverride: sensitivityOverrideSchema.optional(),
  photoSheet: z.strictObject({ sheetSizes: z.array(sheetSizeSchema).min(1).max(6) }).optional()
})

/** The watermark texts the service allows, compared case-insensitively. */
export const WATERMARK_WHITELIST = ['Preview', 'Aperçu'] as const

/** Body of makeIdPhotoWatermark. */
export const makeIdPhotoWatermarkRequestSchema = z.object({
  ...credentials,
  imageBase64: z.string().min(1, 'is required'),
  specCode: z.string().min(1, 'is required'),
  watermarkText: z
    .string()
    .refine(
      (text) =>
        WATERMARK_WHITELIST.some((allowed) => allowed.toLowerCase() === text.normalize('NFC').toLowerCase()),
      `must be one of ${WATERMARK_WHITELIST.map((w) => `"${w}"`).join(', ')} (any letter case)`
    )
    .optional(),
  issueSensitivityOverride: sensitivityOverrideSchema.optional()
})

/** Body of getIdPhotoNoWatermark. */
export const noWatermarkRequestSchema = z.object({
  ...credentials,
  photoUuid: z.string().min(1, 'is required')
})

/** A message naming the first offending field, for the 400 body. */
export function describeValidationError(error: z.ZodError): string {
  const issue = error.issues[0]
  if (issue === undefined) return 'The request is not valid.'
  const field = issue.path.length > 0 ? issue.path.join('.') : 'body'
  if (issue.code === 'invalid_type' && issue.input === undefined) return `The field "${field}" is required.`
  if (issue.code === 'unrecognized_keys') {
    return `The field "${field}" has unknown keys: ${issue.keys.join(', ')}.`
  }
  return `The field "${field}" is not valid: ${issue.message}.`
}
