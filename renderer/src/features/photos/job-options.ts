import type { Sensitivity } from '../../../../electron/shared/contract'
import type { WatermarkText } from '../../../../electron/shared/i18n/watermark'

/** What the operator sets for the next photos. */
export interface JobOptionsValue {
  customer: string
  mode: 'direct' | 'watermark'
  /** The watermark chosen; null follows the language ("Aperçu" in French, "Preview" otherwise). */
  watermarkText: WatermarkText | null
  sensitivity: Sensitivity
  /** Free text such as "1800*1200, 1200*1800". */
  sheetSizesText: string
  /** How a direct-mode photo comes back: inside the answer, or as a link main downloads. */
  outputFormat: 'IMAGE_BASE64' | 'S3_URL'
}

/** The options a fresh screen starts with. */
export const DEFAULT_JOB_OPTIONS: JobOptionsValue = {
  customer: '',
  mode: 'direct',
  watermarkText: null,
  sensitivity: {},
  sheetSizesText: '',
  outputFormat: 'IMAGE_BASE64'
}

const SHEET_SIZE = /^\d{2,5}\*\d{2,5}$/

/** The sheet sizes typed, or the first entry that is not a size. */
export function parseSheetSizes(text: string): { sizes: string[]; invalid: string | null } {
  const entries = text
    .split(/[\s,;]+/)
    .map((s) => s.trim().replace(/[x×]/i, '*'))
    .filter(Boolean)
  const invalid = entries.find((e) => !SHEET_SIZE.test(e)) ?? null
  return { sizes: [...new Set(entries)], invalid }
}
