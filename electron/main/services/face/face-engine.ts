import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { Worker } from 'node:worker_threads'
import sharp from 'sharp'
import { AppError } from '../../../shared/errors'
import type { FaceAssets } from './face-assets'
import type { PhotoMeasurement, RawImage } from './face-types'
import type { FaceWorkerRequest, FaceWorkerResponse } from './face-worker'
import type { MeasureOptions } from './measure-photo'
import { scaleMeasurement, WORK_EDGE } from './resample'

/** How to start the face worker. */
export interface FaceWorkerEntry {
  /** The worker script: out/main/face-worker.js in a build, face-worker.ts when running from source. */
  path: string
  /** A module (file URL) that registers a TypeScript loader in the worker before the script loads. */
  loader?: string
}

/** Dependencies of the face engine: where its files are and how to start its worker. */
export interface FaceEngineOptions {
  assets: FaceAssets
  worker: FaceWorkerEntry
}

/** Local face analysis, off the main thread. One worker; requests are answered in order. */
export interface FaceEngine {
  /** Starts the worker and loads the models (done on first use anyway); resolves with the cold-start time. */
  start(): Promise<{ loadMs: number }>
  /** Detects and measures the faces in decoded pixels. The caller's buffer is copied, never taken. */
  measure(image: RawImage, options?: MeasureOptions): Promise<PhotoMeasurement>
  /** The worker's live tensor count and heap, for the memory benchmark. */
  stats(): Promise<{ tensors: number; heapUsed: number }>
  /** Stops the worker; a later call starts a new one. */
  close(): Promise<void>
}

/** The worker entry when running from TypeScript source (Vitest, tsx, the harness): tsx loads it. */
export function sourceWorkerEntry(): FaceWorkerEntry {
  const require = createRequire(import.meta.url)
  return {
    path: fileURLToPath(new URL('./face-worker.ts', import.meta.url)),
    // tsx's ESM API ("tsx/esm/api", import condition); require.resolve would pick its CommonJS twin.
    loader: pathToFileURL(join(dirname(require.resolve('tsx/package.json')), 'dist/esm/api/index.mjs')).href
  }
}

/** Starts the worker; from source, a two-line bootstrap registers tsx in the worker, then imports the script. */
function spawnWorker(entry: FaceWorkerEntry, assets: FaceAssets): Worker {
  if (!entry.loader) return new Worker(entry.path, { workerData: assets })
  const bootstrap =
    `import(${JSON.stringify(entry.loader)}).then((tsx) => { tsx.register(); ` +
    `return import(${JSON.stringify(pathToFileURL(entry.path).href)}) })`
  return new Worker(bootstrap, { eval: true, workerData: assets })
}

function unavailable(detail: string): AppError {
  return new AppError(
    'FACE_CHECK_UNAVAILABLE',
    'The local face check could not run, so this photo was not checked before sending. ' +
      'You can still send it; restart the app if this keeps happening.',
    { cause: new Error(detail) }
  )
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never

interface Pending {
  resolve(value: FaceWorkerResponse): void
  reject(error: Error): void
}

async function shrink(image: RawImage): Promise<RawImage> {
  if (Math.max(image.width, image.height) <= WORK_EDGE) return image
  const { data, info } = await sharp(image.data, {
    raw: { width: image.width, height: image.height, channels: image.channels }
  })
    .resize(WORK_EDGE, WORK_EDGE, { fit: 'inside' })
    .removeAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true })
  // A fresh buffer of its own (sharp may hand out a view on a larger one), so it can be transferred.
  return { data: new Uint8Array(data), width: info.width, height: info.height, channels: 3 }
}

/** Creates the engine; the worker starts on first use. */
export function createFaceEngine(options: FaceEngineOptions): FaceEngine {
  let worker: Worker | null = null
  let ready: Promise<{ loadMs: number }> | null = null
  let nextId = 1
  const pending = new Map<number, Pending>()

  function failAll(detail: string): void {
    for (const entry of pending.values()) entry.reject(unavailable(detail))
    pending.clear()
  }

  function start(): Promise<{ loadMs: number }> {
    if (ready) return ready
    const spawned = spawnWorker(options.worker, options.assets)
    worker = spawned
    ready = new Promise((resolve, reject) => {
      spawned.on('message', (message: FaceWorkerResponse) => {
        if (message.type === 'ready') {
          // Idle, the worker does not keep the process alive; loading and requests in flight do (see call).
          if (pending.size === 0) spawned.unref()
          return resolve({ loadMs: message.loadMs })
        }
        if (message.type === 'failed') return reject(unavailable(message.message))
        const entry = pending.get(message.id)
        if (!entry) return
        pending.delete(message.id)
        if (message.type === 'error') entry.reject(unavailable(message.message))
        else entry.resolve(message)
      })
      spawned.on('error', (error) => {
        reject(unavailable(String(error)))
        failAll(String(error))
      })
      spawned.on('exit', (code) => {
        reject(unavailable(`face worker exited with code ${code}`))
        failAll(`face worker exited with code ${code}`)
        // The next request starts a fresh worker.
        if (worker === spawned) {
          worker = null
          ready = null
        }
      })
    })
    // A failed start is reported to the caller that asked, not as an unhandled rejection.
    ready.catch(() => undefined)
    return ready
  }

  async function call(request: DistributiveOmit<FaceWorkerRequest, 'id'>, transfer: ArrayBuffer[] = []) {
    await start()
    const active = worker
    if (!active) throw unavailable('face worker is not running')
    const id = nextId++
    active.ref()
    return new Promise<FaceWorkerResponse>((resolve, reject) => {
      pending.set(id, { resolve, reject })
      active.postMessage({ ...request, id }, transfer)
    }).finally(() => {
      if (pending.size === 0 && worker === active) active.unref()
    })
  }

  return {
    start,
    async measure(image, measureOptions) {
      // The worker works at WORK_EDGE; libvips makes that copy here (off the event loop) far faster than the
      // worker's JavaScript could, and less crosses the thread boundary. Results come back in the caller's pixels.
      const small = await shrink(image)
      // A buffer of exactly the pixels is handed over: no clone of a larger backing store, the caller's kept.
      const data = small === image ? new Uint8Array(image.data) : small.data
      const answer = await call(
        {
          type: 'measure',
          image: { ...small, data },
          ...(measureOptions ? { options: measureOptions } : {})
        },
        [data.buffer as ArrayBuffer]
      )
      if (answer.type !== 'result') throw unavailable(`unexpected answer ${answer.type}`)
      return scaleMeasurement(answer.measurement, image.width / small.width, image.width, image.height)
    },
    async stats() {
      const answer = await call({ type: 'stats' })
      if (answer.type !== 'stats') throw unavailable(`unexpected answer ${answer.type}`)
      return { tensors: answer.tensors, heapUsed: answer.heapUsed }
    },
    async close() {
      const active = worker
      worker = null
      ready = null
      if (active) await active.terminate()
    }
  }
}
