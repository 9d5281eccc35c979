import { AppError } from '../../../shared/errors'
import { MM_PER_INCH, PAPER_PRESETS } from './paper'
import { formatNumber } from './physical-size'

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
    throw new AppError(
      'BAD_REQUEST',
      `The sheet size "${size.slice(0, 40)}" is not in the width*height form. Choose another sheet size.`
    )
  }
  const pixels = `${widthPx}×${heightPx} px`

  for (const dpi of STANDARD_DPIS) {
    for (const preset of PAPER_PRESETS) {
      for (const [wMm, hMm] of [
        [preset.widthMm, preset.heightMm],
        [preset.heightMm, preset.widthMm]
      ] as const) {
        if (!near(widthPx, (wMm / MM_PER_INCH) * dpi) || !near(heightPx, (hMm / MM_PER_INCH) * dpi)) continue
        const landscape = wMm > hMm
        const name = paperName(preset.inchLabel, preset.label, landscape)
        return {
          widthPx,
          heightPx,
          impliedDpi: dpi,
          paperId: preset.id,
          widthMm: wMm,
          heightMm: hMm,
          label: `${pixels} — ${name} at ${dpi} dpi`
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
        label: `${pixels} — ${formatNumber(widthMm)}×${formatNumber(heightMm)} mm at the photo's ${dpi} dpi`
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
    label: `${pixels} — print size unknown`
  }
}

function near(actual: number, expected: number): boolean {
  return Math.abs(actual - expected) <= expected * DPI_TOLERANCE
}

/** Inch papers are named the way the counter says them, long side first in landscape ("6×4 in"). */
function paperName(inchLabel: string | null, label: string, landscape: boolean): string {
  if (!inchLabel) return label.replace(/\s*\(.*\)$/, '') + (landscape ? ' landscape' : '')
  if (!landscape) return inchLabel
  const parts = /^([\d.]+)×([\d.]+) in$/.exec(inchLabel)
  return parts ? `${parts[2]}×${parts[1]} in` : inchLabel
}
