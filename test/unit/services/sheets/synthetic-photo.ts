import sharp from 'sharp'

/** A flat-colour JPEG standing in for a finished ID photo, so pixels are easy to check on the sheet. */
export function solidJpeg(
  width: number,
  height: number,
  colour: { r: number; g: number; b: number }
): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: colour } })
    .jpeg({ quality: 95 })
    .toBuffer()
}
