/**
 * The size controls' inline checks and presets, over the documented size rule in electron/shared/document-size.ts
 * (which main uses to validate again before sending).
 */

import { SIZE_MAX, SIZE_MIN, predictSize, type Size } from '../../../../electron/shared/document-size'

export { SIZE_MAX, SIZE_MIN, predictSize }

/** Width and height in pixels. */
export type PixelSize = Size

/** Sizes offered as one-click presets. */
export const SIZE_PRESETS: readonly PixelSize[] = [
  { width: 300, height: 200 },
  { width: 600, height: 400 },
  { width: 1000, height: 1000 }
]

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
