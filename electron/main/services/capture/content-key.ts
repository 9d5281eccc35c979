import { createHash } from 'node:crypto'

/**
 * Where a JPEG's image data starts: the first start-of-scan marker, found by walking the segments from the start
 * (EXIF, XMP, ICC and the thumbnail all sit in segments before it). -1 when the bytes are not a JPEG or the walk
 * goes wrong.
 */
export function jpegScanOffset(bytes: Uint8Array): number {
  if (bytes.byteLength < 4 || bytes[0] !== 0xff || bytes[1] !== 0xd8) return -1
  let at = 2
  while (at + 4 <= bytes.byteLength) {
    if (bytes[at] !== 0xff) return -1
    const marker = bytes[at + 1]!
    if (marker === 0xff) {
      at += 1
      continue
    }
    if (marker === 0xda) return at
    // Markers without a length.
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      at += 2
      continue
    }
    const length = (bytes[at + 2]! << 8) | bytes[at + 3]!
    if (length < 2) return -1
    at += 2 + length
  }
  return -1
}

/**
 * The identity of a photo for the hot folders: SHA-256 of a JPEG's image data (from its first scan to the end),
 * or of the whole file for other types. Camera software that rewrites a JPEG's metadata afterwards (a rating, a
 * keyword, the EXIF date) leaves the same photo with the same key, so it is not queued again; a new shot never
 * shares one.
 */
export function contentKey(bytes: Uint8Array): string {
  const scan = jpegScanOffset(bytes)
  return createHash('sha256')
    .update(scan > 0 ? bytes.subarray(scan) : bytes)
    .digest('hex')
}
