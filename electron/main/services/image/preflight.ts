import sharp, { type Metadata } from 'sharp'
import { AppError } from '../../../shared/errors'
import { t } from '../i18n/main-language'
import { requiredUploadPixels, type ParsedSpec } from '../specs/spec-parse'
import { DEFAULT_MAX_INPUT_PIXELS, heicUnsupportedError, toDecodeError, tooLargeError } from './decode-errors'
import { sniffFormat, type PhotoFormat } from './sniff-format'

/** What pre-flight may know about the photo and the job. */
export interface PreflightOptions {
  /** Only used to recognise camera RAW files that look like TIFF; the type comes from the bytes. */
  fileName?: string
  /** When given, the photo must have at least the spec's pixel box (see requiredUploadPixels). */
  spec?: ParsedSpec
  /** Refuse anything larger before decoding it. Default 100 megapixels. */
  maxInputPixels?: number
}

/** A photo that passed pre-flight: its real type and its upright size. */
export interface PreflightResult {
  format: PhotoFormat
  /** Width after EXIF orientation is applied. */
  width: number
  /** Height after EXIF orientation is applied. */
  height: number
  /** The EXIF orientation tag (1–8), when the file has one. */
  orientation: number | undefined
  megapixels: number
}

// A decode at this size makes libvips read every compressed byte (so truncation is caught) while JPEG
// shrink-on-load keeps it to an eighth of the pixels.
const PROBE_EDGE = 32

/** A photo whose header passed pre-flight (see preflightHeader); nothing has been decoded yet. */
export interface PreflightHeader extends PreflightResult {
  /** The limit the later decode must honour. */
  maxInputPixels: number
}

/**
 * The header half of pre-flight, with no decode: the type from the bytes, a readable header, not a decompression
 * bomb, HEIC decodable, enough pixels for the spec. preparePhoto runs this and then decodes exactly once (that
 * decode catches truncation); preflightImage adds its own small decode for callers that do not prepare at once.
 */
export async function preflightHeader(
  bytes: Uint8Array,
  options: PreflightOptions = {}
): Promise<PreflightHeader> {
  const format = sniffFormat(bytes, options.fileName)
  const maxInputPixels = options.maxInputPixels ?? DEFAULT_MAX_INPUT_PIXELS

  // The header is read without a pixel limit so that a bomb gets a size in its message, not a sharp error.
  let metadata: Metadata
  try {
    metadata = await sharp(bytes, { limitInputPixels: false }).metadata()
  } catch (error) {
    throw toDecodeError(error, format)
  }
  const { width, height } = metadata
  if (!width || !height) throw toDecodeError(new Error('no dimensions in header'), format)
  if (width * height > maxInputPixels) throw tooLargeError(width, height, maxInputPixels)
  if (format === 'heif' && metadata.compression === 'hevc' && !canDecodeHeic()) throw heicUnsupportedError()

  const upright = metadata.autoOrient ?? uprightSize(width, height, metadata.orientation)
  if (options.spec) assertEnoughPixels(upright, options.spec)
  return {
    format,
    width: upright.width,
    height: upright.height,
    orientation: metadata.orientation,
    megapixels: Math.round((upright.width * upright.height) / 1e5) / 10,
    maxInputPixels
  }
}

/**
 * Checks a dropped photo locally before any API quota is spent: the type from its bytes, that it fully
 * decodes, that it is not a decompression bomb, and that it has enough pixels for the chosen spec.
 * Throws AppError UNSUPPORTED_FILE, CORRUPT_IMAGE, IMAGE_TOO_LARGE or IMAGE_TOO_SMALL.
 */
export async function preflightImage(
  bytes: Uint8Array,
  options: PreflightOptions = {}
): Promise<PreflightResult> {
  const { maxInputPixels, ...result } = await preflightHeader(bytes, options)
  try {
    await sharp(bytes, { failOn: 'error', limitInputPixels: maxInputPixels, sequentialRead: true })
      .resize(PROBE_EDGE, PROBE_EDGE, { fit: 'inside', fastShrinkOnLoad: true })
      .raw()
      .toBuffer()
  } catch (error) {
    throw toDecodeError(error, result.format, { width: result.width, height: result.height, maxInputPixels })
  }
  return result
}

/** Orientations 5–8 are stored rotated by a quarter turn, so width and height swap once upright. */
function uprightSize(width: number, height: number, orientation: number | undefined) {
  return orientation !== undefined && orientation >= 5 ? { width: height, height: width } : { width, height }
}

function assertEnoughPixels(size: { width: number; height: number }, spec: ParsedSpec): void {
  const needed = requiredUploadPixels(spec)
  if (size.width >= needed.width && size.height >= needed.height) return
  throw new AppError(
    'IMAGE_TOO_SMALL',
    t('image.tooSmall', {
      size: `${size.width}×${size.height}`,
      spec: spec.name,
      needed: `${needed.width}×${needed.height}`
    })
  )
}

/** True when this build of sharp (libheif) can decode HEVC-coded HEIC; the prebuilt one decodes only AVIF. */
function canDecodeHeic(): boolean {
  return sharp.format.heif.input.fileSuffix?.includes('.heic') ?? false
}
