import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe } from 'vitest'
import type { JobQueue, JobQueueDeps } from '../../../../electron/main/services/jobs/job-queue-api'
import type { SharedStore } from '../../../../electron/main/services/shared-db/pg-connection'
import { clearJobTables, usePostgres } from '../../../helpers/postgres'
import { openQueueIn, postgresBackend, sqliteBackend, type OpenedQueue } from './queue-harness'
import type {
  JobInput,
  JobOutcome,
  JobRecord,
  RunJob,
  RunJobContext
} from '../../../../electron/main/services/jobs/job-types'

// What the JobQueue test files share: the photos, a runner the test moves on step by step, and the suite set up
// over the counter's SQLite and over the shared PostgreSQL.

export const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 4])
export const FINAL = new Uint8Array([0xff, 0xd8, 0xff, 0xe1, 9, 9, 9])
export const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0])
export const DAY = 86_400_000

/**
 * A runJob whose every run waits for the test to move it on, step by step. `finish` plays the service's answer
 * as the real runner does: it spends the grant (if the test has not already), keeps the answer, then returns.
 */
export function controllableRunner() {
  const runs: {
    id: string
    ctx: RunJobContext
    source: Uint8Array | undefined
    resumed: boolean
    uploaded: boolean
    finish: (o: JobOutcome) => Promise<void>
    fail: (e: unknown) => void
  }[] = []
  let active = 0
  let maxActive = 0
  const runJob: RunJob = (input, ctx) =>
    new Promise<JobOutcome>((resolve, reject) => {
      active++
      maxActive = Math.max(maxActive, active)
      const done = () => active--
      const run = {
        id: input.id,
        ctx,
        source: input.source,
        resumed: input.resume !== undefined,
        uploaded: false,
        finish: async (o: JobOutcome) => {
          if (!run.resumed) {
            if (!run.uploaded) await ctx.beginUpload()
            const made = { issues: o.issues, watermarked: o.watermarked, sheetUrls: {} }
            await ctx.recordMade(o.photoUuid ? { ...made, photoUuid: o.photoUuid } : made, o.photo)
          }
          done()
          resolve(o)
        },
        fail: (e: unknown) => (done(), reject(e))
      }
      runs.push(run)
    })
  const last = (id: string) => runs.filter((r) => r.id === id).at(-1)!
  /** The latest run of a job, once it has started `count` times (starting reads the disk, so it takes a moment). */
  const started = async (id: string, count = 1) => {
    await waitFor(async () => runs.filter((r) => r.id === id).length >= count)
    return last(id)
  }
  return {
    runJob,
    runs,
    maxActive: () => maxActive,
    started,
    finish: async (id: string, o: JobOutcome) => (await started(id)).finish(o),
    fail: async (id: string, e: unknown) => (await started(id)).fail(e),
    upload: async (id: string) => {
      const run = await started(id)
      run.uploaded = true
      await run.ctx.beginUpload()
    }
  }
}

export const tick = () => new Promise((r) => setTimeout(r, 5))

export async function waitFor(check: () => Promise<boolean>): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (await check()) return
    await tick()
  }
  throw new Error('condition not reached')
}

export function input(id: string, extra: Partial<JobInput> = {}): JobInput {
  return {
    id,
    customer: 'Zoë O’Brien',
    specCode: 'uk-passport',
    mode: 'direct',
    outputFormat: 'IMAGE_BASE64',
    source: { fileName: 'walk-in.jpg', bytes: JPEG },
    ...extra
  }
}

/** One test's world, fresh before each test: its data folder, its clock, what the queue reported. */
export interface QueueWorld {
  dir: string
  clock: number
  changes: JobRecord[]
  settled: JobRecord[]
  opened: OpenedQueue[]
  /** A queue over this test's store (the folder's SQLite, or the shared PostgreSQL), closed after the test. */
  open(runJob: RunJob, extra?: Partial<JobQueueDeps>): Promise<JobQueue>
}

/**
 * The same behaviour over the counter's SQLite and over the shared PostgreSQL: registers `JobQueue (SQLite)` and
 * `JobQueue (PostgreSQL)` (skipped, saying why, where PostgreSQL cannot run) with `body` as their tests.
 * Call it once per file, at the top level (it starts the file's PostgreSQL).
 */
export function describeJobQueue(body: (world: QueueWorld) => void): void {
  const postgres = usePostgres()
  let shared: SharedStore | undefined
  const backends = [
    { backend: sqliteBackend, skip: false },
    { backend: postgresBackend(() => shared!), skip: !postgres.available }
  ]
  for (const { backend, skip } of backends)
    describe.skipIf(skip)(`JobQueue (${backend.name})`, () => {
      const world: QueueWorld = {
        dir: '',
        clock: 0,
        changes: [],
        settled: [],
        opened: [],
        open: async (runJob, extra = {}) => {
          const o = await openQueueIn(
            world.dir,
            {
              runJob,
              now: () => world.clock,
              onChange: (j) => world.changes.push(j),
              onJobSettled: (j) => world.settled.push(j),
              ...extra
            },
            undefined,
            backend
          )
          world.opened.push(o)
          return o.queue
        }
      }
      beforeEach(async () => {
        world.opened = []
        world.dir = await mkdtemp(join(tmpdir(), 'jobs-'))
        world.clock = new Date(2024, 4, 17, 10, 0).getTime()
        world.changes = []
        world.settled = []
        if (backend === sqliteBackend) return
        shared ??= await postgres.freshStore()
        await clearJobTables(shared.db as never)
      })
      afterEach(async () => {
        for (const o of world.opened) await o.store.close()
        await rm(world.dir, { recursive: true, force: true, maxRetries: 5 })
      })
      body(world)
    })
}
