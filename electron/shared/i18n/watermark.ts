import type { Language } from './locale'

/**
 * The two watermark texts the Passport Photo API whitelists, exactly as it lists them: "Aperçu" is written with
 * ç as the one code point U+00E7 (NFC), never c + U+0327, so the bytes sent are C3 A7 in UTF-8.
 */
export const WATERMARK_TEXTS = ['Preview', 'Aper\u00e7u'] as const

/** A whitelisted watermark text. */
export type WatermarkText = (typeof WATERMARK_TEXTS)[number]

/**
 * The watermark a preview gets unless the counter picks the other one: "Aperçu" when the app speaks French,
 * "Preview" otherwise. Where the job options are built, the default comes from here (phase B of issue 13 hooks
 * renderer/src/features/photos/job-options.ts to it).
 */
export function defaultWatermarkText(language: Language): WatermarkText {
  return language === 'fr' ? 'Aper\u00e7u' : 'Preview'
}
