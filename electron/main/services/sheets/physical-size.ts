import { AppError } from '../../../shared/errors'
import { t } from '../i18n/main-language'
import { MM_PER_INCH } from './paper'

/** The parts of a photo spec that say how big it is. */
export interface SpecSize {
  widthMm: number | null
  heightMm: number | null
  pixelWidth: number | null
  pixelHeight: number | null
  /** The spec's dpi; 0 or null when the spec does not give one. */
  dpi: number | null
  /** True when the spec is measured in pixels only (an upload, not a print). */
  digitalOnly: boolean
}

/** The size a spec prints at, and whether that size was worked out rather than given. */
export interface PhysicalSize {
  widthMm: number
  heightMm: number
  /** True when the spec has no physical size and it was worked out from pixels and a dpi. */
  derived: boolean
  /** For the person at the counter when `derived`; null otherwise. */
  note: string | null
  /** The dpi the size was worked out at when `derived`; null otherwise. */
  dpi: number | null
}

/**
 * The physical print size of a spec. Specs with a size in mm or inches print at that size. Digital-only specs
 * (pixels only) have no true print size, so it is derived from the pixels at the spec's dpi — or `fallbackDpi`
 * when the spec has none (some list dpi 0) — and flagged, never guessed silently.
 */
export function physicalSizeFor(spec: SpecSize, fallbackDpi = 300): PhysicalSize {
  if (!spec.digitalOnly && isPositive(spec.widthMm) && isPositive(spec.heightMm)) {
    return { widthMm: spec.widthMm, heightMm: spec.heightMm, derived: false, note: null, dpi: null }
  }
  if (isPositive(spec.pixelWidth) && isPositive(spec.pixelHeight)) {
    const specDpi = isPositive(spec.dpi) ? spec.dpi : null
    const dpi = specDpi ?? fallbackDpi
    if (!isPositive(dpi)) {
      throw new AppError('UNKNOWN_SPEC', t('sheetsMain.size.noResolution'))
    }
    const widthMm = (spec.pixelWidth / dpi) * MM_PER_INCH
    const heightMm = (spec.pixelHeight / dpi) * MM_PER_INCH
    return {
      widthMm,
      heightMm,
      derived: true,
      dpi,
      note: t('sheetsMain.size.derivedNote', {
        dpi,
        width: oneDecimal(widthMm),
        height: oneDecimal(heightMm),
        specDpi: String(specDpi !== null)
      })
    }
  }
  throw new AppError('UNKNOWN_SPEC', t('sheetsMain.size.noSize'))
}

function isPositive(value: number | null): value is number {
  return value !== null && Number.isFinite(value) && value > 0
}

/** One decimal at most, no trailing ".0": 35, 35.3 (as text for files and logs; messages format it for the locale). */
export function formatNumber(value: number): string {
  return String(oneDecimal(value))
}

/** Rounded to one decimal, for a message to format in the locale ("35,3" in French). */
export function oneDecimal(value: number): number {
  return Math.round(value * 10) / 10
}
