import { crc32 } from 'node:zlib'
import sharp from 'sharp'

/** A small photo-like JPEG (a gradient, so resizing and colour checks mean something). */
export async function makeJpeg(width: number, height: number, options: { orientation?: number } = {}) {
  const pipeline = sharp(gradient(width, height), { raw: { width, height, channels: 3 } }).jpeg({
    quality: 85
  })
  if (options.orientation !== undefined) pipeline.withMetadata({ orientation: options.orientation })
  return pipeline.toBuffer()
}

/** Raw RGB pixels: red rises left to right, green top to bottom. */
export function gradient(width: number, height: number): Buffer {
  const pixels = Buffer.alloc(width * height * 3)
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 3
      pixels[i] = Math.round((x / Math.max(1, width - 1)) * 255)
      pixels[i + 1] = Math.round((y / Math.max(1, height - 1)) * 255)
      pixels[i + 2] = 96
    }
  }
  return pixels
}

/** A solid colour image, encoded as asked. */
export function solid(
  width: number,
  height: number,
  background: { r: number; g: number; b: number; alpha?: number },
  channels: 3 | 4 = 3
) {
  return sharp({ create: { width, height, channels, background } })
}

/**
 * A valid tiny PNG whose header claims another size: a decompression bomb as far as any reader that
 * trusts the header is concerned. The IHDR checksum is recomputed so the header itself is well formed.
 */
export async function pngWithClaimedSize(width: number, height: number): Promise<Buffer> {
  const png = Buffer.from(await solid(8, 8, { r: 0, g: 0, b: 0 }).png().toBuffer())
  // Signature (8) + IHDR length (4) + "IHDR" (4), then width and height, then the rest of IHDR.
  png.writeUInt32BE(width, 16)
  png.writeUInt32BE(height, 20)
  png.writeUInt32BE(crc32(png.subarray(12, 29)), 29)
  return png
}

/** Bytes from text, for the wrong-file cases. */
export function bytesOf(text: string): Uint8Array {
  return new Uint8Array(Buffer.from(text, 'latin1'))
}

/** Mean absolute difference (0–255) between two images after scaling both to the same small grey box. */
export async function meanDifference(a: Buffer, b: Buffer): Promise<number> {
  const toGrey = (input: Buffer) => sharp(input).resize(48, 48, { fit: 'fill' }).greyscale().raw().toBuffer()
  const [left, right] = await Promise.all([toGrey(a), toGrey(b)])
  let total = 0
  for (let i = 0; i < left.length; i++) total += Math.abs((left[i] ?? 0) - (right[i] ?? 0))
  return total / left.length
}
