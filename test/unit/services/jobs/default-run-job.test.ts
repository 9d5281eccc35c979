import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import {
  createDefaultRunJob,
  createUnlockPhoto
} from '../../../../electron/main/services/jobs/default-run-job'
import type { JobRecord } from '../../../../electron/main/services/jobs/job-types'
import { createSpecCatalogue } from '../../../../electron/main/services/passport-photo/spec-catalogue'
import { detectImageType } from '../../../../electron/main/services/passport-photo/image-type'
import { startDemo } from '../passport-photo/helpers/demo-harness'
import { AppError } from '../../../../electron/shared/errors'
import { syntheticPortrait } from '../../../helpers/synthetic-portrait'
import { openQueueIn, type OpenedQueue } from './queue-harness'

let demo: Awaited<ReturnType<typeof startDemo>>
let portrait: Buffer
let dir: string
const opened: OpenedQueue[] = []

beforeAll(async () => {
  demo = await startDemo()
  portrait = await syntheticPortrait()
})
afterAll(async () => {
  await demo?.close()
})
beforeEach(async () => {
  await demo.reset()
  linksExpired = false
  dir = await mkdtemp(join(tmpdir(), 'run-job-'))
  return async () => {
    for (const o of opened.splice(0)) await o.store.close()
    await rm(dir, { recursive: true, force: true, maxRetries: 5 })
  }
})

/** Set to true to make every download link point at a file the storage no longer has, as after expiry. */
let linksExpired = false

async function openQueue(settled: JobRecord[] = [], failDownloads = 0) {
  const o = await openQueueIn(dir, queueDeps(settled, failDownloads))
  opened.push(o)
  return o.queue
}

function queueDeps(settled: JobRecord[], failDownloads: number) {
  const client = demo.client()
  const realDownload = demo.downloader()
  let failuresLeft = failDownloads
  const downloadImage: typeof realDownload = async (url, options) => {
    if (failuresLeft-- > 0) throw new AppError('NETWORK', 'The connection dropped.')
    return realDownload(linksExpired ? url.replace(/[^/]+$/, 'expired-link.jpg') : url, options)
  }
  const catalogue = createSpecCatalogue({ source: client, dataDir: dir })
  return {
    runJob: createDefaultRunJob({
      client,
      downloadImage,
      specDetails: (code, signal) => catalogue.details(code, { ...(signal ? { signal } : {}) })
    }),
    unlockPhoto: createUnlockPhoto({ client, downloadImage }),
    onJobSettled: (job: JobRecord) => void settled.push(job)
  }
}

const base = () => ({ specCode: 'us-passport', source: { fileName: 'walk-in.jpg', bytes: portrait } })

describe('default runJob through the queue, against the demo (real HTTP, real sharp)', () => {
  it('makes a direct photo with a sheet and stores both', async () => {
    const settled: JobRecord[] = []
    const queue = await openQueue(settled)
    await queue.enqueue({
      ...base(),
      id: 'direct-1',
      customer: 'Ana',
      mode: 'direct',
      outputFormat: 'S3_URL',
      sheetSizes: ['1800*1200']
    })
    await queue.idle()
    const job = (await queue.get('direct-1'))!
    expect(job).toMatchObject({ state: 'done', watermarked: false, issues: [] })
    expect(job.files.sheets?.['1800*1200']).toBeDefined()
    expect(detectImageType((await queue.finalPhotoFor('direct-1'))!)).toBe('jpeg')
    expect(settled.map((j) => j.state)).toEqual(['done'])
    expect((await demo.demoAccount()).charges).toBe(1)
  })

  for (const [mode, outputFormat] of [
    ['direct', 'S3_URL'],
    ['direct', 'IMAGE_BASE64'],
    ['watermark', 'S3_URL']
  ] as const) {
    it(`a ${mode} ${outputFormat} photo whose download fails is fetched again by "Try again", never made again`, async () => {
      // With IMAGE_BASE64 the photo is in the answer; the sheet is still a link, and its download fails.
      const queue = await openQueue([], 1)
      await queue.enqueue({
        ...base(),
        id: 'download-fails',
        mode,
        outputFormat,
        ...(mode === 'direct' ? { sheetSizes: ['1800*1200'] } : { watermarkText: 'Preview' as const })
      })
      await queue.idle()
      const failed = (await queue.get('download-fails'))!
      expect(failed).toMatchObject({ state: 'failed', error: { code: 'NETWORK' } })
      expect(failed.error?.message).toContain('without using quota')
      expect((await demo.demoAccount()).charges).toBe(1)

      await queue.retry('download-fails')
      await queue.idle()
      expect(await queue.get('download-fails')).toMatchObject({ state: 'done' })
      expect((await queue.get('download-fails'))?.made).toBeUndefined()
      expect(await queue.previewPhotoFor('download-fails')).not.toBeNull()
      const stats = await demo.stats()
      expect((await demo.demoAccount()).charges).toBe(1)
      expect(stats.requestsByPath[mode === 'direct' ? '/v2/makeIdPhoto' : '/v2/makeIdPhotoWatermark']).toBe(1)
    })
  }

  it('a watermark job is locked until unlocked, and unlocking spends nothing more', async () => {
    const queue = await openQueue()
    await queue.enqueue({
      ...base(),
      id: 'wm-1',
      mode: 'watermark',
      watermarkText: 'Preview',
      outputFormat: 'S3_URL'
    })
    await queue.idle()
    expect(await queue.get('wm-1')).toMatchObject({ state: 'done', watermarked: true, unlocked: false })
    expect(await queue.finalPhotoFor('wm-1')).toBeNull()
    await queue.unlock('wm-1')
    expect(detectImageType((await queue.finalPhotoFor('wm-1'))!)).toBe('jpeg')
    expect((await demo.demoAccount()).charges).toBe(1)
  })

  it('an unknown spec fails before anything is sent or charged', async () => {
    const queue = await openQueue()
    await queue.enqueue({
      ...base(),
      id: 'bad-spec',
      specCode: 'no-such-spec',
      mode: 'direct',
      outputFormat: 'IMAGE_BASE64'
    })
    await queue.idle()
    expect(await queue.get('bad-spec')).toMatchObject({ state: 'failed', error: { code: 'UNKNOWN_SPEC' } })
    const stats = await demo.stats()
    expect(stats.requestsByPath['/v2/makeIdPhoto']).toBeUndefined()
  })

  it('a 500 after processing fails the job once, never retried by itself', async () => {
    await demo.fault({ path: '/v2/makeIdPhoto', status: 500, afterProcessing: true, times: 1 })
    const queue = await openQueue()
    await queue.enqueue({ ...base(), id: 'e500', mode: 'direct', outputFormat: 'IMAGE_BASE64' })
    await queue.idle()
    await new Promise((r) => setTimeout(r, 50))
    expect(await queue.get('e500')).toMatchObject({ state: 'failed', error: { code: 'SERVER_ERROR' } })
    const stats = await demo.stats()
    expect(stats.requestsByPath['/v2/makeIdPhoto']).toBe(1)
    // The request reached the service: "Try again" is refused, and only the confirmed action makes it again.
    await expect(queue.retry('e500')).rejects.toMatchObject({ code: 'STATE_CONFLICT' })
    expect((await demo.stats()).requestsByPath['/v2/makeIdPhoto']).toBe(1)
    await queue.remake('e500', { confirmed: true })
    await queue.idle()
    expect((await queue.get('e500'))?.state).toBe('done')
    expect((await demo.stats()).requestsByPath['/v2/makeIdPhoto']).toBe(2)
  })

  it('an expired download link on a resumed download says so once and offers only "Make a new photo"', async () => {
    const queue = await openQueue([], 1)
    await queue.enqueue({ ...base(), id: 'expired', mode: 'direct', outputFormat: 'S3_URL' })
    await queue.idle()
    expect(await queue.get('expired')).toMatchObject({ state: 'failed', error: { code: 'NETWORK' } })
    // By the time "Try again" runs, the storage no longer serves the link (the demo answers 404, S3 403).
    linksExpired = true
    await queue.retry('expired')
    await queue.idle()
    const failed = (await queue.get('expired'))!
    expect(failed).toMatchObject({
      state: 'failed',
      error: { code: 'NOT_FOUND' },
      made: { linkExpired: true }
    })
    expect(failed.error?.message).toContain('download link has expired')
    expect(failed.error?.message).toContain('Make a new photo')
    expect(failed.error?.message).not.toMatch(/Try again/i)
    // No loop: "Try again" is not offered any more, and asking for it anyway is refused with the same advice.
    await expect(queue.retry('expired')).rejects.toMatchObject({
      code: 'STATE_CONFLICT',
      message: expect.stringContaining('download link has expired')
    })
    expect((await demo.stats()).requestsByPath['/v2/makeIdPhoto']).toBe(1)
  })
})
