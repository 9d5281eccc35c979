import { expect } from 'vitest'
import type fc from 'fast-check'
import { isAppError } from '../../../../electron/shared/errors'
import { createDefaultRunJob } from '../../../../electron/main/services/jobs/default-run-job'
import type { JobRepository } from '../../../../electron/main/services/jobs/job-repository'
import { isActive } from '../../../../electron/main/services/jobs/job-rules'
import type { CheckBehaviour, DownloadBehaviour, FakePhotoService, MakeBehaviour } from './fake-photo-service'
import { openQueueIn, type OpenedQueue } from './queue-harness'

// The model of the money rule (job-money.property.test.ts) and the commands fast-check draws from: what the model
// counts, the real system it is checked against after every command, and what a counter does to it.

/** What the model counts; the real system is checked against it. */
export interface Model {
  submits: number
  remakes: number
  /** Per job (by tag): how many make calls it is entitled to. */
  entitled: Map<number, number>
  /** Per job: what the local face check finds on its photo. */
  shows: Map<number, CheckBehaviour>
  /** Jobs the operator sent anyway, and jobs whose face the operator picked. */
  sentAnyway: Set<number>
  picked: Set<number>
}

/** The system under test: a real queue over a real database, the real runner, a fake service at the edge. */
export interface Real {
  dir: string
  fake: FakePhotoService
  generation: { opened: OpenedQueue; kill: () => void }
  older: OpenedQueue[]
  jobs: { id: string; tag: number }[]
}

/** A repository that stops answering after a crash, as the process that held it would have. */
function killable(repository: JobRepository) {
  let dead = false
  const wrapped = Object.fromEntries(
    Object.entries(repository).map(([name, fn]) => [
      name,
      (...args: unknown[]) =>
        dead ? new Promise(() => undefined) : (fn as (...a: unknown[]) => Promise<unknown>)(...args)
    ])
  ) as unknown as JobRepository
  return { wrapped, kill: () => void (dead = true) }
}

export async function openGeneration(dir: string, fake: FakePhotoService): Promise<Real['generation']> {
  const service = fake.connect()
  let killRepository = () => undefined as void
  const opened = await openQueueIn(
    dir,
    {
      runJob: createDefaultRunJob({
        client: service.client,
        downloadImage: service.downloadImage,
        specDetails: async () => null,
        check: fake.check
      }),
      // One at a time, so jobs wait in the queue (where they can be cancelled) behind a slow one.
      concurrency: 1
    },
    (repository) => {
      const k = killable(repository)
      killRepository = k.kill
      return k.wrapped
    }
  )
  return {
    opened,
    kill: () => {
      service.kill()
      killRepository()
    }
  }
}

/** Lets every slow answer through (also those of jobs that start meanwhile) until the queue is idle. */
export async function settle(r: Real): Promise<void> {
  let idle = false
  const waiting = r.generation.opened.queue.idle().then(() => void (idle = true))
  while (!idle) {
    r.fake.release()
    await new Promise((resolve) => setTimeout(resolve, 2))
  }
  await waiting
}

export const checkInvariant = (m: Model, r: Real) => {
  expect(r.fake.makeCalls()).toBeLessThanOrEqual(m.submits + m.remakes)
  for (const { tag } of r.jobs) {
    const calls = r.fake.makeCallsFor(tag)
    expect(calls).toBeLessThanOrEqual(m.entitled.get(tag) ?? 0)
    // Before any quota: no face is never sent; several faces only once one is picked; a blocking warning or an
    // unchecked face only once the operator said "Send anyway".
    const shows = m.shows.get(tag) ?? 'clear'
    if (shows === 'no-face') expect(calls, `job ${tag} shows no face`).toBe(0)
    if (shows === 'two-faces' && !m.picked.has(tag)) expect(calls, `job ${tag}: no face picked`).toBe(0)
    if ((shows === 'mouth-open' || shows === 'unavailable') && !m.sentAnyway.has(tag))
      expect(calls, `job ${tag} held (${shows})`).toBe(0)
  }
}

/** Runs an action the queue may refuse; a refusal must be a readable AppError, never anything else. */
async function refusable(work: () => Promise<unknown>): Promise<boolean> {
  try {
    await work()
    return true
  } catch (error) {
    if (!isAppError(error)) throw error
    return false
  }
}

const pick = (r: Real, index: number) => r.jobs[index % r.jobs.length]

export class Submit implements fc.AsyncCommand<Model, Real> {
  constructor(
    readonly format: 'IMAGE_BASE64' | 'S3_URL',
    readonly make: MakeBehaviour,
    readonly download: DownloadBehaviour,
    readonly shows: CheckBehaviour = 'clear'
  ) {}
  check = () => true
  async run(m: Model, r: Real) {
    // What the service will do next: most runs meet a failure somewhere.
    r.fake.scriptMake(this.make)
    r.fake.scriptDownload(this.download)
    const tag = r.jobs.length + 1
    r.fake.photoShows(tag, this.shows)
    m.shows.set(tag, this.shows)
    const id = `job-${tag}`
    await r.generation.opened.queue.enqueue({
      id,
      specCode: 'us-passport',
      mode: 'direct',
      outputFormat: this.format,
      sheetSizes: ['1800*1200'],
      source: { fileName: `${id}.jpg`, bytes: r.fake.source(tag) }
    })
    r.jobs.push({ id, tag })
    m.submits++
    m.entitled.set(tag, 1)
    checkInvariant(m, r)
  }
  toString = () => `submit(${this.format}, make ${this.make}, download ${this.download}, shows ${this.shows})`
}

export class Script implements fc.AsyncCommand<Model, Real> {
  constructor(
    readonly make: MakeBehaviour[],
    readonly download: DownloadBehaviour[]
  ) {}
  check = () => true
  async run(_m: Model, r: Real) {
    r.fake.scriptMake(...this.make)
    r.fake.scriptDownload(...this.download)
  }
  toString = () => `script(make ${this.make.join(',')}; download ${this.download.join(',')})`
}

export class OnJob implements fc.AsyncCommand<Model, Real> {
  constructor(
    readonly action:
      | 'cancel'
      | 'try-again'
      | 'try-again, cancel, try-again'
      | 'while busy: try-again, cancel, try-again'
      | 'remake'
      | 'remake-unconfirmed'
      | 'remove'
      | 'send-anyway'
      | 'pick-face'
      | 'send-anyway, send-anyway',
    readonly index: number
  ) {}
  check = (m: Model) => m.submits > 0
  async run(m: Model, r: Real) {
    const job = pick(r, this.index)
    if (!job) return
    const { queue } = r.generation.opened
    if (this.action === 'cancel') await refusable(() => queue.cancel(job.id))
    if (this.action === 'try-again') await refusable(() => queue.retry(job.id))
    if (this.action === 'while busy: try-again, cancel, try-again') {
      // Another customer's slow photo holds the only slot, so the job waits where it can be cancelled.
      await new Submit('IMAGE_BASE64', 'slow', 'ok').run(m, r)
    }
    if (this.action.endsWith('try-again, cancel, try-again')) {
      // The operator presses Try again, thinks better of it while the job waits, then presses it again.
      await refusable(() => queue.retry(job.id))
      await refusable(() => queue.cancel(job.id))
      await refusable(() => queue.retry(job.id))
    }
    if (this.action === 'remove') await refusable(() => queue.remove(job.id))
    if (this.action.startsWith('send-anyway')) {
      // Offered only for a held job without a refusal; a second press finds it queued and is refused.
      if (await refusable(() => queue.sendAnyway(job.id))) m.sentAnyway.add(job.tag)
      if (this.action === 'send-anyway, send-anyway' && (await refusable(() => queue.sendAnyway(job.id))))
        m.sentAnyway.add(job.tag)
    }
    if (this.action === 'pick-face' && (await refusable(() => queue.pickFace(job.id, this.index % 2))))
      m.picked.add(job.tag)
    if (this.action === 'remake-unconfirmed') {
      await expect(queue.remake(job.id, { confirmed: false })).rejects.toMatchObject({
        code: 'CONFIRMATION_REQUIRED'
      })
    }
    if (this.action === 'remake' && (await refusable(() => queue.remake(job.id, { confirmed: true })))) {
      m.remakes++
      m.entitled.set(job.tag, (m.entitled.get(job.tag) ?? 0) + 1)
    }
    checkInvariant(m, r)
  }
  toString = () => `${this.action}(#${this.index})`
}

export class Settle implements fc.AsyncCommand<Model, Real> {
  check = () => true
  async run(m: Model, r: Real) {
    await settle(r)
    checkInvariant(m, r)
  }
  toString = () => 'settle'
}

export class CrashAndRestart implements fc.AsyncCommand<Model, Real> {
  /** How long whatever is in flight may go on before the process stops where it is. */
  constructor(readonly afterMs: number) {}
  check = () => true
  async run(m: Model, r: Real) {
    await new Promise((resolve) => setTimeout(resolve, this.afterMs))
    r.generation.kill()
    r.older.push(r.generation.opened)
    r.generation = await openGeneration(r.dir, r.fake)
    const { queue } = r.generation.opened
    // After a restart nothing is in flight, and nothing started by itself.
    for (const { id } of r.jobs) {
      const job = await queue.get(id)
      if (job) expect(isActive(job.state), `${id} is ${job.state}`).toBe(false)
    }
    checkInvariant(m, r)
  }
  toString = () => `crash after ${this.afterMs} ms, restart`
}
