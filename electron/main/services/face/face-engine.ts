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
import type { PostCheck } from './post-check'
import type { SpecRequirements } from '../specs/spec-parse'
import { mainLocale, t } from '../i18n/main-language'
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
  /**
   * Measures a returned ID photo and judges it against the spec (post-check.ts), both in the worker, so the main
   * thread only decodes (in libvips) and posts the pixels.
   */
  postCheck(image: RawImage, requirements: SpecRequirements): Promise<PostCheck>
  /** The worker's live tensor count and heap after a full collection, for the memory benchmark and tests. */
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
  return new AppError('FACE_CHECK_UNAVAILABLE', t('face.unavailable'), { cause: new Error(detail) })
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
  return new WorkerFaceEngine(options)
}

/** The engine over one worker thread, restarted on the next call after it dies. */
class WorkerFaceEngine implements FaceEngine {
  private worker: Worker | null = null
  private ready: Promise<{ loadMs: number }> | null = null
  private nextId = 1
  private readonly pending = new Map<number, Pending>()

  constructor(private readonly options: FaceEngineOptions) {}

  start(): Promise<{ loadMs: number }> {
    if (this.ready) return this.ready
    const spawned = spawnWorker(this.options.worker, this.options.assets)
    this.worker = spawned
    this.ready = new Promise((resolve, reject) => this.listen(spawned, resolve, reject))
    // A failed start is reported to the caller that asked, not as an unhandled rejection.
    this.ready.catch(() => undefined)
    return this.ready
  }

  async measure(image: RawImage, measureOptions?: MeasureOptions): Promise<PhotoMeasurement> {
    // The worker works at WORK_EDGE; libvips makes that copy here (off the event loop) far faster than the
    // worker's JavaScript could, and less crosses the thread boundary. Results come back in the caller's pixels.
    const small = await shrink(image)
    // A buffer of exactly the pixels is handed over: no clone of a larger backing store, the caller's kept.
    const data = small === image ? new Uint8Array(image.data) : small.data
    const answer = await this.call(
      { type: 'measure', image: { ...small, data }, ...(measureOptions ? { options: measureOptions } : {}) },
      [data.buffer as ArrayBuffer]
    )
    if (answer.type !== 'result') throw unavailable(`unexpected answer ${answer.type}`)
    return scaleMeasurement(answer.measurement, image.width / small.width, image.width, image.height)
  }

  async postCheck(image: RawImage, requirements: SpecRequirements): Promise<PostCheck> {
    const small = await shrink(image)
    const data = small === image ? new Uint8Array(image.data) : small.data
    const answer = await this.call(
      {
        type: 'post-check',
        image: { ...small, data },
        size: { width: image.width, height: image.height },
        requirements,
        // The worker words the criteria in the language main speaks now.
        locale: mainLocale()
      },
      [data.buffer as ArrayBuffer]
    )
    if (answer.type !== 'post-check') throw unavailable(`unexpected answer ${answer.type}`)
    return answer.check
  }

  async stats(): Promise<{ tensors: number; heapUsed: number }> {
    const answer = await this.call({ type: 'stats' })
    if (answer.type !== 'stats') throw unavailable(`unexpected answer ${answer.type}`)
    return { tensors: answer.tensors, heapUsed: answer.heapUsed }
  }

  async close(): Promise<void> {
    const active = this.worker
    this.worker = null
    this.ready = null
    if (active) await active.terminate()
  }

  private listen(
    spawned: Worker,
    resolve: (value: { loadMs: number }) => void,
    reject: (error: Error) => void
  ): void {
    spawned.on('message', (message: FaceWorkerResponse) => {
      if (message.type === 'ready') {
        // Idle, the worker does not keep the process alive; loading and requests in flight do (see call).
        if (this.pending.size === 0) spawned.unref()
        return resolve({ loadMs: message.loadMs })
      }
      if (message.type === 'failed') return reject(unavailable(message.message))
      const entry = this.pending.get(message.id)
      if (!entry) return
      this.pending.delete(message.id)
      if (message.type === 'error') entry.reject(unavailable(message.message))
      else entry.resolve(message)
    })
    const fail = (detail: string) => {
      reject(unavailable(detail))
      for (const entry of this.pending.values()) entry.reject(unavailable(detail))
      this.pending.clear()
    }
    spawned.on('error', (error) => fail(String(error)))
    spawned.on('exit', (code) => {
      fail(`face worker exited with code ${code}`)
      // The next request starts a fresh worker.
      if (this.worker === spawned) {
        this.worker = null
        this.ready = null
      }
    })
  }

  private async call(
    request: DistributiveOmit<FaceWorkerRequest, 'id'>,
    transfer: ArrayBuffer[] = []
  ): Promise<FaceWorkerResponse> {
    await this.start()
    const active = this.worker
    if (!active) throw unavailable('face worker is not running')
    const id = this.nextId++
    active.ref()
    return new Promise<FaceWorkerResponse>((resolve, reject) => {
      this.pending.set(id, { resolve, reject })
      active.postMessage({ ...request, id }, transfer)
    }).finally(() => {
      if (this.pending.size === 0 && this.worker === active) active.unref()
    })
  }
}
