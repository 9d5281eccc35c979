import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createPhotoImages } from '../../../../electron/main/features/photo-images'
import type { RunJob } from '../../../../electron/main/services/jobs/job-types'
import { syntheticPortrait } from '../../../helpers/synthetic-portrait'
import { openQueueIn, type OpenedQueue } from '../../services/jobs/queue-harness'

const DAY = 86_400_000
let dir: string
let opened: OpenedQueue | null

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'photo-images-'))
  opened = null
})
afterEach(async () => {
  await opened?.store.close()
  await rm(dir, { recursive: true, force: true, maxRetries: 5 })
})

/** A runner that answers at once with the customer's own photo as the result. */
const answer: RunJob = async (input, ctx) => {
  await ctx.beginUpload()
  const photo = input.source ?? new Uint8Array()
  await ctx.recordMade({ issues: [], watermarked: false, sheetUrls: {} }, photo)
  return { issues: [], watermarked: false, photo }
}

async function setUp(wireForget: boolean) {
  const clock = { now: Date.UTC(2025, 5, 1, 10) }
  let forget: (ids: readonly string[]) => void = () => undefined
  opened = await openQueueIn(dir, {
    runJob: answer,
    now: () => clock.now,
    retentionDays: () => 14,
    onPhotosDeleted: (ids) => forget(ids)
  })
  const images = createPhotoImages(opened.queue)
  if (wireForget) forget = images.forget
  await opened.queue.enqueue({
    id: 'walk-in',
    specCode: 'us-passport',
    mode: 'direct',
    outputFormat: 'IMAGE_BASE64',
    source: { fileName: 'walk-in.jpg', bytes: await syntheticPortrait({ width: 600, height: 750 }) }
  })
  await opened.queue.idle()
  const getImage = (kind: 'source' | 'result') =>
    images.handlers['photos:get-image']({ jobId: 'walk-in', kind }, {})
  return { clock, queue: opened.queue, getImage }
}

describe('photos of a purged job (issue 15.7)', () => {
  for (const wireForget of [true, false]) {
    it(`are never served again, not even the original's preview held in memory${wireForget ? '' : ' (by the record alone)'}`, async () => {
      const { clock, queue, getImage } = await setUp(wireForget)
      // Shown once: the upright preview of the original is now in memory.
      expect((await getImage('source')).mime).toBe('image/jpeg')
      expect((await getImage('result')).width).toBe(600)
      clock.now += 15 * DAY
      expect(await queue.purgeExpiredPhotos()).toBe(1)
      await expect(getImage('source')).rejects.toMatchObject({
        code: 'NOT_FOUND',
        message: expect.stringContaining('retention period')
      })
      await expect(getImage('result')).rejects.toMatchObject({ code: 'NOT_FOUND' })
    })
  }
})
