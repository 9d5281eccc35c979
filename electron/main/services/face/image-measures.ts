import { lumaAt } from './background'
import type { BackgroundMeasure, CrownEstimate, DetectedFace, FaceLighting, RawImage } from './face-types'

/** The face is resampled to this width before the focus measure, so it does not depend on the photo's size. */
const SHARPNESS_WIDTH = 96

function clampInt(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(max, Math.round(value)))
}

/** The inner face: between the outer eye corners (widened a little), from just above the eyes to the mouth. */
function innerFace(face: DetectedFace): { left: number; right: number; top: number; bottom: number } {
  const [a, b] = face.eyes
  const eyeDistance = Math.hypot(b.x - a.x, b.y - a.y)
  const eyeY = (a.y + b.y) / 2
  return {
    left: a.x - eyeDistance * 0.45,
    right: b.x + eyeDistance * 0.45,
    top: eyeY - eyeDistance * 0.15,
    bottom: eyeY + (face.chin.y - eyeY) * 0.7
  }
}

/** Mean luma over the inner face and its two halves, split at the nose tip. */
export function measureLighting(img: RawImage, face: DetectedFace): FaceLighting {
  const area = innerFace(face)
  const x0 = clampInt(area.left, 0, img.width)
  const x1 = clampInt(area.right, 0, img.width)
  const y0 = clampInt(area.top, 0, img.height)
  const y1 = clampInt(area.bottom, 0, img.height)
  const middle = face.noseTip.x
  let left = 0
  let leftN = 0
  let right = 0
  let rightN = 0
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) {
      const v = lumaAt(img.data, (y * img.width + x) * img.channels)
      if (x < middle) {
        left += v
        leftN++
      } else {
        right += v
        rightN++
      }
    }
  }
  const n = leftN + rightN
  return {
    mean: n > 0 ? (left + right) / n : 0,
    left: leftN > 0 ? left / leftN : 0,
    right: rightN > 0 ? right / rightN : 0
  }
}

/**
 * Focus over the face: the face (outline box) is averaged down to 96 px wide, and the standard deviation of the
 * Laplacian is taken there. A sharp face has crisp eyes, lashes and lip edges; a blurred one does not.
 */
export function measureSharpness(img: RawImage, face: DetectedFace): number {
  const xs = face.outline.map((p) => p.x)
  const left = clampInt(xs.length > 0 ? Math.min(...xs) : face.box.left, 0, img.width - 1)
  const right = clampInt(
    xs.length > 0 ? Math.max(...xs) : face.box.left + face.box.width,
    left + 1,
    img.width
  )
  const top = clampInt(face.forehead.y, 0, img.height - 1)
  const bottom = clampInt(face.chin.y, top + 1, img.height)
  const w = SHARPNESS_WIDTH
  const h = Math.max(8, Math.round((w * (bottom - top)) / (right - left)))
  const small = new Float32Array(w * h)
  const sx = (right - left) / w
  const sy = (bottom - top) / h
  for (let ty = 0; ty < h; ty++) {
    const ya = top + Math.floor(ty * sy)
    const yb = Math.max(ya + 1, top + Math.floor((ty + 1) * sy))
    for (let tx = 0; tx < w; tx++) {
      const xa = left + Math.floor(tx * sx)
      const xb = Math.max(xa + 1, left + Math.floor((tx + 1) * sx))
      let sum = 0
      let n = 0
      for (let y = ya; y < yb; y++) {
        for (let x = xa; x < xb; x++) {
          sum += lumaAt(img.data, (y * img.width + x) * img.channels)
          n++
        }
      }
      small[ty * w + tx] = n > 0 ? sum / n : 0
    }
  }
  let sum = 0
  let sumSq = 0
  let n = 0
  for (let y = 1; y < h - 1; y++) {
    for (let x = 1; x < w - 1; x++) {
      const i = y * w + x
      const lap =
        4 * (small[i] ?? 0) -
        (small[i - 1] ?? 0) -
        (small[i + 1] ?? 0) -
        (small[i - w] ?? 0) -
        (small[i + w] ?? 0)
      sum += lap
      sumSq += lap * lap
      n++
    }
  }
  if (n === 0) return 0
  const mean = sum / n
  return Math.sqrt(Math.max(0, sumSq / n - mean * mean))
}

/** 99th percentile of max − min channel over the photo (every few pixels): near 0 for a greyscale photo. */
export function measureChroma(img: RawImage): number {
  const histogram = new Uint32Array(256)
  const pixels = img.width * img.height
  const step = Math.max(1, Math.floor(pixels / 200_000))
  let n = 0
  for (let p = 0; p < pixels; p += step) {
    const i = p * img.channels
    const r = img.data[i] ?? 0
    const g = img.data[i + 1] ?? 0
    const b = img.data[i + 2] ?? 0
    const chroma = Math.max(r, g, b) - Math.min(r, g, b)
    histogram[chroma] = (histogram[chroma] ?? 0) + 1
    n++
  }
  let seen = 0
  for (let c = 0; c < 256; c++) {
    seen += histogram[c] ?? 0
    if (seen >= n * 0.99) return c
  }
  return 255
}

/**
 * The background beside and above the head: the band above the crown across the whole width, and the bands
 * beside the head (clear of hair by a third of a face width) from the crown down to the eyes. Shoulders start
 * below the chin, so they are never sampled.
 */
export function measureBackground(
  img: RawImage,
  face: DetectedFace,
  crown: CrownEstimate
): BackgroundMeasure {
  const xs = face.outline.map((p) => p.x)
  const faceLeft = xs.length > 0 ? Math.min(...xs) : face.box.left
  const faceRight = xs.length > 0 ? Math.max(...xs) : face.box.left + face.box.width
  const margin = (faceRight - faceLeft) * 0.35
  const edge = Math.max(1, Math.round(Math.min(img.width, img.height) * 0.01))
  const crownY = Math.max(0, crown.point.y)
  const aboveEnd = crownY - (face.chin.y - crownY) * 0.04
  const eyesY = (face.eyes[0].y + face.eyes[1].y) / 2
  // About 150 samples across the short side: plenty for a mean and a spread, and quick.
  const step = Math.max(1, Math.round(Math.min(img.width, img.height) / 150))
  const rows = { from: edge, to: Math.min(img.height - edge, eyesY) }
  const visit = (each: (i: number) => void): void => {
    for (let y = rows.from; y < rows.to; y += step) {
      const above = y < aboveEnd
      for (let x = edge; x < img.width - edge; x += step) {
        if (above || x < faceLeft - margin || x > faceRight + margin) each((y * img.width + x) * img.channels)
      }
    }
  }
  let n = 0
  let r = 0
  let g = 0
  let b = 0
  visit((i) => {
    r += img.data[i] ?? 0
    g += img.data[i + 1] ?? 0
    b += img.data[i + 2] ?? 0
    n++
  })
  if (n === 0) return { mean: { r: 0, g: 0, b: 0 }, uniformity: 0, samples: 0 }
  const mean = { r: r / n, g: g / n, b: b / n }
  let close = 0
  visit((i) => {
    const dr = (img.data[i] ?? 0) - mean.r
    const dg = (img.data[i + 1] ?? 0) - mean.g
    const db = (img.data[i + 2] ?? 0) - mean.b
    if (dr * dr + dg * dg + db * db < 144) close++
  })
  return { mean, uniformity: close / n, samples: n }
}
