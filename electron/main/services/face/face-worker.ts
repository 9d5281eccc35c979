/**
 * The face worker (a worker_threads entry, built by electron-vite as out/main/face-worker.js). It owns the
 * WebAssembly engine, so detection and the pixel statistics never block the main process's event loop.
 * Messages: { type: 'measure', id, image, options } → { type: 'result', id, measurement } | { type: 'error', … }.
 */
import { parentPort, workerData } from 'node:worker_threads'
import type { FaceAssets } from './face-assets'
import type { PhotoMeasurement, RawImage } from './face-types'
import { createHumanDetector, type HumanDetector } from './human-detector'
import { measureDetections, type MeasureOptions } from './measure-photo'
import { downscale, scaleMeasurement } from './resample'

/** A request from the main process. */
export type FaceWorkerRequest =
  { type: 'measure'; id: number; image: RawImage; options?: MeasureOptions } | { type: 'stats'; id: number }

/** An answer to the main process. */
export type FaceWorkerResponse =
  | { type: 'ready'; loadMs: number }
  | { type: 'failed'; message: string }
  | { type: 'result'; id: number; measurement: PhotoMeasurement }
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
    // Ready means the models are loaded; the kernels are warmed next, ahead of any request in the queue, so an
    // engine started early (at app launch) has its first photo as fast as the rest.
    loaded.warmUp()
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
    const measured = measureDetections(image, faces, 0, request.options)
    const measurement = scaleMeasurement(measured, factor, request.image.width, request.image.height)
    measurement.elapsedMs = performance.now() - t0
    port?.postMessage({ type: 'result', id: request.id, measurement } satisfies FaceWorkerResponse)
  } catch (error) {
    port?.postMessage({ type: 'error', id: request.id, message: String(error) } satisfies FaceWorkerResponse)
  }
}
