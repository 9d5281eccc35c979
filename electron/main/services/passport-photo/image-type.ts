import { detectImageFormat } from '../image/image-signature'

/** The image types a result can come back as. */
export type ImageType = 'jpeg' | 'png' | 'webp'

/** Tells the image type from its first bytes; headers and file names are not trusted. */
export function detectImageType(bytes: Uint8Array): ImageType | null {
  const format = detectImageFormat(bytes)
  return format === 'jpeg' || format === 'png' || format === 'webp' ? format : null
}

/** The usual file extension for a type. */
export function extensionFor(type: ImageType): string {
  return type === 'jpeg' ? 'jpg' : type
}
