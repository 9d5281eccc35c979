import sharp from 'sharp'
import { AppError } from '../../../shared/errors'

/** The image formats a document image may come in. */
export type ImageFormat = 'jpeg' | 'png' | 'webp' | 'gif' | 'tiff' | 'bmp'

/** What the bytes say about an image. */
export interface ImageInfo {
  format: ImageFormat
  width: number
  height: number
}

function startsWith(bytes: Uint8Array, signature: readonly number[], offset = 0): boolean {
  if (bytes.length < offset + signature.length) return false
  return signature.every((value, index) => bytes[offset + index] === value)
}

/**
 * The format from the leading magic bytes, or null. Headers are not trusted: a proxy or a fault can
 * label an HTML error page image/jpeg, and SVG (which can carry script) is deliberately not an image here.
 */
export function detectImageFormat(bytes: Uint8Array): ImageFormat | null {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg'
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png'
  if (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes, [0x57, 0x45, 0x42, 0x50], 8))
    return 'webp'
  if (
    startsWith(bytes, [0x47, 0x49, 0x46, 0x38]) &&
    (bytes[4] === 0x37 || bytes[4] === 0x39) &&
    bytes[5] === 0x61
  )
    return 'gif'
  if (startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) || startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a]))
    return 'tiff'
  if (startsWith(bytes, [0x42, 0x4d]) && bytes.length >= 26) return 'bmp'
  return null
}

/** libvips has no BMP loader, so the two dimensions are read from the BITMAPINFOHEADER directly. */
function bmpSize(bytes: Uint8Array): { width: number; height: number } | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const headerSize = view.getUint32(14, true)
  if (headerSize === 12) return { width: view.getUint16(18, true), height: view.getUint16(20, true) }
  if (headerSize < 40 || bytes.length < 26) return null
  // A negative height means rows are stored top-down; the size is the same.
  return { width: Math.abs(view.getInt32(18, true)), height: Math.abs(view.getInt32(22, true)) }
}

const NOT_IMAGE_MESSAGE =
  'ID.me answered, but not with a document image. Try again in a minute; if it keeps happening, get fresh document tokens.'

/**
 * Detects the format from the bytes and reads the dimensions from the image header (sharp reads
 * headers only here; nothing is decoded or written). Anything else is NOT_IMAGE.
 */
export async function readImageInfo(bytes: Uint8Array): Promise<ImageInfo> {
  const format = detectImageFormat(bytes)
  if (format === null) throw new AppError('NOT_IMAGE', NOT_IMAGE_MESSAGE)
  let size: { width: number; height: number } | null = null
  if (format === 'bmp') {
    size = bmpSize(bytes)
  } else {
    try {
      const metadata = await sharp(bytes, { failOn: 'none' }).metadata()
      if (metadata.width !== undefined && metadata.height !== undefined) {
        size = { width: metadata.width, height: metadata.height }
      }
    } catch (error) {
      throw new AppError('NOT_IMAGE', NOT_IMAGE_MESSAGE, { cause: error })
    }
  }
  if (size === null || !(size.width > 0) || !(size.height > 0)) {
    throw new AppError('NOT_IMAGE', NOT_IMAGE_MESSAGE)
  }
  return { format, width: size.width, height: size.height }
}
