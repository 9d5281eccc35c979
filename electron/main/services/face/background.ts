import type { RawImage } from './face-types'

/** An RGB colour. */
export interface Rgb {
  r: number
  g: number
  b: number
}

/** A background colour and how far (RGB distance) a pixel may be from it and still count as background. */
export interface PaletteColour extends Rgb {
  limit: number
}

/** A horizontal span of columns [from, to) left out of the top band: where the head may touch the top edge. */
export interface ColumnSpan {
  from: number
  to: number
}

/**
 * Distance below which a pixel counts as background colour: 30 for a light backdrop, less for a dark one,
 * because in a dim photo every colour is squeezed together and a fixed distance would swallow the face.
 */
function backgroundLimit(c: Rgb): number {
  return Math.min(30, Math.max(12, 8 + 0.12 * (0.2126 * c.r + 0.7152 * c.g + 0.0722 * c.b)))
}

/** Rec. 709 luma of the pixel at byte offset i. */
export function lumaAt(data: Uint8Array, i: number): number {
  return 0.2126 * (data[i] ?? 0) + 0.7152 * (data[i + 1] ?? 0) + 0.0722 * (data[i + 2] ?? 0)
}

/**
 * Up to eight colours that make up the background: the top band and the upper side bands (a wall, a door, a
 * backdrop), leaving out the columns in `skip` (above the head, where hair may reach the top edge).
 */
export function estimateBackground(img: RawImage, skip: ColumnSpan | null = null): PaletteColour[] {
  const { data, width, height, channels } = img
  const buckets = new Map<number, { n: number; r: number; g: number; b: number }>()
  let samples = 0
  const band = Math.max(1, Math.round(Math.min(width, height) * 0.08))
  // Every other pixel is plenty for a palette and halves the work on a large photo.
  const step = Math.max(1, Math.floor(Math.min(width, height) / 400))
  for (let y = 0; y < Math.round(height * 0.6); y += step) {
    for (let x = 0; x < width; x += step) {
      const inSide = x < band || x >= width - band
      if (!inSide && (y >= band || (skip && x >= skip.from && x < skip.to))) continue
      const i = (y * width + x) * channels
      const r = data[i] ?? 0
      const g = data[i + 1] ?? 0
      const b = data[i + 2] ?? 0
      const key = ((r >> 4) << 8) | ((g >> 4) << 4) | (b >> 4)
      const bucket = buckets.get(key) ?? { n: 0, r: 0, g: 0, b: 0 }
      bucket.n++
      bucket.r += r
      bucket.g += g
      bucket.b += b
      buckets.set(key, bucket)
      samples++
    }
  }
  const sorted = [...buckets.values()].sort((a, b) => b.n - a.n)
  const palette: PaletteColour[] = []
  let covered = 0
  for (const bucket of sorted) {
    if (palette.length >= 8 || covered >= samples * 0.95 || bucket.n < samples * 0.01) break
    const colour = { r: bucket.r / bucket.n, g: bucket.g / bucket.n, b: bucket.b / bucket.n }
    palette.push({ ...colour, limit: backgroundLimit(colour) })
    covered += bucket.n
  }
  return palette
}

/** True when the pixel at byte offset i is within the limit of a palette colour. */
export function isBackground(data: Uint8Array, i: number, palette: PaletteColour[]): boolean {
  const r = data[i] ?? 0
  const g = data[i + 1] ?? 0
  const b = data[i + 2] ?? 0
  for (const c of palette) {
    const dr = r - c.r
    const dg = g - c.g
    const db = b - c.b
    if (dr * dr + dg * dg + db * db < c.limit * c.limit) return true
  }
  return false
}
