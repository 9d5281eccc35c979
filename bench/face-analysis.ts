// Face analysis (issue 9): cold start, time per photo at 1200 px, memory over 200 photos, and the live-camera
// entry at 640 px. The engine runs as the app runs it: the worker that electron-vite builds (out/main/face-worker.js,
// built first when missing), WebAssembly, the models read from node_modules.
import { existsSync, readFileSync } from 'node:fs'
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import sharp from 'sharp'
import { analyseFrame } from '../electron/main/services/face/analyse-photo'
import { collectGarbage } from '../electron/main/services/face/collect-garbage'
import { locateFaceAssets } from '../electron/main/services/face/face-assets'
import { createFaceEngine, type FaceEngine } from '../electron/main/services/face/face-engine'
import type { RawImage } from '../electron/main/services/face/face-types'
import { nodeBin } from '../scripts/node-bin.mjs'
import { syntheticPortrait } from '../test/helpers/synthetic-portrait'
import { US_PASSPORT } from '../test/helpers/specs'
import type { BenchResult } from './types'

const BUILT_WORKER = fileURLToPath(new URL('../out/main/face-worker.js', import.meta.url))
const ASTRONAUT = fileURLToPath(new URL('../test/fixtures/photos/astronaut.png', import.meta.url))

/** The built worker, building the app first when it is missing. */
export function builtFaceEngine(): FaceEngine {
  if (!existsSync(BUILT_WORKER)) {
    // node + the tool's entry point, not npx: spawning npx without a shell fails on Windows.
    const build = spawnSync(process.execPath, [nodeBin('electron-vite'), 'build'], { stdio: 'ignore' })
    if (build.status !== 0) throw new Error('electron-vite build failed')
  }
  return createFaceEngine({ assets: locateFaceAssets(), worker: { path: BUILT_WORKER } })
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? Number.NaN
}

async function raw(input: Buffer | string, edge: number): Promise<RawImage> {
  const { data, info } = await sharp(input)
    .resize(edge, edge, { fit: 'inside' })
    .removeAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true })
  return { data, width: info.width, height: info.height, channels: 3 }
}

/** The 1200 px inputs: two real-photo faces and the drawn portrait, as analysis copies of an upload. */
async function inputs(): Promise<{ label: string; images: RawImage[] }> {
  const images = [await raw(ASTRONAUT, 1200), await raw(await syntheticPortrait(), 1200)]
  const walkIn = fileURLToPath(new URL('../../shared/fixtures/photos/walk-in-portrait.png', import.meta.url))
  const names = ['astronaut 1200×1200', 'synthetic portrait 960×1200']
  if (existsSync(walkIn)) {
    images.push(await raw(readFileSync(walkIn), 1200))
    names.push('walk-in 1200×1200')
  }
  return { label: names.join(', '), images }
}

async function coldStart(): Promise<BenchResult> {
  const times: number[] = []
  const firstPhoto: number[] = []
  const image = await raw(ASTRONAUT, 1200)
  for (let i = 0; i < 5; i++) {
    const engine = builtFaceEngine()
    const started = performance.now()
    await engine.start()
    times.push(performance.now() - started)
    const t = performance.now()
    await engine.measure(image)
    firstPhoto.push(performance.now() - t)
    await engine.close()
  }
  const value = median(times)
  return {
    name: 'face: cold start (worker spawn → models loaded, ready)',
    input: 'blazeface + facemesh + iris from node_modules, tfjs WebAssembly (SIMD)',
    median: value,
    unit: 'ms',
    target: 'median ≤ 500 ms',
    pass: value <= 500,
    // The first photo right after ready waits for the kernels' warm-up as well.
    extra: { runs: 5, firstPhotoRightAfterReadyMs: median(firstPhoto) }
  }
}

/**
 * What the first customer waits for, with the engine started in the background at app start (as the Photos
 * feature does): the first photo's analysis when it arrives 2 s after start (the window shown and a photo
 * dropped; the quickest new-customer counter path is 26 actions), and, as the worst case, the moment start begins.
 */
async function firstCustomer(): Promise<BenchResult> {
  const image = await raw(ASTRONAUT, 1200)
  const wait = async (afterMs: number) => {
    const engine = builtFaceEngine()
    void engine.start().catch(() => undefined)
    await new Promise((resolve) => setTimeout(resolve, afterMs))
    const t = performance.now()
    await engine.measure(image)
    const elapsed = performance.now() - t
    await engine.close()
    return elapsed
  }
  const afterTwoSeconds: number[] = []
  const atOnce: number[] = []
  for (let i = 0; i < 3; i++) {
    afterTwoSeconds.push(await wait(2000))
    atOnce.push(await wait(0))
  }
  const value = median(afterTwoSeconds)
  return {
    name: 'face: first customer’s photo, engine started at app start',
    input: 'astronaut at 1200 px dropped 2 s after start; the engine loads in the background meanwhile',
    median: value,
    unit: 'ms',
    target: 'median ≤ 100 ms (as any later photo)',
    pass: value <= 100,
    extra: { runs: 3, droppedAtStartMs: Math.round(median(atOnce)) }
  }
}

/** Runs the engine benchmarks. */
export async function benchFaceAnalysis(): Promise<BenchResult[]> {
  const results: BenchResult[] = [await coldStart(), await firstCustomer()]
  const engine = builtFaceEngine()
  try {
    await engine.start()
    const { label, images } = await inputs()
    for (const image of images) await engine.measure(image) // the first call per size compiles kernels
    const times: number[] = []
    for (let i = 0; i < 60; i++) {
      const image = images[i % images.length] as RawImage
      const t = performance.now()
      await engine.measure(image)
      times.push(performance.now() - t)
    }
    const perPhoto = median(times)
    results.push({
      name: 'face: analysis per photo at 1200 px',
      input: label,
      median: perPhoto,
      unit: 'ms',
      target: 'median ≤ 100 ms',
      pass: perPhoto <= 100,
      extra: {
        runs: times.length,
        p95: [...times].sort((a, b) => a - b)[Math.floor(times.length * 0.95)] ?? 0
      }
    })

    // One more round first, so the figures start from the engine's steady state; both readings follow a full
    // collection in the worker and here, so they count what is kept, not garbage waiting for the collector.
    for (let i = 0; i < 200; i++) await engine.measure(images[i % images.length] as RawImage)
    const before = await engine.stats()
    collectGarbage()
    const rssBefore = process.memoryUsage().rss
    for (let i = 0; i < 200; i++) await engine.measure(images[i % images.length] as RawImage)
    const after = await engine.stats()
    collectGarbage()
    const growthMb = (process.memoryUsage().rss - rssBefore) / 2 ** 20
    results.push({
      name: 'face: memory over 200 photos',
      input: `${label}, 200 analyses after warm-up`,
      median: Math.round(growthMb * 10) / 10,
      unit: 'MB RSS growth',
      target: 'tensors flat, RSS growth ≤ 20 MB',
      pass: after.tensors === before.tensors && growthMb <= 20,
      extra: {
        tensorsBefore: before.tensors,
        tensorsAfter: after.tensors,
        workerHeapDeltaMb: Math.round(((after.heapUsed - before.heapUsed) / 2 ** 20) * 10) / 10
      }
    })

    const frame = await sharp(ASTRONAUT).resize(640, 480, { fit: 'cover' }).jpeg({ quality: 80 }).toBuffer()
    const requirements = { spec: US_PASSPORT, colour: 'colour' as const, background: null }
    await analyseFrame(engine, frame, requirements)
    const started = performance.now()
    const frames = 30
    for (let i = 0; i < frames; i++) await analyseFrame(engine, frame, requirements)
    const rate = frames / ((performance.now() - started) / 1000)
    results.push({
      name: 'face: live frames (analyseFrame)',
      input: '640×480 JPEG webcam frame, one after another',
      median: Math.round(rate * 10) / 10,
      unit: 'frames/s',
      target: '≥ 5 frames/s',
      pass: rate >= 5,
      extra: { frames }
    })
  } finally {
    await engine.close()
  }
  return results
}
