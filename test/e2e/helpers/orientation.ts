import sharp, { type Sharp } from 'sharp'

/** A small greyscale copy, upright by its EXIF tag, and the same turned 180°. */
export async function thumbnail(bytes: Buffer): Promise<{ pixels: Buffer; halfTurn: Buffer }> {
  const small = (image: Sharp) => image.resize(24, 24, { fit: 'fill' }).greyscale().raw().toBuffer()
  const upright = await sharp(bytes).rotate().toBuffer()
  return { pixels: await small(sharp(upright)), halfTurn: await small(sharp(upright).rotate(180)) }
}

/** Mean absolute difference of two greyscale thumbnails (0–255). */
export function difference(a: Buffer, b: Buffer): number {
  let sum = 0
  for (let i = 0; i < a.length; i++) sum += Math.abs((a[i] ?? 0) - (b[i] ?? 0))
  return sum / a.length
}
