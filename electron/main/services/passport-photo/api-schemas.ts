import { z } from 'zod'

// Response schemas of the Passport Photo API. Optional fields are `nullish` because clients in the field
// report nulls where the docs show a field as absent; unknown fields are dropped.

const issues = z
  .array(z.string())
  .nullish()
  .transform((v) => v ?? [])
const optionalString = z
  .string()
  .nullish()
  .transform((v) => (v === null || v === undefined || v === '' ? undefined : v))

/** GET /v2/health */
export const HealthSchema = z.object({ status: z.string() })

/** POST /v2/queryAccountStatus */
export const AccountStatusSchema = z.object({
  accountStatus: z.string(),
  freeTrialEndTime: z.number().nullish(),
  subscription: z
    .object({
      subscriptionStatus: z.string().nullish(),
      subscriptionResetTime: z.number().nullish(),
      makeIdPhotoApiQuota: z.number().nullish(),
      makeIdPhotoWatermarkApiQuota: z.number().nullish(),
      makeIdPhotoApiRemaining: z.number().nullish(),
      makeIdPhotoWatermarkApiRemaining: z.number().nullish()
    })
    .nullish()
})

/** The account panel's data. */
export type AccountStatus = z.infer<typeof AccountStatusSchema>

/** POST /v2/makeIdPhoto; the docs spell the image field `idphotoImageBase64`, other clients `idPhotoImageBase64`. */
export const MakeIdPhotoResponseSchema = z
  .object({
    photoUuid: optionalString,
    idPhotoUrl: optionalString,
    idphotoImageBase64: optionalString,
    idPhotoImageBase64: optionalString,
    originalPhotoUrl: optionalString,
    issues,
    idPhotoCode: optionalString,
    photoSheet: z.record(z.string(), z.string()).nullish()
  })
  .transform((r) => ({
    photoUuid: r.photoUuid,
    idPhotoUrl: r.idPhotoUrl,
    imageBase64: r.idphotoImageBase64 ?? r.idPhotoImageBase64,
    originalPhotoUrl: r.originalPhotoUrl,
    issues: r.issues,
    idPhotoCode: r.idPhotoCode,
    sheets: r.photoSheet ?? {}
  }))
  // With no issues a photo must have come back; an answer with neither is not something we can use.
  .refine(
    (r) => r.issues.length > 0 || (r.photoUuid !== undefined && (r.idPhotoUrl ?? r.imageBase64) !== undefined)
  )

/** The result of makeIdPhoto, with the base64 field under one name. */
export type MakeIdPhotoResult = z.infer<typeof MakeIdPhotoResponseSchema>

/** POST /v2/makeIdPhotoWatermark */
export const MakeIdPhotoWatermarkResponseSchema = z
  .object({
    photoUuid: optionalString,
    idPhotoUrl: optionalString,
    issues,
    waterMark: z.boolean().nullish(),
    idPhotoCode: optionalString
  })
  .transform((r) => ({
    photoUuid: r.photoUuid,
    idPhotoUrl: r.idPhotoUrl,
    issues: r.issues,
    idPhotoCode: r.idPhotoCode,
    watermarked: r.waterMark ?? true
  }))
  .refine((r) => r.issues.length > 0 || (r.photoUuid !== undefined && r.idPhotoUrl !== undefined))

/** The result of makeIdPhotoWatermark. */
export type MakeIdPhotoWatermarkResult = z.infer<typeof MakeIdPhotoWatermarkResponseSchema>

/** POST /v2/getIdPhotoNoWatermark */
export const NoWatermarkResponseSchema = z
  .object({
    photoUuid: z.string(),
    idPhotoUrl: z.string().min(1),
    issues,
    waterMark: z.boolean().nullish()
  })
  .transform((r) => ({
    photoUuid: r.photoUuid,
    idPhotoUrl: r.idPhotoUrl,
    issues: r.issues,
    watermarked: r.waterMark ?? false
  }))

/** The result of getIdPhotoNoWatermark. */
export type NoWatermarkResult = z.infer<typeof NoWatermarkResponseSchema>

/** One entry of the spec list. */
export const SpecSummarySchema = z.object({ specCode: z.string().min(1), specCodeName: z.string() })

/** One entry of the spec list. */
export type SpecSummary = z.infer<typeof SpecSummarySchema>

/** POST /v2/listIdPhotoSpecCode; `total` is documented as "number" but arrives as either. */
export const SpecListResponseSchema = z.object({
  results: z.array(SpecSummarySchema),
  total: z.union([z.number(), z.string()]).nullish()
})
