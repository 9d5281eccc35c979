/**
 * The size controls' inline checks and presets, over the documented size rule in electron/shared/document-size.ts
 * (which main uses to validate again before sending).
 */

import { SIZE_MAX, SIZE_MIN, predictSize, type Size } from '../../../../electron/shared/document-size'
import type { MessageRef } from '../../../../electron/shared/i18n/translate'

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
export function sizeFieldError(field: 'width' | 'height', text: string): MessageRef | null {
  const trimmed = text.trim()
  if (trimmed === '') return { id: 'documents.size.error.empty', values: { field } }
  if (!/^\d+$/.test(trimmed)) return { id: 'documents.size.error.whole', values: { field } }
  const value = Number(trimmed)
  if (value < SIZE_MIN || value > SIZE_MAX)
    return { id: 'documents.size.error.range', values: { field, min: SIZE_MIN, max: SIZE_MAX } }
  return null
}

/** The typed size when both fields are valid, else null. */
export function parseSizeFields(width: string, height: string): PixelSize | null {
  if (sizeFieldError('width', width) !== null || sizeFieldError('height', height) !== null) return null
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
}): MessageRef {
  const { original, requested, shown } = state
  if (state.useOriginal) {
    if (original !== null)
      return { id: 'documents.size.original.known', values: { size: formatSize(original) } }
    return shown === null
      ? { id: 'documents.size.original.unknown' }
      : { id: 'documents.size.original.fromShown', values: { size: formatSize(shown) } }
  }
  if (requested === null) return { id: 'documents.size.predicted.invalid' }
  if (original !== null)
    return {
      id: 'documents.size.predicted.exact',
      values: { size: formatSize(predictSize(original, requested)) }
    }
  if (shown !== null)
    return {
      id: 'documents.size.predicted.fromShown',
      values: { size: formatSize(predictSize(shown, requested)) }
    }
  return { id: 'documents.size.predicted.unknown' }
}
