import sharp from 'sharp'
import { AppError } from '../../../shared/errors'
import { t } from '../i18n/main-language'
import { detectImageFormat, type ImageFormat } from '../image/image-signature'

export { detectImageFormat, type ImageFormat }

/** What the bytes say about an image. */
export interface ImageInfo {
  format: ImageFormat
  width: number
  height: number
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

/**
 * Detects the format from the bytes and reads the dimensions from the image header (sharp reads
 * headers only here; nothing is decoded or written). Anything else is NOT_IMAGE.
 */
export async function readImageInfo(bytes: Uint8Array): Promise<ImageInfo> {
  const format = detectImageFormat(bytes)
  if (format === null) throw new AppError('NOT_IMAGE', t('documentsApi.error.notImage'))
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
      throw new AppError('NOT_IMAGE', t('documentsApi.error.notImage'), { cause: error })
    }
  }
  if (size === null || !(size.width > 0) || !(size.height > 0)) {
    throw new AppError('NOT_IMAGE', t('documentsApi.error.notImage'))
  }
  return { format, width: size.width, height: size.height }
}
