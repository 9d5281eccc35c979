import { mkdir, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createDefaultRunJob } from '../../../../electron/main/services/jobs/default-run-job'
import type { JobQueueDeps } from '../../../../electron/main/services/jobs/job-queue-api'
import type { JobRepository } from '../../../../electron/main/services/jobs/job-repository'
import type { JobInput } from '../../../../electron/main/services/jobs/job-types'
import { openStudioDatabase } from '../../../../electron/main/services/db/open-database'
import { createSqlJobRepository } from '../../../../electron/main/services/jobs/sql-job-repository'
import { createFakePhotoService, type FakePhotoService } from './fake-photo-service'
import { openQueueIn, type OpenedQueue } from './queue-harness'

// Issue 15, "Money": each defect the outside review found, replayed against the real queue and runner with the
// service faked at the edge. Each of these failed before its fix.

let dir: string
let fake: FakePhotoService
let opened: OpenedQueue[]

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'money-'))
  fake = createFakePhotoService()
  opened = []
})
afterEach(async () => {
  for (const o of opened) await o.store.close()
  await rm(dir, { recursive: true, force: true, maxRetries: 5 })
})

async function open(extra: Partial<JobQueueDeps> = {}, wrap?: (r: JobRepository) => JobRepository) {
  const service = fake.connect()
  const o = await openQueueIn(
    dir,
    {
      runJob: createDefaultRunJob({
        client: service.client,
        downloadImage: service.downloadImage,
        specDetails: async () => null,
        check: fake.check,
        ...(extra.runJob ? {} : {})
      }),
      concurrency: 1,
      ...extra
    },
    wrap
  )
  opened.push(o)
  return o
}

const job = (tag: number, extra: Partial<JobInput> = {}): JobInput => ({
  id: `job-${tag}`,
  specCode: 'us-passport',
  mode: 'direct',
  outputFormat: 'IMAGE_BASE64',
  sheetSizes: ['1800*1200'],
  source: { fileName: `job-${tag}.jpg`, bytes: fake.source(tag) },
  ...extra
})

async function until(check: () => Promise<boolean>): Promise<void> {
  for (let i = 0; i < 400; i++) {
    if (await check()) return
    await new Promise((resolve) => setTimeout(resolve, 5))
  }
  throw new Error('condition not reached')
}

/** Reads a job as a second process would: a fresh connection to the database file. */
async function fromDisk(id: string) {
  const store = await openStudioDatabase({ dataDir: dir })
  try {
    const repository = createSqlJobRepository({ db: store.db, setAside: async () => 'unused' })
    return await repository.get(id)
  } finally {
    await store.close()
  }
}

describe('a paid photo is made once', () => {
  it('15.1: cancel, then Try again, keeps the kept answer and only downloads', async () => {
    const { queue } = await open()
    fake.scriptMake('ok')
    fake.scriptDownload('fails') // the sheet's download
    await queue.enqueue(job(1))
    await queue.idle()
    expect(await queue.get('job-1')).toMatchObject({ state: 'failed', made: { photoUuid: 'photo-1' } })

    // Another customer's slow photo holds the only slot, so "Try again" has to wait in the queue...
    fake.scriptMake('slow')
    await queue.enqueue(job(2))
    await until(async () => (await queue.get('job-2'))?.state === 'processing')
    await queue.retry('job-1')
    // ...where the operator cancels it, then presses Try again once more.
    expect(await queue.cancel('job-1')).toBe(true)
    expect(await queue.get('job-1')).toMatchObject({ state: 'cancelled', made: { photoUuid: 'photo-1' } })
    expect((await queue.retry('job-1')).made).toBeDefined()
    fake.release()
    await queue.idle()
    expect(await queue.get('job-1')).toMatchObject({ state: 'done', photoUuid: 'photo-1' })
    expect(fake.makeCallsFor(1)).toBe(1)
    expect(fake.charges()).toBe(2)
  })

  it('15.2: "uploading" is committed before the request leaves, with the grant spent', async () => {
    const events: string[] = []
    let seen: Awaited<ReturnType<typeof fromDisk>> = null
    const service = fake.connect()
    const { queue } = await open(
      {
        runJob: createDefaultRunJob({
          client: {
            ...service.client,
            makeIdPhoto: async (input, options) => {
              events.push('request leaves')
              // What would a crash at this moment leave on disk? Read it as a second process would.
              seen = await fromDisk('job-1')
              return service.client.makeIdPhoto(input, options)
            }
          },
          downloadImage: service.downloadImage,
          specDetails: async () => null,
          check: fake.check
        })
      },
      (repository) => ({
        ...repository,
        // A slow disk: the commit of "uploading" takes a while.
        put: async (record) => {
          if (record.state === 'uploading') await new Promise((resolve) => setTimeout(resolve, 50))
          await repository.put(record)
          events.push(
            `committed ${record.state}${record.faceCheck && record.state === 'preparing' ? ', checked' : ''}`
          )
        }
      })
    )
    await queue.enqueue(job(1))
    await queue.idle()
    // Preparing, then the local face check recorded (still before any quota), then the grant spent, then the call.
    expect(events.slice(0, 4)).toEqual([
      'committed preparing',
      'committed preparing, checked',
      'committed uploading',
      'request leaves'
    ])
    expect(seen).toMatchObject({ state: 'uploading', makeGrant: false })
    expect(await queue.get('job-1')).toMatchObject({ state: 'done' })
  })

  it('15.2: the answer, with the photo that came inside it, is committed before anything is written to disk', async () => {
    const { queue } = await open()
    // The result file cannot be written (a folder is in its way, as a full or broken disk would refuse it).
    await mkdir(join(dir, 'jobs', 'photos', 'job-1', 'result.jpg'), { recursive: true })
    await queue.enqueue(job(1))
    await queue.idle()
    const failed = await queue.get('job-1')
    expect(failed).toMatchObject({ state: 'failed', made: { photoUuid: 'photo-1', photoFile: 'made.jpg' } })
    // Try again downloads what was kept, once the disk is fixed; the photo is not made (or paid for) again.
    expect(failed?.error?.message).not.toContain('Make a new photo')
    await rm(join(dir, 'jobs', 'photos', 'job-1', 'result.jpg'), { recursive: true })
    await queue.retry('job-1')
    await queue.idle()
    expect(await queue.get('job-1')).toMatchObject({ state: 'done' })
    expect(await queue.finalPhotoFor('job-1')).toEqual(Buffer.from(fake.source(1)))
    expect(fake.makeCallsFor(1)).toBe(1)
  })

  it('15.2: an answer that could not be committed still never lets Try again pay again', async () => {
    const { queue } = await open({}, (repository) => ({
      ...repository,
      keepAnswer: async () => {
        throw new Error('SQLITE_FULL: database or disk is full')
      }
    }))
    await queue.enqueue(job(1))
    await queue.idle()
    const failed = await queue.get('job-1')
    expect(failed).toMatchObject({ state: 'failed', makeGrant: false })
    expect(failed?.error?.message).toContain('Make a new photo')
    await expect(queue.retry('job-1')).rejects.toMatchObject({ code: 'STATE_CONFLICT' })
    expect(fake.makeCallsFor(1)).toBe(1)
  })

  it('15.2: a history write that nobody waits for is reported, never silent', async () => {
    const errors: unknown[] = []
    const { queue } = await open({ onPersistError: (error) => errors.push(error) }, (repository) => ({
      ...repository,
      put: async (record) => {
        if (record.state === 'processing') throw new Error('disk I/O error')
        return repository.put(record)
      }
    }))
    await queue.enqueue(job(1))
    await queue.idle()
    expect(errors.map(String)).toEqual(['Error: disk I/O error'])
  })

  it('15.3: the kept photo is dropped only after the final record is committed', async () => {
    let failFinal = true
    const { queue } = await open({}, (repository) => ({
      ...repository,
      put: async (record) => {
        if (record.state === 'done' && failFinal) {
          failFinal = false
          throw new Error('the app stopped here')
        }
        return repository.put(record)
      }
    }))
    await queue.enqueue(job(1))
    await queue.idle()
    expect(await queue.get('job-1')).toMatchObject({ state: 'failed', made: { photoFile: 'made.jpg' } })
    // The answer's photo is still there, so Try again finishes the job from it.
    await queue.retry('job-1')
    await queue.idle()
    expect(await queue.get('job-1')).toMatchObject({ state: 'done' })
    expect(await queue.finalPhotoFor('job-1')).toEqual(Buffer.from(fake.source(1)))
    expect(fake.makeCallsFor(1)).toBe(1)
  })

  it('a crash right after the answer was kept resumes by downloading, with the kept photo', async () => {
    const first = await open({}, (repository) => ({
      ...repository,
      // The process dies as soon as the answer is kept: nothing after it ever happens.
      keepAnswer: async (record, photo) => {
        await repository.keepAnswer(record, photo)
        return new Promise<void>(() => undefined)
      }
    }))
    await first.queue.enqueue(job(1))
    await until(async () => (await fromDisk('job-1'))?.state === 'downloading')
    const second = await open()
    expect(await second.queue.get('job-1')).toMatchObject({
      state: 'failed',
      error: { code: 'INTERRUPTED', message: expect.stringContaining('without using quota') }
    })
    await second.queue.retry('job-1')
    await second.queue.idle()
    expect(await second.queue.get('job-1')).toMatchObject({ state: 'done' })
    expect(fake.makeCallsFor(1)).toBe(1)
  })
})
