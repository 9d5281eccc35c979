import { performance } from 'node:perf_hooks'
import { pathToFileURL } from 'node:url'
import sharp from 'sharp'
import { preflightImage } from '../electron/main/services/image/preflight'
import { prepareUpload, toBase64 } from '../electron/main/services/image/prepare-upload'
import { US_PASSPORT } from '../test/helpers/specs'
import type { BenchResult } from './types'

const RUNS = 15
const TARGET_MS = 300
const TARGET_RATIO = 0.2

/**
 * A 6000×4000 (24 MP) JPEG that compresses like a camera photo: smooth gradients, a few soft shapes and
 * per-pixel sensor-like noise, at quality 92, with camera EXIF (make, model, GPS, orientation).
 */
async function cameraJpeg(width: number, height: number, orientation: number): Promise<Buffer> {
  const pixels = Buffer.alloc(width * height * 3)
  let seed = 0x2545f491
  for (let y = 0; y < height; y++) {
    const fy = y / height
    for (let x = 0; x < width; x++) {
      const fx = x / width
      // xorshift32: deterministic noise, so every run benchmarks the same bytes.
      seed ^= seed << 13
      seed ^= seed >>> 17
      seed ^= seed << 5
      const noise = ((seed & 0xff) - 128) / 7
      const dx = fx - 0.5
      const dy = fy - 0.42
      const face = dx * dx * 4 + dy * dy * 2.2 < 0.06 ? 40 : 0
      const i = (y * width + x) * 3
      pixels[i] = 90 + 110 * fx + face + noise
      pixels[i + 1] = 70 + 90 * fy + face * 0.6 + noise
      pixels[i + 2] = 160 - 80 * fx * fy + Math.sin(fx * 40) * 12 + noise
    }
  }
  return sharp(pixels, { raw: { width, height, channels: 3 } })
    .withExif({
      IFD0: { Make: 'BenchCam', Model: 'Z24', Software: 'bench' },
      IFD3: {
        GPSLatitudeRef: 'N',
        GPSLatitude: '48/1 51/1 0/1',
        GPSLongitudeRef: 'E',
        GPSLongitude: '2/1 21/1 0/1'
      }
    })
    .withMetadata({ orientation })
    .jpeg({ quality: 92, mozjpeg: false })
    .toBuffer()
}

function percentile(sorted: number[], p: number): number {
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)
  return sorted[Math.max(0, index)] ?? Number.NaN
}

async function timeRuns(run: () => Promise<unknown>): Promise<{ median: number; p95: number }> {
  await run() // warm-up: the first call loads codecs
  const times: number[] = []
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now()
    await run()
    times.push(performance.now() - start)
  }
  times.sort((a, b) => a - b)
  return { median: round(percentile(times, 50)), p95: round(percentile(times, 95)) }
}

function round(value: number): number {
  return Math.round(value * 10) / 10
}

/** Times pre-flight and upload preparation of a 24-megapixel camera JPEG, and the size of what is sent. */
export async function benchUploadPrep(): Promise<BenchResult[]> {
  const results: BenchResult[] = []
  for (const [label, orientation] of [
    ['landscape, orientation 1', 1],
    ['held sideways, orientation 6', 6]
  ] as const) {
    const input = await cameraJpeg(6000, 4000, orientation)
    const inputLabel = `6000×4000 camera JPEG, ${(input.length / 1e6).toFixed(1)} MB, EXIF+GPS, ${label}`
    const naiveBase64 = Math.ceil(input.length / 3) * 4

    const prep = await timeRuns(() => prepareUpload(input, US_PASSPORT))
    const prepared = await prepareUpload(input, US_PASSPORT)
    const sentBase64 = toBase64(prepared).length
    results.push({
      name: 'upload-prep: prepareUpload (US Passport)',
      input: inputLabel,
      median: prep.median,
      unit: 'ms',
      target: `median ≤ ${TARGET_MS} ms`,
      pass: prep.median <= TARGET_MS,
      extra: { p95: prep.p95, runs: RUNS, output: `${prepared.width}×${prepared.height}` }
    })

    const ratio = sentBase64 / naiveBase64
    results.push({
      name: 'upload-prep: bytes sent vs naive base64',
      input: inputLabel,
      median: Math.round(ratio * 1000) / 1000,
      unit: 'ratio',
      target: `≤ ${TARGET_RATIO} of whole-file base64`,
      pass: ratio <= TARGET_RATIO,
      extra: { sentBase64Chars: sentBase64, naiveBase64Chars: naiveBase64, jpegBytes: prepared.bytes }
    })

    const preflight = await timeRuns(() => preflightImage(input, { spec: US_PASSPORT }))
    results.push({
      name: 'upload-prep: preflightImage',
      input: inputLabel,
      median: preflight.median,
      unit: 'ms',
      target: 'informational (runs before prepareUpload)',
      pass: true,
      extra: { p95: preflight.p95, runs: RUNS }
    })
  }
  return results
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const result of await benchUploadPrep()) console.log(JSON.stringify(result))
}
