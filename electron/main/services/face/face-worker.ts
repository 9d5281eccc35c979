/**
 * The face worker (a worker_threads entry, built by electron-vite as out/main/face-worker.js). It owns the
 * WebAssembly engine, so detection and the pixel statistics never block the main process's event loop.
 * Messages: { type: 'measure', id, image, options } → { type: 'result', id, measurement } | { type: 'error', … };
 * { type: 'post-check', id, image, size, requirements } → { type: 'post-check', id, check } (the returned photo
 * measured and judged against the spec here, off the main thread).
 */
import { parentPort, workerData } from 'node:worker_threads'
import { collectGarbage } from './collect-garbage'
import type { FaceAssets } from './face-assets'
import type { PhotoMeasurement, RawImage } from './face-types'
import { createHumanDetector, type HumanDetector } from './human-detector'
import { measureDetections, type MeasureOptions } from './measure-photo'
import { postCheck, type PostCheck } from './post-check'
import type { SpecRequirements } from '../specs/spec-parse'
import { downscale, scaleMeasurement } from './resample'
import { setMainLocale } from '../i18n/main-language'
import type { ResolvedLocale } from '../../../shared/i18n/locale'

/** A request from the main process. */
export type FaceWorkerRequest =
  | { type: 'measure'; id: number; image: RawImage; options?: MeasureOptions }
  | {
      type: 'post-check'
      id: number
      image: RawImage
      /** The photo's own size: `image` may be a smaller copy, and the spec's lengths are in the photo's pixels. */
      size: { width: number; height: number }
      requirements: SpecRequirements
      /** The language main speaks: the criteria are worded in it (a worker has its own copy of main-language). */
      locale?: ResolvedLocale
    }
  | { type: 'stats'; id: number }

/** An answer to the main process. */
export type FaceWorkerResponse =
  | { type: 'ready'; loadMs: number }
  | { type: 'failed'; message: string }
  | { type: 'result'; id: number; measurement: PhotoMeasurement }
  | { type: 'post-check'; id: number; check: PostCheck }
  | { type: 'stats'; id: number; tensors: number; heapUsed: number }
  | { type: 'error'; id: number; message: string }

const port = parentPort
if (!port) throw new Error('face-worker.ts must run as a worker thread')

const started = performance.now()
let detector: HumanDetector | null = null
const loading = createHumanDetector(workerData as FaceAssets).then(
  (loaded) => {
    detector = loaded
    port.postMessage({ type: 'ready', loadMs: performance.now() - started } satisfies FaceWorkerResponse)
    // Ready means the models are loaded; the kernels and the whole pipeline are warmed next, ahead of any request
    // in the queue, so an engine started early (at app launch) has its first photo about as fast as the rest.
    // A warm-up that fails only costs the first photo its speed: the requests behind it must still run.
    return loaded.warmUp().catch(() => undefined)
  },
  (error: unknown) => {
    port.postMessage({ type: 'failed', message: String(error) } satisfies FaceWorkerResponse)
  }
)

// One request at a time: the engine is single-threaded, and order keeps results matched to requests.
let queue: Promise<void> = loading
port.on('message', (request: FaceWorkerRequest) => {
  queue = queue.then(() => handle(request))
})

async function handle(request: FaceWorkerRequest): Promise<void> {
  if (request.type === 'stats') {
    collectGarbage()
    port?.postMessage({
      type: 'stats',
      id: request.id,
      tensors: detector?.tensorCount() ?? 0,
      heapUsed: process.memoryUsage().heapUsed
    } satisfies FaceWorkerResponse)
    return
  }
  try {
    if (!detector) throw new Error('the face engine did not load')
    const t0 = performance.now()
    const { image, factor } = downscale(request.image)
    const faces = await detector.detect(image)
    const measured = measureDetections(image, faces, 0, request.type === 'measure' ? request.options : {})
    const measurement = scaleMeasurement(measured, factor, request.image.width, request.image.height)
    measurement.elapsedMs = performance.now() - t0
    if (request.type === 'post-check') {
      const { width, height } = request.size
      const inPhoto = scaleMeasurement(measurement, width / request.image.width, width, height)
      if (request.locale) setMainLocale(request.locale)
      const check = postCheck(inPhoto, request.requirements)
      port?.postMessage({ type: 'post-check', id: request.id, check } satisfies FaceWorkerResponse)
      return
    }
    port?.postMessage({ type: 'result', id: request.id, measurement } satisfies FaceWorkerResponse)
  } catch (error) {
    port?.postMessage({ type: 'error', id: request.id, message: String(error) } satisfies FaceWorkerResponse)
  }
}
