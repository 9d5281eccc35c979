import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { AppError } from '../../../../electron/shared/errors'
import type { JobQueueDeps } from '../../../../electron/main/services/jobs/job-queue-api'
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

const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 4])
const FINAL = new Uint8Array([0xff, 0xd8, 0xff, 0xe1, 9, 9, 9])
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0])
const DAY = 86_400_000

/**
 * A runJob whose every run waits for the test to move it on, step by step. `finish` plays the service's answer
 * as the real runner does: it spends the grant (if the test has not already), keeps the answer, then returns.
 */
function controllableRunner() {
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

const tick = () => new Promise((r) => setTimeout(r, 5))

async function waitFor(check: () => Promise<boolean>): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (await check()) return
    await tick()
  }
  throw new Error('condition not reached')
}

function input(id: string, extra: Partial<JobInput> = {}): JobInput {
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

const postgres = usePostgres()
let shared: SharedStore | undefined
const backends = [
  { backend: sqliteBackend, skip: false },
  { backend: postgresBackend(() => shared!), skip: !postgres.available }
]

// The same behaviour over the counter's SQLite and over the shared PostgreSQL.
for (const { backend, skip } of backends)
  describe.skipIf(skip)(`JobQueue (${backend.name})`, () => {
    let dir: string
    let clock: number
    let changes: JobRecord[]
    let settled: JobRecord[]
    let opened: OpenedQueue[]
    beforeEach(async () => {
      opened = []
      dir = await mkdtemp(join(tmpdir(), 'jobs-'))
      clock = new Date(2024, 4, 17, 10, 0).getTime()
      changes = []
      settled = []
      if (backend === sqliteBackend) return
      shared ??= await postgres.freshStore()
      await clearJobTables(shared.db as never)
    })
    afterEach(async () => {
      for (const o of opened) await o.store.close()
      await rm(dir, { recursive: true, force: true, maxRetries: 5 })
    })

    const open = async (runJob: RunJob, extra: Partial<JobQueueDeps> = {}) => {
      const o = await openQueueIn(
        dir,
        {
          runJob,
          now: () => clock,
          onChange: (j) => changes.push(j),
          onJobSettled: (j) => settled.push(j),
          ...extra
        },
        undefined,
        backend
      )
      opened.push(o)
      return o.queue
    }

    it('runs at most `concurrency` jobs at once and starts the next when one finishes', async () => {
      const r = controllableRunner()
      const queue = await open(r.runJob, { concurrency: 2 })
      for (const id of ['a', 'b', 'c', 'd', 'e']) await queue.enqueue(input(id))
      await r.started('a')
      await r.started('b')
      await tick()
      // a and b start together; which of the two reaches the service first is the store's timing, not a rule.
      expect(r.runs.map((x) => x.id).sort()).toEqual(['a', 'b'])
      expect((await queue.get('c'))?.state).toBe('queued')
      await r.finish('a', { issues: [], watermarked: false, photo: JPEG })
      await r.started('c')
      expect(r.runs.map((x) => x.id).slice(2)).toEqual(['c'])
      for (const id of ['b', 'c', 'd', 'e']) {
        await r.finish(id, { issues: [], watermarked: false, photo: JPEG })
      }
      await queue.idle()
      expect(r.maxActive()).toBe(2)
      expect((await queue.listQueue()).map((j) => j.state)).toEqual(['done', 'done', 'done', 'done', 'done'])
      expect(settled.map((j) => j.id).sort()).toEqual(['a', 'b', 'c', 'd', 'e'])
    })

    it('reports states and progress through onChange, and stores the result photo', async () => {
      const r = controllableRunner()
      const queue = await open(r.runJob)
      await queue.enqueue(input('a'))
      await tick()
      const run = await r.started('a')
      expect([...run.source!]).toEqual([...JPEG])
      await r.upload('a')
      run.ctx.markProcessing()
      await run.finish({ issues: [], watermarked: false, photo: FINAL, photoUuid: 'u1' })
      await queue.idle()
      const states = changes.filter((c) => c.id === 'a').map((c) => c.state)
      expect(states).toEqual(
        expect.arrayContaining(['queued', 'preparing', 'uploading', 'processing', 'done'])
      )
      const progress = changes.filter((c) => c.id === 'a').map((c) => c.progress)
      expect(progress).toEqual([...progress].sort((x, y) => x - y))
      expect(progress.at(-1)).toBe(1)
      expect([...(await queue.finalPhotoFor('a'))!]).toEqual([...FINAL])
      expect((await queue.get('a'))?.photoUuid).toBe('u1')
    })

    it('puts a job with issues in needs-attention, keeping the issue codes', async () => {
      const r = controllableRunner()
      const queue = await open(r.runJob)
      await queue.enqueue(input('a'))
      await r.finish('a', { issues: ['ISSUE_FACE_NOT_FOUND'], watermarked: false })
      await queue.idle()
      expect(await queue.get('a')).toMatchObject({
        state: 'needs-attention',
        issues: ['ISSUE_FACE_NOT_FOUND']
      })
      expect(await queue.finalPhotoFor('a')).toBeNull()
    })

    it('cancels a job while it waits or prepares, but not once it is uploading', async () => {
      const r = controllableRunner()
      const queue = await open(r.runJob, { concurrency: 2 })
      await queue.enqueue(input('a'))
      await queue.enqueue(input('b'))
      await queue.enqueue(input('c'))
      await tick()
      expect(await queue.cancel('c')).toBe(true) // waiting
      expect((await queue.get('c'))?.state).toBe('cancelled')
      await r.upload('a')
      expect((await queue.get('a'))?.state).toBe('uploading')
      expect(await queue.cancel('a')).toBe(false)
      expect((await queue.get('a'))?.state).toBe('uploading')

      expect(await queue.cancel('b')).toBe(true) // preparing
      expect((await r.started('b')).ctx.signal.aborted).toBe(true)
      // The run notices only when it tries to upload; that must refuse and leave the job cancelled.
      const runB = await r.started('b')
      await expect(runB.ctx.beginUpload()).rejects.toMatchObject({ code: 'CANCELLED' })
      runB.fail(new AppError('CANCELLED', 'cancelled'))
      await r.finish('a', { issues: [], watermarked: false, photo: JPEG })
      await queue.idle()
      expect((await queue.get('b'))?.state).toBe('cancelled')
      expect((await queue.get('a'))?.state).toBe('done')
      expect(r.runs.map((x) => x.id)).toEqual(['a', 'b']) // c never started
    })

    it('a failure before anything was sent keeps the grant: Try again runs the job again', async () => {
      const r = controllableRunner()
      const queue = await open(r.runJob)
      await queue.enqueue(input('a'))
      await r.fail('a', new AppError('NETWORK', 'Could not reach the service.'))
      await queue.idle()
      expect(await queue.get('a')).toMatchObject({ state: 'failed', makeGrant: true })
      await queue.retry('a')
      await (await r.started('a', 2)).finish({ issues: [], watermarked: false, photo: JPEG })
      await queue.idle()
      expect(await queue.get('a')).toMatchObject({ state: 'done', attempts: 2 })
    })

    it('a failure after the request went out is never retried by itself; Try again is refused and only a confirmed "Make a new photo" runs it again', async () => {
      const r = controllableRunner()
      const queue = await open(r.runJob)
      await queue.enqueue(input('a'))
      await r.upload('a')
      await r.fail('a', new AppError('SERVER_ERROR', 'The service had a problem.'))
      await queue.idle()
      await tick()
      expect(r.runs).toHaveLength(1)
      const failed = await queue.get('a')
      expect(failed).toMatchObject({ state: 'failed', makeGrant: false, error: { code: 'SERVER_ERROR' } })
      expect(failed?.error?.message).toMatch(/^The service had a problem\. .*Make a new photo/)
      expect(settled.map((j) => j.state)).toEqual(['failed'])

      await expect(queue.retry('a')).rejects.toMatchObject({ code: 'STATE_CONFLICT' })
      await expect(queue.remake('a', { confirmed: false })).rejects.toMatchObject({
        code: 'CONFIRMATION_REQUIRED'
      })
      await tick()
      expect(r.runs).toHaveLength(1)

      await queue.remake('a', {
        confirmed: true,
        changes: { sensitivity: { ISSUE_FACE_BRIGHTNESS_BAD: 'LOW' } }
      })
      const second = await r.started('a', 2)
      expect([...second.source!]).toEqual([...JPEG])
      await second.finish({ issues: [], watermarked: false, photo: JPEG })
      await queue.idle()
      expect(await queue.get('a')).toMatchObject({
        state: 'done',
        attempts: 2,
        sensitivity: { ISSUE_FACE_BRIGHTNESS_BAD: 'LOW' }
      })
      expect((await queue.get('a'))?.error).toBeUndefined()
      await expect(queue.retry('a')).rejects.toThrow(AppError) // done jobs are not re-run
      await expect(queue.remake('a', { confirmed: true })).rejects.toThrow(AppError)
    })

    it('turns an unexpected exception into a readable INTERNAL error', async () => {
      const queue = await open(async () => {
        throw new TypeError('x is undefined')
      })
      await queue.enqueue(input('a'))
      await queue.idle()
      expect((await queue.get('a'))?.error?.code).toBe('INTERNAL')
      expect((await queue.get('a'))?.error?.message).not.toContain('undefined')
    })

    it('after a restart restores the history and marks in-flight jobs interrupted, as the money rule says', async () => {
      const r = controllableRunner()
      const first = await open(r.runJob, { concurrency: 3 })
      await first.enqueue(input('done'))
      await first.enqueue(input('sent'))
      await first.enqueue(input('local'))
      await first.enqueue(input('waiting'))
      await r.finish('done', { issues: [], watermarked: false, photo: FINAL })
      // beginUpload returns only once "uploading" is committed: what a crash right now would leave on disk.
      await r.upload('sent')
      await r.started('local')
      await waitFor(async () => (await first.get('done'))?.state === 'done')
      // "Crash": open a second store and queue on the same folder without closing the first.
      const r2 = controllableRunner()
      const second = await open(r2.runJob)
      expect((await second.get('done'))?.state).toBe('done')
      expect([...(await second.finalPhotoFor('done'))!]).toEqual([...FINAL])
      for (const id of ['sent', 'local', 'waiting']) {
        expect(await second.get(id)).toMatchObject({ state: 'failed', error: { code: 'INTERRUPTED' } })
      }
      expect((await second.get('sent'))?.error?.message).toMatch(/quota.*Make a new photo/)
      expect((await second.get('local'))?.error?.message).toBe(
        'The app closed before this photo was sent. Try again.'
      )
      expect(r2.runs).toHaveLength(0) // nothing restarts by itself
      await second.retry('local')
      expect([...(await r2.started('local')).source!]).toEqual([...JPEG])
      // The request of "sent" may have reached the service: only the explicit action may send it again.
      await expect(second.retry('sent')).rejects.toMatchObject({ code: 'STATE_CONFLICT' })
      await second.remake('sent', { confirmed: true })
      expect([...(await r2.started('sent')).source!]).toEqual([...JPEG])
    })

    it('a stored record that fails the schema is set aside in a file and reported; the others stay', async () => {
      const r = controllableRunner()
      const queue = await open(r.runJob)
      await queue.enqueue(input('good'))
      await queue.enqueue(input('bad'))
      await r.finish('good', { issues: [], watermarked: false, photo: FINAL })
      await r.finish('bad', { issues: [], watermarked: false, photo: FINAL })
      await queue.idle()
      const o = opened[0]!
      // As an upgrade that changed the record's shape, or a damaged page, might leave it.
      await o.store.db
        .updateTable('jobs')
        .set({ record: '{"id":"bad","state":"teleported"}' })
        .where('id', '=', 'bad')
        .execute()
      expect((await queue.listQueue()).map((j) => j.id)).toEqual(['good'])
      expect(o.setAside).toHaveLength(1)
      const kept = JSON.parse(await readFile(o.setAside[0]!.file, 'utf8'))
      expect(kept.rows).toEqual([
        { id: 'bad', record: '{"id":"bad","state":"teleported"}', reason: 'schema' }
      ])
      expect((await queue.page({ limit: 10 })).records.map((j) => j.id)).toEqual(['good'])
    })

    it('watermark jobs stay locked until unlock() stores the final photo', async () => {
      const r = controllableRunner()
      const unlocked: string[] = []
      const queue = await open(r.runJob, {
        unlockPhoto: async (uuid) => {
          unlocked.push(uuid)
          return FINAL
        }
      })
      await queue.enqueue(input('w', { mode: 'watermark', watermarkText: 'Preview', outputFormat: 'S3_URL' }))
      await r.finish('w', {
        issues: [],
        watermarked: true,
        photo: JPEG,
        photoUuid: 'uuid-7'
      })
      await queue.idle()
      expect(await queue.get('w')).toMatchObject({ state: 'done', watermarked: true, unlocked: false })
      expect(await queue.finalPhotoFor('w')).toBeNull()
      expect([...(await queue.previewPhotoFor('w'))!]).toEqual([...JPEG])
      await expect(queue.saveResult('w', dir)).rejects.toMatchObject({ code: 'CONFIRMATION_REQUIRED' })

      await queue.unlock('w')
      expect(unlocked).toEqual(['uuid-7'])
      expect((await queue.get('w'))?.unlocked).toBe(true)
      expect([...(await queue.finalPhotoFor('w'))!]).toEqual([...FINAL])
    })

    it('saves under <customer>_<spec>_<date>[_n] with a file-system-safe name, never overwriting', async () => {
      const r = controllableRunner()
      const queue = await open(r.runJob)
      await queue.enqueue(input('a', { customer: 'Ana / Díaz: order #12?' }))
      await r.finish('a', { issues: [], watermarked: false, photo: FINAL })
      await queue.idle()
      const out = join(dir, 'out')
      await (await import('node:fs/promises')).mkdir(out)
      const first = await queue.saveResult('a', out)
      const second = await queue.saveResult('a', out)
      expect(first).toBe(join(out, 'Ana-Díaz-order-#12_uk-passport_2024-05-17.jpg'))
      expect(second).toBe(join(out, 'Ana-Díaz-order-#12_uk-passport_2024-05-17_2.jpg'))
      expect([...(await readFile(first))]).toEqual([...FINAL])
    })

    it('uses the png extension when the result is a PNG', async () => {
      const r = controllableRunner()
      const queue = await open(r.runJob)
      await queue.enqueue(input('p', { customer: undefined }))
      await r.finish('p', { issues: [], watermarked: false, photo: PNG })
      await queue.idle()
      expect(await queue.saveResult('p', dir)).toBe(join(dir, 'customer_uk-passport_2024-05-17.png'))
    })

    it('purges photos older than the retention but keeps the entry, marked photosPurged', async () => {
      const r = controllableRunner()
      let days = 14
      const queue = await open(r.runJob, { retentionDays: () => days })
      await queue.enqueue(input('old'))
      await r.fail('old', new AppError('SERVER_ERROR', 'The service had a problem.'))
      await queue.idle()
      clock += 10 * DAY
      await queue.enqueue(input('new'))
      await r.finish('new', { issues: [], watermarked: false, photo: FINAL })
      await queue.idle()

      clock += 5 * DAY // old is 15 days old, new is 5
      expect(await queue.purgeExpiredPhotos()).toBe(1)
      expect(await queue.get('old')).toMatchObject({
        state: 'failed',
        photosPurged: true,
        customer: 'Zoë O’Brien'
      })
      expect(await queue.finalPhotoFor('old')).toBeNull()
      expect(await queue.sourcePhotoFor('old')).toBeNull()
      expect(await readdir(join(dir, 'jobs', 'photos'))).toEqual(['new'])
      await expect(queue.retry('old')).rejects.toMatchObject({ code: 'NOT_FOUND' })
      expect((await queue.get('new'))?.photosPurged).toBeUndefined()

      days = 3
      expect(await queue.purgeExpiredPhotos()).toBe(1)
      await queue.idle()
      const reopened = await open(r.runJob)
      expect((await reopened.page({ limit: 10 })).records.map((j) => [j.id, j.photosPurged])).toEqual([
        ['new', true],
        ['old', true]
      ])
    })

    it('rejects a duplicate or unsafe job id', async () => {
      const queue = await open(controllableRunner().runJob)
      await queue.enqueue(input('a'))
      await expect(queue.enqueue(input('a'))).rejects.toMatchObject({ code: 'IPC_INVALID_INPUT' })
      await expect(queue.enqueue(input('../etc'))).rejects.toMatchObject({ code: 'IPC_INVALID_INPUT' })
      await expect(queue.enqueue(input('b', { sheetSizes: ['big'] }))).rejects.toMatchObject({
        code: 'IPC_INVALID_INPUT'
      })
      expect((await queue.listQueue()).map((j) => j.id)).toEqual(['a'])
    })
  })
