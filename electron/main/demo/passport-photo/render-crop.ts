import sharp from 'sharp'
import type { PaletteColour, Rgb } from '../../services/face/background'
import { isBackground } from '../../services/face/background'
import type { Rect } from '../../services/face/face-types'

/** A packed 3-channel image. */
export interface RgbImage {
  data: Uint8Array
  width: number
  height: number
}

/** A face's ellipse (centre and radii) in source pixels: never repainted as background. */
export interface FaceEllipse {
  cx: number
  cy: number
  rx: number
  ry: number
}

/** Largest colour change between neighbouring pixels that the background fill flows across. */
const STEP_DISTANCE = 10

/**
 * Draws the crop at the output size on a canvas of the spec's background colour (so a crop that runs past
 * the photo is padded with it), then repaints the background: every background-coloured pixel connected to
 * the edge, so a white shirt inside the outline keeps its colour.
 */
export async function renderCrop(
  full: RgbImage,
  crop: Rect,
  face: FaceEllipse,
  outW: number,
  outH: number,
  fill: Rgb,
  palette: PaletteColour[]
): Promise<RgbImage> {
  const out = new Uint8Array(outW * outH * 3)
  const padding = new Uint8Array(outW * outH).fill(1)
  for (let p = 0; p < outW * outH; p++) {
    out[p * 3] = fill.r
    out[p * 3 + 1] = fill.g
    out[p * 3 + 2] = fill.b
  }
  const scale = outW / crop.width
  const left = Math.max(0, Math.floor(crop.left))
  const top = Math.max(0, Math.floor(crop.top))
  const right = Math.min(full.width, Math.ceil(crop.left + crop.width))
  const bottom = Math.min(full.height, Math.ceil(crop.top + crop.height))
  const dx = Math.round((left - crop.left) * scale)
  const dy = Math.round((top - crop.top) * scale)
  const dw = Math.round((right - left) * scale)
  const dh = Math.round((bottom - top) * scale)
  if (right > left && bottom > top && dw > 0 && dh > 0) {
    const region = await sharp(full.data, { raw: { width: full.width, height: full.height, channels: 3 } })
      .extract({ left, top, width: right - left, height: bottom - top })
      .resize(dw, dh, { fit: 'fill' })
      .raw()
      .toBuffer()
    for (let y = Math.max(0, dy); y < Math.min(outH, dy + dh); y++) {
      const sy = y - dy
      const x0 = Math.max(0, dx)
      const x1 = Math.min(outW, dx + dw)
      if (x1 <= x0) continue
      const from = (sy * dw + (x0 - dx)) * 3
      out.set(region.subarray(from, from + (x1 - x0) * 3), (y * outW + x0) * 3)
      padding.fill(0, y * outW + x0, y * outW + x1)
    }
  }
  // The face is never repainted, however close light skin comes to a beige wall.
  const protectedArea = new Uint8Array(outW * outH)
  const cx = (face.cx - crop.left) * scale
  const cy = (face.cy - crop.top) * scale
  const rx = face.rx * scale * 1.05
  const ry = face.ry * scale * 1.05
  for (let y = Math.max(0, Math.floor(cy - ry)); y < Math.min(outH, Math.ceil(cy + ry)); y++) {
    for (let x = Math.max(0, Math.floor(cx - rx)); x < Math.min(outW, Math.ceil(cx + rx)); x++) {
      if (((x - cx) / rx) ** 2 + ((y - cy) / ry) ** 2 <= 1) protectedArea[y * outW + x] = 1
    }
  }
  repaintBackground(out, padding, protectedArea, outW, outH, fill, palette)
  return { data: out, width: outW, height: outH }
}

function repaintBackground(
  out: Uint8Array,
  padding: Uint8Array,
  protectedArea: Uint8Array,
  w: number,
  h: number,
  fill: Rgb,
  palette: PaletteColour[]
): void {
  const seen = new Uint8Array(w * h)
  const stack = new Int32Array(w * h)
  let sp = 0
  const painted: number[] = []
  // A step is allowed into padding, or into a background-coloured pixel that is close to the one it comes
  // from: the fill flows across a smooth wall or door but stops at the outline of a grey shirt.
  const step = (from: number, p: number): void => {
    if (seen[p] === 1 || protectedArea[p] === 1) return
    let ok = padding[p] === 1
    if (!ok && isBackground(out, p * 3, palette)) {
      if (from < 0 || padding[from] === 1) ok = true
      else {
        const dr = (out[p * 3] ?? 0) - (out[from * 3] ?? 0)
        const dg = (out[p * 3 + 1] ?? 0) - (out[from * 3 + 1] ?? 0)
        const db = (out[p * 3 + 2] ?? 0) - (out[from * 3 + 2] ?? 0)
        ok = dr * dr + dg * dg + db * db < STEP_DISTANCE * STEP_DISTANCE
      }
    }
    if (!ok) return
    seen[p] = 1
    stack[sp++] = p
  }
  // Not from the bottom edge: that is where the body is cut off, and skin or a shirt can match the wall.
  for (let x = 0; x < w; x++) step(-1, x)
  for (let y = 0; y < h; y++) {
    step(-1, y * w)
    step(-1, y * w + w - 1)
  }
  while (sp > 0) {
    const p = stack[--sp] ?? 0
    painted.push(p)
    const x = p % w
    if (x > 0) step(p, p - 1)
    if (x < w - 1) step(p, p + 1)
    if (p >= w) step(p, p - w)
    if (p < (h - 1) * w) step(p, p + w)
  }
  // Paint after the walk, so the steps compare original colours.
  for (const p of painted) {
    out[p * 3] = fill.r
    out[p * 3 + 1] = fill.g
    out[p * 3 + 2] = fill.b
  }
}
