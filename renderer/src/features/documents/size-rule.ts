/**
 * The documented Document Passback size rule, for the screen's inline checks and its prediction. Main checks
 * again before sending (electron/main/services/documents/size-rule.ts); this copy exists because the renderer
 * may import only electron/shared, and the rule is three lines.
 */

/** Width and height in pixels. */
export interface PixelSize {
  width: number
  height: number
}

/** The documented bounds for each side of `size=WxH`. */
export const SIZE_MIN = 100
/** The documented bounds for each side of `size=WxH`. */
export const SIZE_MAX = 1000

/** Sizes offered as one-click presets. */
export const SIZE_PRESETS: readonly PixelSize[] = [
  { width: 300, height: 200 },
  { width: 600, height: 400 },
  { width: 1000, height: 1000 }
]

/** The aspect ratio is kept and the smaller scale constrains: 300x200 on 500x400 gives 250x200. */
export function predictSize(original: PixelSize, requested: PixelSize): PixelSize {
  const scale = Math.min(requested.width / original.width, requested.height / original.height)
  return {
    width: Math.max(1, Math.round(original.width * scale)),
    height: Math.max(1, Math.round(original.height * scale))
  }
}

/** The message for one typed field, or null when it is a whole number from 100 to 1000. */
export function sizeFieldError(name: 'Width' | 'Height', text: string): string | null {
  const trimmed = text.trim()
  if (trimmed === '') return `Enter a ${name.toLowerCase()} in pixels.`
  if (!/^\d+$/.test(trimmed)) return `${name} must be a whole number of pixels.`
  const value = Number(trimmed)
  if (value < SIZE_MIN || value > SIZE_MAX)
    return `${name} must be between ${SIZE_MIN} and ${SIZE_MAX} pixels.`
  return null
}

/** The typed size when both fields are valid, else null. */
export function parseSizeFields(width: string, height: string): PixelSize | null {
  if (sizeFieldError('Width', width) !== null || sizeFieldError('Height', height) !== null) return null
  return { width: Number(width.trim()), height: Number(height.trim()) }
}

/** `300 × 200`, for labels. */
export function formatSize(size: PixelSize): string {
  return `${size.width} × ${size.height}`
}
