// The whole local path for a 24 MP camera JPEG (issue 9), side by side in the same run with the path of the
// idphotoapp sample storefront: the photo decoded in Chromium, drawn on a canvas at 1920 px, JPEG 0.8.
// Ours: pre-flight (header checks), one decode that makes the upload and the analysis pixels, and the face
// analysis in the worker. For reference, the earlier path (preflightImage decodes to check, prepareUpload decodes
// again) is timed too.
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { chromium } from '@playwright/test'
import sharp from 'sharp'
import { specDetails, type SpecEntry } from '../electron/main/demo/passport-photo/spec-catalogue'
import { analyseUpload } from '../electron/main/services/face/analyse-photo'
import { preflightImage } from '../electron/main/services/image/preflight'
import { preparePhoto } from '../electron/main/services/image/prepare-photo'
import { prepareUpload } from '../electron/main/services/image/prepare-upload'
import { parseSpecRequirements, SpecDetailsSchema } from '../electron/main/services/specs/spec-parse'
import { findChromium } from '../scripts/find-chromium.mjs'
import { syntheticPortrait } from '../test/helpers/synthetic-portrait'
import { builtFaceEngine } from './face-analysis'
import type { BenchResult } from './types'

const RUNS = 9
const TARGET = 0.6

/** A 6000×4000 camera-like JPEG (gradient, sensor noise, quality 92, EXIF) with a real-looking head in it. */
export async function camera24mp(): Promise<Buffer> {
  const width = 6000
  const height = 4000
  const portrait = await sharp(await syntheticPortrait({ width: 2400, height: 3000 }))
    .raw()
    .toBuffer()
  const pixels = Buffer.alloc(width * height * 3)
  let seed = 0x2545f491
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      seed ^= seed << 13
      seed ^= seed >>> 17
      seed ^= seed << 5
      const noise = ((seed & 0xff) - 128) / 9
      const i = (y * width + x) * 3
      const px = x - 1800
      const py = y - 1000
      if (px >= 0 && px < 2400 && py >= 0 && py < 3000) {
        const j = (py * 2400 + px) * 3
        pixels[i] = (portrait[j] ?? 0) + noise
        pixels[i + 1] = (portrait[j + 1] ?? 0) + noise
        pixels[i + 2] = (portrait[j + 2] ?? 0) + noise
      } else {
        pixels[i] = 200 + 30 * (x / width) + noise
        pixels[i + 1] = 205 + noise
        pixels[i + 2] = 210 - 20 * (y / height) + noise
      }
    }
  }
  return sharp(pixels, { raw: { width, height, channels: 3 } })
    .withExif({ IFD0: { Make: 'BenchCam', Model: 'Z24' } })
    .jpeg({ quality: 92, mozjpeg: false })
    .toBuffer()
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? Number.NaN
}

/** In the page: bytes → Blob → <img> decode → canvas at 1920 px → JPEG 0.8, timed per run after one warm-up. */
const STOREFRONT_SCRIPT = `async (base64, runs) => {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))
  const blob = new Blob([bytes], { type: 'image/jpeg' })
  const once = async () => {
    const started = performance.now()
    const url = URL.createObjectURL(blob)
    const img = new Image()
    img.src = url
    await img.decode()
    const scale = Math.min(1, 1920 / Math.max(img.naturalWidth, img.naturalHeight))
    const canvas = document.createElement('canvas')
    canvas.width = Math.round(img.naturalWidth * scale)
    canvas.height = Math.round(img.naturalHeight * scale)
    canvas.getContext('2d').drawImage(img, 0, 0, canvas.width, canvas.height)
    const out = await new Promise((resolve) => canvas.toBlob(resolve, 'image/jpeg', 0.8))
    URL.revokeObjectURL(url)
    if (!out || out.size === 0) throw new Error('no JPEG')
    return performance.now() - started
  }
  await once()
  const times = []
  for (let i = 0; i < runs; i++) times.push(await once())
  return times
}`

/** The storefront's path in Debian's Chromium, timed inside the page (the bytes are already a Blob). */
async function storefrontTimes(jpeg: Buffer): Promise<number[]> {
  const found = findChromium()
  if (!found.path) throw new Error(found.error)
  const browser = await chromium.launch({
    executablePath: found.path,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking']
  })
  try {
    const page = await browser.newPage()
    await page.setContent('<canvas></canvas>')
    // A string, not a function: tsx's helpers would not exist in the page.
    const times = (await page.evaluate(
      `(${STOREFRONT_SCRIPT})(${JSON.stringify(jpeg.toString('base64'))}, ${RUNS})`
    )) as number[]
    return times
  } finally {
    await browser.close()
  }
}

/** Runs the side-by-side comparison. */
export async function benchLocalPath(): Promise<BenchResult[]> {
  const jpeg = await camera24mp()
  const specs = JSON.parse(
    readFileSync(fileURLToPath(new URL('../resources/demo/specs.json', import.meta.url)), 'utf8')
  ) as SpecEntry[]
  const entry = specs.find((row) => row.specCode === 'us-passport') as SpecEntry
  const requirements = parseSpecRequirements(SpecDetailsSchema.parse(specDetails(entry)))
  const engine = builtFaceEngine()
  try {
    await engine.start()
    const ours = async () => {
      const prepared = await preparePhoto(jpeg, requirements.spec)
      const analysis = await analyseUpload(engine, prepared.analysis, requirements, {
        uploadWidth: prepared.upload.width
      })
      if (analysis.measurement.faces.length !== 1) throw new Error('the bench photo must have one face')
    }
    const before = async () => {
      await preflightImage(jpeg, { spec: requirements.spec })
      await prepareUpload(jpeg, requirements.spec)
    }
    await ours()
    await before()
    const oursTimes: number[] = []
    const beforeTimes: number[] = []
    for (let i = 0; i < RUNS; i++) {
      let t = performance.now()
      await ours()
      oursTimes.push(performance.now() - t)
      t = performance.now()
      await before()
      beforeTimes.push(performance.now() - t)
    }
    const storefront = median(await storefrontTimes(jpeg))
    const local = median(oursTimes)
    const ratio = local / storefront
    const input = `6000×4000 camera JPEG with a face, ${(jpeg.length / 1e6).toFixed(1)} MB, US Passport`
    return [
      {
        name: 'local path: pre-flight + upload + face analysis vs storefront',
        input,
        median: Math.round(ratio * 100) / 100,
        unit: '× storefront',
        target: `≤ ${TARGET}× (Chromium: decode, canvas 1920 px, JPEG 0.8)`,
        pass: ratio <= TARGET,
        extra: {
          oursMs: Math.round(local),
          storefrontMs: Math.round(storefront),
          earlierPreflightPlusPrepareMs: Math.round(median(beforeTimes)),
          runs: RUNS
        }
      }
    ]
  } finally {
    await engine.close()
  }
}
