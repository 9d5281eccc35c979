import type { ParsedSpec, SpecRange } from '../../../shared/contract/specs'
import { formatNumber, t } from '../i18n/main-language'

const MM_PER_INCH = 25.4

/**
 * A spec range given as one value ("37.8 - 37.8") is read as that value ±4 %: no photo can be measured to the
 * hundredth of a millimetre, and the display says so ("37.8 mm ±4 %").
 */
export const SINGLE_VALUE_TOLERANCE = 0.04

/** A spec range in the photo's pixels, with the range as the spec wrote it for display. */
export interface PixelRange {
  minPx: number
  maxPx: number
  /** The allowed range in the spec's unit (widened when the spec gave one value). */
  allowed: SpecRange
  /** The spec's own range, as written. */
  original: SpecRange
  /** Spec units per pixel of this photo, to show a measured pixel distance in the spec's unit. */
  unitsPerPx: number
  /** True when a single value was widened by SINGLE_VALUE_TOLERANCE. */
  widened: boolean
}

/** The spec's physical height in mm: its size, or for a px-only spec its pixel height at its dpi. */
export function nominalHeightMm(spec: ParsedSpec): number | null {
  if (spec.heightMm !== null) return spec.heightMm
  if (spec.pixelHeight !== null && spec.dpi !== null && spec.dpi > 0)
    return (spec.pixelHeight / spec.dpi) * MM_PER_INCH
  return null
}

/** Pixels per unit of a range, for a photo `photoHeight` px tall made for this spec; null when it cannot be known. */
export function pxPerUnit(unit: SpecRange['unit'], spec: ParsedSpec, photoHeight: number): number | null {
  if (unit === '%') return photoHeight / 100
  if (unit === 'px') return spec.pixelHeight ? photoHeight / spec.pixelHeight : 1
  const heightMm = nominalHeightMm(spec)
  if (heightMm === null || heightMm <= 0) return null
  const perMm = photoHeight / heightMm
  return unit === 'mm' ? perMm : perMm * MM_PER_INCH
}

/** A spec range in pixels of a photo `photoHeight` px tall; null when the spec has no such range or no scale. */
export function rangeInPixels(
  range: SpecRange | null,
  spec: ParsedSpec,
  photoHeight: number
): PixelRange | null {
  if (range === null) return null
  const scale = pxPerUnit(range.unit, spec, photoHeight)
  if (scale === null) return null
  const widened = range.max - range.min < range.max * 0.005
  const allowed = widened
    ? {
        ...range,
        min: range.min * (1 - SINGLE_VALUE_TOLERANCE),
        max: range.max * (1 + SINGLE_VALUE_TOLERANCE)
      }
    : range
  return {
    minPx: allowed.min * scale,
    maxPx: allowed.max * scale,
    allowed,
    original: range,
    unitsPerPx: 1 / scale,
    widened
  }
}

/** Formats a spec value like the spec table does: inches in eighths ("1 3/8") when exact, else decimals. */
export function formatSpecValue(value: number, unit: SpecRange['unit']): string {
  if (unit === 'in') {
    const eighths = Math.round(value * 8)
    if (Math.abs(eighths / 8 - value) < 0.004) {
      const whole = Math.floor(eighths / 8)
      let rest = eighths % 8
      let denominator = 8
      while (rest > 0 && rest % 2 === 0) {
        rest /= 2
        denominator /= 2
      }
      if (rest === 0) return String(whole)
      return whole > 0 ? `${whole} ${rest}/${denominator}` : `${rest}/${denominator}`
    }
    return formatDecimal(value, 2)
  }
  if (unit === 'px') return String(Math.round(value))
  return formatNumber(value, { maximumFractionDigits: 1, useGrouping: false })
}

/** A measured value in a range's unit, for display: inches to 2 places, mm and % to 1, px whole. */
export function formatMeasured(value: number, unit: SpecRange['unit']): string {
  if (unit === 'in') return formatDecimal(value, 2)
  if (unit === 'px') return String(Math.round(value))
  return formatDecimal(value, 1)
}

/** A number with exactly `digits` decimals, in main's locale ("1.16", "1,16"), never grouped. */
export function formatDecimal(value: number, digits: number): string {
  return formatNumber(value, {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
    useGrouping: false
  })
}

/** The unit as shown after a number. */
export function unitLabel(unit: SpecRange['unit']): string {
  return t('face.unit', { unit })
}

/** "1–1 3/8", or "37.8 ±4 %" for a widened single value. */
export function formatRange(pixel: PixelRange): string {
  const { original } = pixel
  if (pixel.widened)
    return t('face.range.widened', {
      value: formatSpecValue(original.min, original.unit),
      tolerance: SINGLE_VALUE_TOLERANCE * 100
    })
  return `${formatSpecValue(original.min, original.unit)}–${formatSpecValue(original.max, original.unit)}`
}
