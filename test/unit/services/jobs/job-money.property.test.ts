import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isAppError } from '../../../../electron/shared/errors'
import { createDefaultRunJob } from '../../../../electron/main/services/jobs/default-run-job'
import type { JobRepository } from '../../../../electron/main/services/jobs/job-repository'
import { isActive } from '../../../../electron/main/services/jobs/job-rules'
import {
  createFakePhotoService,
  type CheckBehaviour,
  type DownloadBehaviour,
  type FakePhotoService,
  type MakeBehaviour
} from './fake-photo-service'
import { openQueueIn, type OpenedQueue } from './queue-harness'

// The money rule, proved over random sequences of what happens at a counter: the number of make calls (each may
// spend quota) never exceeds the submits plus the explicit, confirmed "Make a new photo" actions — whatever
// fails, is cancelled, tried again, removed, held by the local face check (and sent anyway, cropped to a picked
// face, or not sent), or cut off by a crash, and with the store reopened from disk. And a photo the face check
// refuses or holds is never sent until the operator decides.

/** What the model counts; the real system is checked against it. */
interface Model {
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
interface Real {
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

async function openGeneration(dir: string, fake: FakePhotoService): Promise<Real['generation']> {
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
async function settle(r: Real): Promise<void> {
  let idle = false
  const waiting = r.generation.opened.queue.idle().then(() => void (idle = true))
  while (!idle) {
    r.fake.release()
    await new Promise((resolve) => setTimeout(resolve, 2))
  }
  await waiting
}

const checkInvariant = (m: Model, r: Real) => {
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

class Submit implements fc.AsyncCommand<Model, Real> {
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

class Script implements fc.AsyncCommand<Model, Real> {
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

class OnJob implements fc.AsyncCommand<Model, Real> {
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

class Settle implements fc.AsyncCommand<Model, Real> {
  check = () => true
  async run(m: Model, r: Real) {
    await settle(r)
    checkInvariant(m, r)
  }
  toString = () => 'settle'
}

class CrashAndRestart implements fc.AsyncCommand<Model, Real> {
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

const makeBehaviour = fc.constantFrom<MakeBehaviour>(
  'ok',
  'ok',
  'slow',
  'issues',
  'unreachable',
  'fails-before-processing',
  'fails-after-processing'
)
const downloadBehaviour = fc.constantFrom<DownloadBehaviour>('ok', 'fails', 'fails', 'expired')

const checkBehaviour = fc.constantFrom<CheckBehaviour>(
  'clear',
  'clear',
  'no-face',
  'two-faces',
  'mouth-open',
  'tilted',
  'unavailable'
)
const submit = fc
  .tuple(
    fc.constantFrom('IMAGE_BASE64' as const, 'S3_URL' as const),
    makeBehaviour,
    downloadBehaviour,
    checkBehaviour
  )
  .map(([format, make, download, shows]) => new Submit(format, make, download, shows))
const onJob = fc
  .tuple(
    fc.constantFrom<OnJob['action']>(
      'cancel',
      'try-again',
      'try-again',
      'try-again, cancel, try-again',
      'while busy: try-again, cancel, try-again',
      'remake',
      'remake-unconfirmed',
      'remove',
      'send-anyway',
      'send-anyway, send-anyway',
      'pick-face'
    ),
    fc.nat(2)
  )
  .map(([action, index]) => new OnJob(action, index))

// Duplicates weigh the draw towards what a counter does most: add photos and act on them.
const commands = [
  submit,
  submit,
  onJob,
  onJob,
  onJob,
  fc
    .tuple(fc.array(makeBehaviour, { maxLength: 2 }), fc.array(downloadBehaviour, { maxLength: 3 }))
    .map(([make, download]) => new Script(make, download)),
  fc.constant(new Settle()),
  fc.constantFrom(0, 2, 40).map((ms) => new CrashAndRestart(ms)),
  fc.constantFrom(0, 2, 40).map((ms) => new CrashAndRestart(ms))
]

describe('the money rule, model-based', () => {
  it('make calls never exceed submits plus confirmed "Make a new photo" actions; a held photo waits for the operator', async () => {
    await fc.assert(
      fc.asyncProperty(fc.commands(commands, { maxCommands: 10 }), async (cmds) => {
        const dir = await mkdtemp(join(tmpdir(), 'money-'))
        const fake = createFakePhotoService()
        const real: Real = { dir, fake, generation: await openGeneration(dir, fake), older: [], jobs: [] }
        const model: Model = {
          submits: 0,
          remakes: 0,
          entitled: new Map(),
          shows: new Map(),
          sentAnyway: new Set(),
          picked: new Set()
        }
        try {
          await fc.asyncModelRun(() => ({ model, real }), cmds)
          await settle(real)
          checkInvariant(model, real)
        } finally {
          for (const o of [...real.older, real.generation.opened]) await o.store.close()
          await rm(dir, { recursive: true, force: true, maxRetries: 5 })
        }
      }),
      { numRuns: 50 }
    )
  }, 180_000)
})
