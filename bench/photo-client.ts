// The Passport Photo client's own cost, and the job queue's concurrency, against the demo over real HTTP.
// (a) per-photo client overhead with a fixed 2 s injected latency: end-to-end − time inside the demo service
//     (which holds the 2 s latency plus its processing), as a % of end-to-end. Target ≤ 5 %.
// (b) 20 photos at concurrency 4 through the JobQueue with the same latency: total vs the ideal
//     (5 rounds × one photo's time through the same queue alone). Target ≤ 1.2×.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { createDemoService, DEMO_CREDENTIALS, startDemoHttpServer } from '../electron/main/demo'
import { createDefaultRunJob } from '../electron/main/services/jobs/default-run-job'
import { openJobQueue } from '../electron/main/services/jobs/job-queue'
import { openStudioDatabase } from '../electron/main/services/db/open-database'
import { openJobHistory } from '../electron/main/features/history-store'
import { createNoticeBoard } from '../electron/main/services/notices/notice-board'
import { createImageDownloader, httpsOnly } from '../electron/main/services/passport-photo/image-download'
import { createPassportPhotoClient } from '../electron/main/services/passport-photo/passport-photo-client'
import { createSpecCatalogue } from '../electron/main/services/passport-photo/spec-catalogue'
import { prepareUpload, toBase64 } from '../electron/main/services/image/prepare-upload'
import { syntheticPortrait } from '../test/helpers/synthetic-portrait'
import type { BenchResult } from './types'

const LATENCY_MS = 2000
const CLIENT_RUNS = 7
const QUEUE_PHOTOS = 20
const CONCURRENCY = 4

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

/** Runs both measurements; see the file header. */
export async function benchPhotoClient(): Promise<BenchResult[]> {
  const inner = createDemoService({
    resourcesDir: fileURLToPath(new URL('../resources/demo', import.meta.url))
  })
  // Time spent inside the service (injected latency + processing), per request path, to subtract from end-to-end.
  const serverMs: Record<string, number[]> = {}
  const service = {
    ...inner,
    async handle(request: Request) {
      const start = performance.now()
      const response = await inner.handle(request)
      const path = new URL(request.url).pathname
      ;(serverMs[path] ??= []).push(performance.now() - start)
      return response
    }
  }
  const server = await startDemoHttpServer({ service, port: 0 })
  const dataDir = await mkdtemp(join(tmpdir(), 'bench-photo-client-'))
  const stores: { close(): Promise<void> }[] = []
  try {
    inner.faults.add({ target: 'passport-photo', path: '/v2/makeIdPhoto', latencyMs: LATENCY_MS })
    const client = createPassportPhotoClient({
      fetch,
      baseUrl: () => server.url,
      credentials: async () => ({ ...DEMO_CREDENTIALS.passportPhoto })
    })
    const portrait = await syntheticPortrait()
    const imageBase64 = toBase64(await prepareUpload(portrait, null))

    // (a) client overhead
    await client.makeIdPhoto({ imageBase64, specCode: 'us-passport', outputFormat: 'IMAGE_BASE64' }) // warm-up
    serverMs['/v2/makeIdPhoto'] = []
    const overheadPct: number[] = []
    const endToEnd: number[] = []
    const processing: number[] = []
    for (let i = 0; i < CLIENT_RUNS; i++) {
      const start = performance.now()
      await client.makeIdPhoto({ imageBase64, specCode: 'us-passport', outputFormat: 'IMAGE_BASE64' })
      const total = performance.now() - start
      const inside = serverMs['/v2/makeIdPhoto']!.at(-1)!
      endToEnd.push(total)
      processing.push(inside - LATENCY_MS)
      overheadPct.push(((total - inside) / total) * 100)
    }
    const overhead = median(overheadPct)

    // (b) queue concurrency
    inner.reset()
    inner.faults.add({ target: 'passport-photo', path: '/v2/makeIdPhoto', latencyMs: LATENCY_MS })
    const origin = new URL(server.url).origin
    const downloadImage = createImageDownloader({
      fetch,
      allowedUrl: (u) => httpsOnly(u) || u.origin === origin
    })
    const catalogue = createSpecCatalogue({ source: client, dataDir })
    const runJob = createDefaultRunJob({
      client,
      downloadImage,
      specDetails: (code) => catalogue.details(code)
    })
    const store = await openStudioDatabase({ dataDir })
    stores.push(store)
    const notices = createNoticeBoard()
    const repository = await openJobHistory({ store, notices, dataDir, now: Date.now })
    const queue = await openJobQueue({ dataDir, runJob, repository, concurrency: CONCURRENCY })
    const job = (id: string) => ({
      id,
      specCode: 'us-passport',
      mode: 'direct' as const,
      outputFormat: 'IMAGE_BASE64' as const,
      source: { fileName: 'portrait.jpg', bytes: portrait }
    })
    await queue.enqueue(job('warm-up'))
    await queue.idle()
    const singleStart = performance.now()
    await queue.enqueue(job('single'))
    await queue.idle()
    const single = performance.now() - singleStart
    const batchStart = performance.now()
    for (let i = 0; i < QUEUE_PHOTOS; i++) await queue.enqueue(job(`batch-${i}`))
    await queue.idle()
    const batch = performance.now() - batchStart
    const failed = (await queue.listQueue()).filter((j) => j.state !== 'done').length
    const ideal = Math.ceil(QUEUE_PHOTOS / CONCURRENCY) * single
    const ratio = batch / ideal

    return [
      {
        name: 'photo client overhead per photo',
        input: `makeIdPhoto, IMAGE_BASE64, ${Math.round(imageBase64.length / 1024)} KB base64, ${LATENCY_MS} ms latency, ${CLIENT_RUNS} runs`,
        median: overhead,
        unit: '%',
        target: '≤ 5 %',
        pass: overhead <= 5,
        extra: {
          endToEndMs: median(endToEnd),
          serverProcessingMs: median(processing),
          clientOverheadMs: median(endToEnd.map((t, i) => t - LATENCY_MS - processing[i]!))
        }
      },
      {
        name: 'job queue: 20 photos at concurrency 4',
        input: `${QUEUE_PHOTOS} jobs, prepare + make + store, ${LATENCY_MS} ms latency`,
        median: ratio,
        unit: '× ideal',
        target: '≤ 1.2×',
        pass: ratio <= 1.2 && failed === 0,
        extra: { totalMs: batch, singlePhotoMs: single, idealMs: ideal, failedJobs: failed }
      }
    ]
  } finally {
    for (const store of stores) await store.close()
    await server.close()
    await rm(dataDir, { recursive: true, force: true, maxRetries: 5 })
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(JSON.stringify(await benchPhotoClient(), null, 2))
}
