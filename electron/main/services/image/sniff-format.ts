import { AppError } from '../../../shared/errors'
import { t } from '../i18n/main-language'

/** An image format the pipeline accepts (when sharp can decode it). */
export type PhotoFormat = 'jpeg' | 'png' | 'webp' | 'tiff' | 'heif' | 'avif'

/** What to tell a person about a file that is not a photo we can read. */

const HEIF_BRANDS = new Set(['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'hevm', 'hevs', 'mif1', 'msf1'])
const AVIF_BRANDS = new Set(['avif', 'avis'])
const VIDEO_BRANDS = new Set(['isom', 'iso2', 'mp41', 'mp42', 'qt  ', 'M4V ', '3gp4', '3gp5', 'avc1', 'dash'])

// Camera RAW files that are TIFF inside: the bytes alone look like TIFF, so the name is the hint.
const RAW_EXTENSIONS = new Set([
  'nef',
  'nrw',
  'arw',
  'srf',
  'sr2',
  'dng',
  'pef',
  'erf',
  'raw',
  'rwl',
  '3fr',
  'iiq'
])

function ascii(bytes: Uint8Array, start: number, length: number): string {
  let out = ''
  for (let i = start; i < Math.min(bytes.length, start + length); i++)
    out += String.fromCharCode(bytes[i] ?? 0)
  return out
}

function startsWith(bytes: Uint8Array, signature: readonly number[], offset = 0): boolean {
  return signature.every((value, i) => bytes[offset + i] === value)
}

function refuse(message: string): never {
  throw new AppError('UNSUPPORTED_FILE', message)
}

function extensionOf(fileName: string | undefined): string {
  const match = /\.([a-z0-9]+)$/i.exec(fileName ?? '')
  return match?.[1]?.toLowerCase() ?? ''
}

function raw(kind: string): never {
  return refuse(t('image.raw', { kind }))
}

/** ISO-BMFF (HEIF, AVIF, CR3, MP4/MOV): decide from the major brand, then the compatible brands. */
function sniffIsoBmff(bytes: Uint8Array): PhotoFormat {
  const boxSize = ((bytes[0] ?? 0) << 24) | ((bytes[1] ?? 0) << 16) | ((bytes[2] ?? 0) << 8) | (bytes[3] ?? 0)
  const end = Math.min(bytes.length, boxSize > 16 && boxSize < 4096 ? boxSize : 64)
  const major = ascii(bytes, 8, 4)
  const compatible: string[] = []
  for (let offset = 16; offset + 4 <= end; offset += 4) compatible.push(ascii(bytes, offset, 4))
  const brands = [major, ...compatible]
  if (major === 'crx ') raw('Canon CR3')
  // AVIF files usually say mif1 first and avif among the compatible brands, so AVIF wins when present.
  if (brands.some((brand) => AVIF_BRANDS.has(brand))) return 'avif'
  if (brands.some((brand) => HEIF_BRANDS.has(brand))) return 'heif'
  if (VIDEO_BRANDS.has(major)) refuse(t('image.video'))
  return refuse(t('image.typeUnsupported'))
}

function looksLikeText(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 512)
  let printable = 0
  for (const byte of sample) {
    if (byte === 9 || byte === 10 || byte === 13 || (byte >= 32 && byte < 127) || byte >= 128) printable++
    if (byte === 0) return false
  }
  return sample.length > 0 && printable / sample.length > 0.95
}

/**
 * Tells the image type from the first bytes, never from the file name, and refuses common wrong files
 * (PDF, GIF, BMP, Office documents, RAW, video, text) with a message that says what to do.
 * Throws AppError UNSUPPORTED_FILE.
 */
export function sniffFormat(bytes: Uint8Array, fileName?: string): PhotoFormat {
  if (bytes.length === 0) {
    refuse(t('image.empty'))
  }
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg'
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png'
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 4) === 'WEBP') return 'webp'
  if (ascii(bytes, 4, 4) === 'ftyp') return sniffIsoBmff(bytes)

  const head4 = ascii(bytes, 0, 4)
  if (head4 === 'II*\0' || head4 === 'MM\0*') {
    if (ascii(bytes, 8, 2) === 'CR') raw('Canon CR2')
    const extension = extensionOf(fileName)
    if (RAW_EXTENSIONS.has(extension)) raw(extension.toUpperCase())
    return 'tiff'
  }
  if (head4 === 'IIRO' || head4 === 'IIRS' || head4 === 'IIU\0')
    raw(head4 === 'IIU\0' ? 'Panasonic RW2' : 'Olympus ORF')
  if (ascii(bytes, 0, 15) === 'FUJIFILMCCD-RAW') raw('Fujifilm RAF')

  if (head4 === '%PDF') refuse(t('image.pdf'))
  if (ascii(bytes, 0, 6) === 'GIF87a' || ascii(bytes, 0, 6) === 'GIF89a') refuse(t('image.gif'))
  if (ascii(bytes, 0, 2) === 'BM') refuse(t('image.bmp'))
  if (head4 === '8BPS') refuse(t('image.photoshop'))
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
    refuse(t('image.document'))
  }
  if (startsWith(bytes, [0xff, 0x0a]) || ascii(bytes, 4, 8) === 'JXL \r\n\x87\n') {
    refuse(t('image.jpegXl'))
  }
  if (
    startsWith(bytes, [0x00, 0x00, 0x00, 0x0c, 0x6a, 0x50, 0x20, 0x20]) ||
    startsWith(bytes, [0xff, 0x4f, 0xff, 0x51])
  ) {
    refuse(t('image.jpeg2000'))
  }
  if (looksLikeText(bytes)) {
    const text = ascii(bytes, 0, 256).trimStart().toLowerCase()
    if (text.startsWith('<svg') || (text.startsWith('<?xml') && text.includes('<svg'))) {
      refuse(t('image.svg'))
    }
    refuse(t('image.text'))
  }
  return refuse(t('image.unreadable'))
}
