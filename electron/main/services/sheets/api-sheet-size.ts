import { AppError } from '../../../shared/errors'
import { mainLocale, t } from '../i18n/main-language'
import { MM_PER_INCH, PAPER_PRESETS } from './paper'
import { oneDecimal } from './physical-size'
import { paperSizeName } from '../../../shared/i18n/paper-names'

/** Resolutions a sheet size is matched against, most common first. */
const STANDARD_DPIS = [300, 600, 400, 350, 200, 150] as const

/** How close pixels/inch must be to a standard dpi, in both directions, to count as a match. */
const DPI_TOLERANCE = 0.01

/** What a "W*H" sheet size from the Passport Photo API means on paper. */
export interface ApiSheetSize {
  widthPx: number
  heightPx: number
  /** The dpi that makes this a known paper (1800×1200 → 300), or the spec's own dpi; null when neither fits. */
  impliedDpi: number | null
  /** The matching paper preset, when there is one. */
  paperId: string | null
  /** Physical size at `impliedDpi`; null when it is unknown. */
  widthMm: number | null
  heightMm: number | null
  /** "1800×1200 px — 6×4 in at 300 dpi". */
  label: string
}

/**
 * Explains an API sheet size ("1800*1200") to the person choosing it. The API speaks only in pixels; this matches
 * the pixels against the paper presets at standard resolutions in either orientation. When no paper matches and
 * the spec's pixel and physical sizes are given, the spec's own resolution is used to say how big the sheet prints.
 */
export function describeApiSheetSize(
  size: string,
  specPixel?: { width: number; height: number },
  specPhysical?: { widthMm: number; heightMm: number }
): ApiSheetSize {
  const match = /^\s*(\d{1,6})\s*[*x×X]\s*(\d{1,6})\s*$/.exec(size)
  const widthPx = Number(match?.[1])
  const heightPx = Number(match?.[2])
  if (!match || !(widthPx > 0) || !(heightPx > 0)) {
    throw new AppError('BAD_REQUEST', t('sheetsMain.apiSheet.badSize', { size: size.slice(0, 40) }))
  }
  const pixels = t('units.size.px', { width: String(widthPx), height: String(heightPx) })

  for (const dpi of STANDARD_DPIS) {
    for (const preset of PAPER_PRESETS) {
      for (const [wMm, hMm] of [
        [preset.widthMm, preset.heightMm],
        [preset.heightMm, preset.widthMm]
      ] as const) {
        if (!near(widthPx, (wMm / MM_PER_INCH) * dpi) || !near(heightPx, (hMm / MM_PER_INCH) * dpi)) continue
        const landscape = wMm > hMm
        const name = paperSizeName(preset.id, landscape, t, mainLocale().unit)
        return {
          widthPx,
          heightPx,
          impliedDpi: dpi,
          paperId: preset.id,
          widthMm: wMm,
          heightMm: hMm,
          label: t('sheetsMain.apiSheet.paper', { pixels, paper: name, dpi })
        }
      }
    }
  }

  if (specPixel && specPhysical && specPixel.width > 0 && specPhysical.widthMm > 0) {
    const dpi = Math.round(specPixel.width / (specPhysical.widthMm / MM_PER_INCH))
    if (dpi > 0) {
      const widthMm = (widthPx / dpi) * MM_PER_INCH
      const heightMm = (heightPx / dpi) * MM_PER_INCH
      return {
        widthPx,
        heightPx,
        impliedDpi: dpi,
        paperId: null,
        widthMm,
        heightMm,
        label: t('sheetsMain.apiSheet.photoDpi', {
          pixels,
          size: t('units.size.mm', { width: oneDecimal(widthMm), height: oneDecimal(heightMm) }),
          dpi
        })
      }
    }
  }
  return {
    widthPx,
    heightPx,
    impliedDpi: null,
    paperId: null,
    widthMm: null,
    heightMm: null,
    label: t('sheetsMain.apiSheet.unknown', { pixels })
  }
}

function near(actual: number, expected: number): boolean {
  return Math.abs(actual - expected) <= expected * DPI_TOLERANCE
}
