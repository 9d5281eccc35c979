import type { CrownEstimate, MeasuredFace, PhotoMeasurement, Point, RawImage } from './face-types'

/**
 * The long side the worker detects and measures at. Larger inputs are averaged down first: the detector's cost
 * grows with the input (its rotation step works on the whole frame; 1200 px cost about 3× the CPU of 800 px, and
 * 640 px another 15 % less) while its precision is set by the face crop it resamples to 192 px anyway. At 640 px a
 * head that fills a third of the frame is still 210 px tall; the hand-measured fixtures stay within tolerance.
 */
export const WORK_EDGE = 640

/** Averages an image down so its long side is at most `edge` (box filter; RGB out). Returns it as is when small. */
export function downscale(img: RawImage, edge: number = WORK_EDGE): { image: RawImage; factor: number } {
  const long = Math.max(img.width, img.height)
  if (long <= edge) return { image: img, factor: 1 }
  const factor = long / edge
  const width = Math.max(1, Math.round(img.width / factor))
  const height = Math.max(1, Math.round(img.height / factor))
  // Separable box filter: columns first into a float row buffer per output row, then rows.
  const out = new Uint8Array(width * height * 3)
  const { data, channels } = img
  const xStart = new Int32Array(width + 1)
  for (let x = 0; x <= width; x++) xStart[x] = Math.min(img.width, Math.floor((x * img.width) / width))
  const acc = new Float64Array(width * 3)
  for (let y = 0; y < height; y++) {
    const y0 = Math.floor((y * img.height) / height)
    const y1 = Math.max(y0 + 1, Math.floor(((y + 1) * img.height) / height))
    acc.fill(0)
    for (let yy = y0; yy < y1; yy++) {
      const row = yy * img.width * channels
      for (let x = 0; x < width; x++) {
        const xa = xStart[x] as number
        const xb = Math.max(xa + 1, xStart[x + 1] as number)
        let r = 0
        let g = 0
        let b = 0
        for (let i = row + xa * channels, end = row + xb * channels; i < end; i += channels) {
          r += data[i] as number
          g += data[i + 1] as number
          b += data[i + 2] as number
        }
        const k = 1 / (xb - xa)
        acc[x * 3] = (acc[x * 3] as number) + r * k
        acc[x * 3 + 1] = (acc[x * 3 + 1] as number) + g * k
        acc[x * 3 + 2] = (acc[x * 3 + 2] as number) + b * k
      }
    }
    const k = 1 / (y1 - y0)
    const o = y * width * 3
    for (let j = 0; j < width * 3; j++) out[o + j] = (acc[j] as number) * k
  }
  return { image: { data: out, width, height, channels: 3 }, factor: img.width / width }
}

function scalePoint(p: Point, k: number): Point {
  return { x: p.x * k, y: p.y * k }
}

function scaleFace(face: MeasuredFace, k: number): MeasuredFace {
  const crown: CrownEstimate = { ...face.crown, point: scalePoint(face.crown.point, k) }
  return {
    ...face,
    box: {
      left: face.box.left * k,
      top: face.box.top * k,
      width: face.box.width * k,
      height: face.box.height * k
    },
    eyes: [scalePoint(face.eyes[0], k), scalePoint(face.eyes[1], k)],
    forehead: scalePoint(face.forehead, k),
    chin: scalePoint(face.chin, k),
    noseTip: scalePoint(face.noseTip, k),
    outline: face.outline.map((p) => scalePoint(p, k)),
    crown
  }
}

/** A measurement made on a downscaled copy, in the original image's pixels. */
export function scaleMeasurement(
  measurement: PhotoMeasurement,
  k: number,
  width: number,
  height: number
): PhotoMeasurement {
  if (k === 1) return measurement
  return { ...measurement, width, height, faces: measurement.faces.map((face) => scaleFace(face, k)) }
}
