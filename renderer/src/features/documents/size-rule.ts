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

/**
 * What the size controls can say before a request: exact once the original's size is known; before that, from
 * the shape of a resized image on screen (the service keeps the aspect ratio), so a reload with a resized image
 * loaded still says something useful; and only with nothing loaded, that it is known after the first fetch.
 */
export function predictionText(state: {
  useOriginal: boolean
  requested: PixelSize | null
  original: PixelSize | null
  shown: PixelSize | null
}): string {
  const { original, requested, shown } = state
  if (state.useOriginal) {
    if (original !== null) return `Original size: ${formatSize(original)} px.`
    return shown === null
      ? 'Original size: known after the first fetch.'
      : `Original size: not known yet; the image shown was resized to ${formatSize(shown)} px. Fetch the original to see it.`
  }
  if (requested === null) return 'Enter a valid size to see the predicted result.'
  if (original !== null)
    return `Predicted: ${formatSize(predictSize(original, requested))} px (aspect kept; the tighter of width and height decides).`
  if (shown !== null)
    return `Predicted: about ${formatSize(predictSize(shown, requested))} px, from the shape of the image shown (exact once the original has been fetched).`
  return 'Predicted size: known after the first fetch of the original.'
}
