import sharp from 'sharp'
import type { ParsedSpec } from '../specs/spec-parse'
import { DEFAULT_MAX_INPUT_PIXELS, toDecodeError, tooLargeError } from './decode-errors'
import { sniffFormat } from './sniff-format'

/** The small, clean JPEG that is sent to the Passport Photo API instead of the original file. */
export interface PreparedUpload {
  jpeg: Buffer
  /** Size of the upload, upright. */
  width: number
  height: number
  /** Length of `jpeg` in bytes. */
  bytes: number
  /** Size of the original photo, upright. */
  sourceWidth: number
  sourceHeight: number
  /** RGB pixels for the face analysis, from the same decode (only when analysisEdge was asked for). */
  analysis?: { data: Uint8Array; width: number; height: number; channels: 3 }
}

/** Tuning for prepareUpload; the defaults are what the app uses. */
export interface PrepareUploadOptions {
  /** JPEG quality, 1–100. Default 90: the service re-crops and re-encodes, so artefacts must stay low. */
  quality?: number
  /** Refuse anything larger before decoding it. Default 100 megapixels. */
  maxInputPixels?: number
  /**
   * Also return the upload's pixels for the face analysis, at most this long edge. They come from the one decode
   * that makes the upload: the JPEG is encoded from those pixels, never decoded again.
   */
  analysisEdge?: number
  /** Called with the analysis pixels as soon as they exist, before the upload JPEG is encoded. */
  onAnalysisPixels?: (
    pixels: NonNullable<PreparedUpload['analysis']>,
    upload: { width: number; height: number }
  ) => void
}

/** The constants of the upload size rule; see uploadLongEdgeFor. */
export const UPLOAD_EDGE_RULE = { factor: 3, min: 1200, max: 2400, fallback: 1600 } as const

/**
 * The long edge, in pixels, that the upload is resized to for a spec.
 *
 * Rule: clamp(3 × max(spec pixelWidth, pixelHeight), 1200, 2400); 1600 when the spec has no pixel box.
 * Why 3: in a walk-in frame the head and shoulders that become the ID photo cover roughly a third of the
 * frame, so the service needs about three times the spec's pixel box to crop it without upscaling.
 * Why 1200: below that face detection gets unreliable. Why 2400: more only costs upload time and
 * base64 size. prepareUpload never upscales, so a smaller source keeps its own size.
 */
export function uploadLongEdgeFor(spec: ParsedSpec | null): number {
  const { factor, min, max, fallback } = UPLOAD_EDGE_RULE
  if (!spec || spec.pixelWidth === null || spec.pixelHeight === null) return fallback
  return Math.min(max, Math.max(min, Math.round(factor * Math.max(spec.pixelWidth, spec.pixelHeight))))
}

/**
 * Turns a dropped photo into the upload: upright (EXIF orientation applied), sRGB 8-bit, alpha flattened
 * on white, ALL metadata removed (EXIF with GPS, XMP, IPTC, ICC), resized by uploadLongEdgeFor and encoded
 * as JPEG. Decodes once, with JPEG shrink-on-load. Run preflightImage first for the friendly refusals;
 * this still throws AppError (UNSUPPORTED_FILE, CORRUPT_IMAGE, IMAGE_TOO_LARGE) on bad input.
 */
export async function prepareUpload(
  bytes: Uint8Array,
  spec: ParsedSpec | null,
  options: PrepareUploadOptions = {}
): Promise<PreparedUpload> {
  const format = sniffFormat(bytes)
  const maxInputPixels = options.maxInputPixels ?? DEFAULT_MAX_INPUT_PIXELS
  const longEdge = uploadLongEdgeFor(spec)

  // One sharp instance: metadata() only parses the header, the pipeline below decodes once.
  const image = sharp(bytes, {
    failOn: 'error',
    limitInputPixels: maxInputPixels,
    sequentialRead: true,
    autoOrient: true
  })
  let sourceWidth = 0
  let sourceHeight = 0
  try {
    const metadata = await image.metadata()
    if (!metadata.width || !metadata.height) throw new Error('no dimensions in header')
    if (metadata.width * metadata.height > maxInputPixels) {
      throw tooLargeError(metadata.width, metadata.height, maxInputPixels)
    }
    const upright = metadata.autoOrient ?? { width: metadata.width, height: metadata.height }
    sourceWidth = upright.width
    sourceHeight = upright.height

    const pipeline = image
      .resize({
        width: longEdge,
        height: longEdge,
        fit: 'inside',
        withoutEnlargement: true,
        fastShrinkOnLoad: true
      })
      // Transparent areas would turn black in JPEG; the service expects a light, plain background.
      .flatten({ background: '#ffffff' })
      .toColourspace('srgb')
    // No withMetadata()/keepIccProfile(): sharp then writes no EXIF, XMP, IPTC or ICC at all.
    const jpegOptions = {
      quality: options.quality ?? 90,
      mozjpeg: false,
      chromaSubsampling: '4:2:0'
    } as const
    if (options.analysisEdge === undefined) {
      const { data, info } = await pipeline.jpeg(jpegOptions).toBuffer({ resolveWithObject: true })
      return {
        jpeg: data,
        width: info.width,
        height: info.height,
        bytes: data.length,
        sourceWidth,
        sourceHeight
      }
    }
    // Decode once to pixels; the JPEG and the analysis copy are both made from them.
    const pixels = await pipeline.removeAlpha().raw().toBuffer({ resolveWithObject: true })
    const raw = { raw: { width: pixels.info.width, height: pixels.info.height, channels: 3 as const } }
    const encoding = sharp(pixels.data, raw).jpeg(jpegOptions).toBuffer()
    // A failed encode is reported by the await below, not as an unhandled rejection meanwhile.
    encoding.catch(() => undefined)
    const analysis = await analysisCopy(
      pixels.data,
      pixels.info.width,
      pixels.info.height,
      options.analysisEdge
    )
    // The caller may start the face analysis now, while libvips still encodes the JPEG.
    options.onAnalysisPixels?.(analysis, { width: pixels.info.width, height: pixels.info.height })
    const jpeg = await encoding
    return {
      jpeg,
      width: pixels.info.width,
      height: pixels.info.height,
      bytes: jpeg.length,
      sourceWidth,
      sourceHeight,
      analysis
    }
  } catch (error) {
    throw toDecodeError(error, format, { width: sourceWidth, height: sourceHeight, maxInputPixels })
  }
}

async function analysisCopy(
  data: Buffer,
  width: number,
  height: number,
  edge: number
): Promise<NonNullable<PreparedUpload['analysis']>> {
  if (Math.max(width, height) <= edge) {
    return { data: new Uint8Array(data.buffer, data.byteOffset, data.byteLength), width, height, channels: 3 }
  }
  const small = await sharp(data, { raw: { width, height, channels: 3 } })
    .resize(edge, edge, { fit: 'inside' })
    .raw()
    .toBuffer({ resolveWithObject: true })
  return {
    data: new Uint8Array(small.data.buffer, small.data.byteOffset, small.data.byteLength),
    width: small.info.width,
    height: small.info.height,
    channels: 3
  }
}

/** The upload as base64 for the request body. Built in main; image bytes never cross the IPC. */
export function toBase64(prepared: PreparedUpload): string {
  return prepared.jpeg.toString('base64')
}
