import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { AppCheckView } from '../../../../electron/shared/contract/face-check'
import { createDefaultRunJob } from '../../../../electron/main/services/jobs/default-run-job'
import type { JobQueueDeps } from '../../../../electron/main/services/jobs/job-queue-api'
import type { UploadCheckOptions } from '../../../../electron/main/services/jobs/upload-check'
import { createFakePhotoService, type FakePhotoService } from './fake-photo-service'
import { openQueueIn, type OpenedQueue } from './queue-harness'

// A job held by the local face check, through the real queue and runner over a real database, with the service
// and the face check faked at the edge: held before any quota, the operator's three ways on, and the app's own
// post-check settling a finished job.

let dir: string
let fake: FakePhotoService
let opened: OpenedQueue[]
let checkOptions: UploadCheckOptions[]
let clock: number

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'held-'))
  fake = createFakePhotoService()
  opened = []
  checkOptions = []
  clock = Date.UTC(2026, 11, 3, 10)
})
afterEach(async () => {
  for (const o of opened) await o.store.close()
  await rm(dir, { recursive: true, force: true, maxRetries: 5 })
})

function measured(verdict: AppCheckView['verdict']): AppCheckView {
  return {
    source: 'app-measurement',
    at: clock,
    status: 'measured',
    verdict,
    specHasNumbers: true,
    specConflict: null,
    criteria: [],
    overlay: null,
    crownMethod: 'background-scan'
  }
}

async function open(extra: Partial<JobQueueDeps> = {}, verdict: AppCheckView['verdict'] = 'pass') {
  const service = fake.connect()
  const o = await openQueueIn(dir, {
    runJob: createDefaultRunJob({
      client: service.client,
      downloadImage: service.downloadImage,
      specDetails: async () => null,
      check: (bytes, requirements, options) => {
        checkOptions.push(options)
        return fake.check(bytes, requirements, options)
      },
      appCheck: async () => measured(verdict),
      now: () => clock
    }),
    now: () => clock,
    ...extra
  })
  opened.push(o)
  return o.queue
}

const job = (tag: number) => ({
  id: `job-${tag}`,
  specCode: 'us-passport',
  mode: 'direct' as const,
  outputFormat: 'IMAGE_BASE64' as const,
  source: { fileName: `job-${tag}.jpg`, bytes: fake.source(tag) }
})

describe('a job held by the local face check', () => {
  it('no face: held before any quota, grant kept; Try again is refused; "Don’t send" cancels it', async () => {
    const queue = await open()
    fake.photoShows(1, 'no-face')
    await queue.enqueue(job(1))
    await queue.idle()
    const held = await queue.get('job-1')
    expect(held).toMatchObject({ state: 'held', makeGrant: true })
    expect(held?.faceCheck?.hold).toEqual({ refusals: ['NO_FACE'], warnings: [], unchecked: false })
    expect(held?.faceCheck?.findings.map((f) => f.code)).toEqual(['NO_FACE'])
    expect(fake.makeCalls()).toBe(0)
    await expect(queue.retry('job-1')).rejects.toMatchObject({ code: 'STATE_CONFLICT' })
    await expect(queue.sendAnyway('job-1')).rejects.toMatchObject({ code: 'STATE_CONFLICT' })
    await expect(queue.pickFace('job-1', 0)).rejects.toMatchObject({ code: 'STATE_CONFLICT' })
    expect(await queue.cancel('job-1')).toBe(true)
    expect(await queue.get('job-1')).toMatchObject({ state: 'cancelled', makeGrant: true })
    expect(fake.makeCalls()).toBe(0)
  })

  it('a blocking warning: held; "Send anyway" is recorded with its time and the photo is sent once', async () => {
    const queue = await open()
    fake.photoShows(1, 'mouth-open')
    await queue.enqueue(job(1))
    await queue.idle()
    expect(await queue.get('job-1')).toMatchObject({
      state: 'held',
      faceCheck: { hold: { refusals: [], warnings: ['MOUTH_OPEN'], unchecked: false } }
    })
    clock += 60_000
    await queue.sendAnyway('job-1')
    await queue.idle()
    const sent = await queue.get('job-1')
    expect(sent).toMatchObject({
      state: 'done',
      sendAnyway: { warnings: ['MOUTH_OPEN'], unchecked: false, at: clock }
    })
    // The warning stays on the job, to be shown, and no longer holds it.
    expect(sent?.faceCheck?.findings.map((f) => f.code)).toEqual(['MOUTH_OPEN'])
    expect(sent?.faceCheck?.hold).toBeUndefined()
    expect(fake.makeCalls()).toBe(1)
    await expect(queue.sendAnyway('job-1')).rejects.toMatchObject({ code: 'STATE_CONFLICT' })
  })

  it('a warning that does not block goes on at once and is kept on the job', async () => {
    const queue = await open()
    fake.photoShows(1, 'tilted')
    await queue.enqueue(job(1))
    await queue.idle()
    const done = await queue.get('job-1')
    expect(done?.state).toBe('done')
    expect(done?.faceCheck?.findings.map((f) => f.code)).toEqual(['HEAD_TILTED'])
    expect(done?.sendAnyway).toBeUndefined()
  })

  it('which warnings hold is read at each check, so a Settings change applies to the next photo', async () => {
    let holdTilt = false
    const queue = await open({ holds: (code) => code === 'HEAD_TILTED' && holdTilt })
    fake.photoShows(1, 'tilted')
    fake.photoShows(2, 'tilted')
    await queue.enqueue(job(1))
    await queue.idle()
    holdTilt = true
    await queue.enqueue(job(2))
    await queue.idle()
    expect((await queue.get('job-1'))?.state).toBe('done')
    expect((await queue.get('job-2'))?.state).toBe('held')
  })

  it('several faces: picking one crops the upload to it, on this and every later run, and sends', async () => {
    const queue = await open()
    fake.photoShows(1, 'two-faces')
    await queue.enqueue(job(1))
    await queue.idle()
    const held = await queue.get('job-1')
    expect(held?.faceCheck?.faceCrops).toHaveLength(2)
    expect(fake.makeCalls()).toBe(0)
    await expect(queue.pickFace('job-1', 5)).rejects.toMatchObject({ code: 'IPC_INVALID_INPUT' })
    await queue.pickFace('job-1', 1)
    await queue.idle()
    expect(await queue.get('job-1')).toMatchObject({
      state: 'done',
      faceChoice: { index: 1, crop: held?.faceCheck?.faceCrops?.[1] }
    })
    expect(checkOptions.at(-1)?.faceCrop).toEqual(held?.faceCheck?.faceCrops?.[1])
    expect(fake.makeCalls()).toBe(1)
  })

  it('an engine that cannot run holds the job with its message; "Send anyway" sends it unchecked, on record', async () => {
    const queue = await open()
    fake.photoShows(1, 'unavailable')
    await queue.enqueue(job(1))
    await queue.idle()
    expect(await queue.get('job-1')).toMatchObject({
      state: 'held',
      faceCheck: { unchecked: true, message: 'Not checked.', hold: { unchecked: true } }
    })
    expect(fake.makeCalls()).toBe(0)
    await queue.sendAnyway('job-1')
    await queue.idle()
    expect(await queue.get('job-1')).toMatchObject({ state: 'done', sendAnyway: { unchecked: true } })
    expect(fake.makeCalls()).toBe(1)
  })

  it('stays held across a restart, stays on the queue after "Clear finished", and can be removed', async () => {
    let queue = await open()
    fake.photoShows(1, 'mouth-open')
    await queue.enqueue(job(1))
    await queue.idle()
    queue = await open()
    expect(await queue.get('job-1')).toMatchObject({ state: 'held', makeGrant: true })
    await queue.clearFinished()
    expect((await queue.listQueue()).map((j) => j.id)).toEqual(['job-1'])
    await queue.remove('job-1')
    expect(await queue.get('job-1')).toBeUndefined()
    expect(fake.makeCalls()).toBe(0)
  })
})

describe('the app’s own post-check settles a finished job', () => {
  it('a failed measurement puts the job in needs attention, kept apart from the service’s issues', async () => {
    const queue = await open({}, 'fail')
    await queue.enqueue(job(1))
    await queue.idle()
    const settled = await queue.get('job-1')
    expect(settled).toMatchObject({ state: 'needs-attention', issues: [], appCheck: { verdict: 'fail' } })
  })

  it('a pass, or nothing measured, leaves it done', async () => {
    let queue = await open({}, 'pass')
    await queue.enqueue(job(1))
    await queue.idle()
    expect(await queue.get('job-1')).toMatchObject({ state: 'done', appCheck: { verdict: 'pass' } })
    queue = await open({}, 'not-checked')
    await queue.enqueue(job(2))
    await queue.idle()
    expect(await queue.get('job-2')).toMatchObject({ state: 'done', appCheck: { verdict: 'not-checked' } })
  })

  it('a watermarked preview waits for its unlock; the final photo is measured then, and a fail needs attention', async () => {
    const queue = await open({
      unlockPhoto: async () => fake.source(9),
      checkFinal: async () => measured('fail')
    })
    await queue.enqueue({ ...job(1), mode: 'watermark', outputFormat: 'S3_URL' })
    await queue.idle()
    expect(await queue.get('job-1')).toMatchObject({ state: 'done', appCheck: { status: 'after-unlock' } })
    await queue.unlock('job-1')
    expect(await queue.get('job-1')).toMatchObject({
      state: 'needs-attention',
      unlocked: true,
      appCheck: { status: 'measured', verdict: 'fail' }
    })
  })
})
