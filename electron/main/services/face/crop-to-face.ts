import sharp from 'sharp'
import type { PhotoMeasurement, Rect } from './face-types'
import { headGeometry } from './placement'

/**
 * The part of the photo to keep when the operator picks one of several faces: head and shoulders around that face
 * (1 head above the crown, 1.8 heads below the chin, 1.4 heads to each side), never reaching past the middle
 * between this face and another, and inside the photo. In the measurement's pixels.
 */
export function faceCropRect(measurement: PhotoMeasurement, index: number): Rect {
  const face = measurement.faces[index]
  if (!face) throw new RangeError(`there is no face ${index}`)
  const g = headGeometry(face)
  const head = Math.max(1, g.chinY - g.crownY)
  let left = g.centreX - 1.4 * head
  let right = g.centreX + 1.4 * head
  for (const [i, other] of measurement.faces.entries()) {
    if (i === index) continue
    const otherX = headGeometry(other).centreX
    // Only neighbours beside this face limit the crop (not one far above or below).
    if (Math.abs(other.chin.y - face.chin.y) > 3 * head) continue
    if (otherX < g.centreX) left = Math.max(left, (otherX + g.centreX) / 2)
    else right = Math.min(right, (otherX + g.centreX) / 2)
  }
  const top = Math.max(0, g.crownY - head)
  const bottom = Math.min(measurement.height, g.chinY + 1.8 * head)
  left = Math.max(0, left)
  right = Math.min(measurement.width, right)
  return { left, top, width: Math.max(1, right - left), height: Math.max(1, bottom - top) }
}

/**
 * Crops an upload JPEG to a face the operator picked. `rect` is in the measured image's pixels; `scale` is upload
 * pixels per measured pixel. Returns a new JPEG; the original bytes are left as they are.
 */
export async function cropUploadToFace(
  upload: Uint8Array,
  rect: Rect,
  scale = 1,
  quality = 90
): Promise<Buffer> {
  const meta = await sharp(upload).metadata()
  const width = meta.width ?? 0
  const height = meta.height ?? 0
  const left = Math.max(0, Math.min(width - 1, Math.floor(rect.left * scale)))
  const top = Math.max(0, Math.min(height - 1, Math.floor(rect.top * scale)))
  return sharp(upload)
    .extract({
      left,
      top,
      width: Math.max(1, Math.min(width - left, Math.round(rect.width * scale))),
      height: Math.max(1, Math.min(height - top, Math.round(rect.height * scale)))
    })
    .jpeg({ quality })
    .toBuffer()
}
