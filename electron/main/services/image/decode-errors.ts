import { AppError, isAppError } from '../../../shared/errors'
import { t } from '../i18n/main-language'
import type { PhotoFormat } from './sniff-format'

/** Above this many pixels a file is refused before decoding: a decompression bomb or a panorama. */
export const DEFAULT_MAX_INPUT_PIXELS = 100_000_000

/** The refusal for a photo whose header claims more pixels than we are willing to decode. */
export function tooLargeError(width: number, height: number, maxInputPixels: number): AppError {
  const megapixels = Math.round((width * height) / 1e6)
  const limit = Math.round(maxInputPixels / 1e6)
  return new AppError(
    'IMAGE_TOO_LARGE',
    t('image.tooLarge', { size: `${width}×${height}`, megapixels, limit })
  )
}

/** The refusal for HEIC when this computer's image library has no HEVC decoder. */
export function heicUnsupportedError(cause?: unknown): AppError {
  return new AppError('UNSUPPORTED_FILE', t('image.heicUnsupported'), { cause })
}

/**
 * Turns a failure from sharp into an AppError a person can act on. sharp's own text is kept only as the
 * cause: it may name internal paths and is not written for the counter.
 */
export function toDecodeError(
  error: unknown,
  format: PhotoFormat,
  size?: { width: number; height: number; maxInputPixels: number }
): AppError {
  if (isAppError(error)) return error
  const text = error instanceof Error ? error.message : String(error)
  if (/pixel limit/i.test(text) && size) return tooLargeError(size.width, size.height, size.maxInputPixels)
  if (format === 'heif') return heicUnsupportedError(error)
  return new AppError('CORRUPT_IMAGE', t('image.corrupt'), { cause: error })
}
