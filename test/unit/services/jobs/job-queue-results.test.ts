import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { expect, it } from 'vitest'
import { AppError } from '../../../../electron/shared/errors'
import { controllableRunner, DAY, describeJobQueue, FINAL, input, JPEG, PNG } from './job-queue-kit'

// JobQueue, the results: watermarked previews and unlocking, saving under a safe name, purging old photos.
// Over the counter's SQLite and the shared PostgreSQL alike (describeJobQueue).

describeJobQueue((q) => {
  it('watermark jobs stay locked until unlock() stores the final photo', async () => {
    const r = controllableRunner()
    const unlocked: string[] = []
    const queue = await q.open(r.runJob, {
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
    await expect(queue.saveResult('w', q.dir)).rejects.toMatchObject({ code: 'CONFIRMATION_REQUIRED' })

    await queue.unlock('w')
    expect(unlocked).toEqual(['uuid-7'])
    expect((await queue.get('w'))?.unlocked).toBe(true)
    expect([...(await queue.finalPhotoFor('w'))!]).toEqual([...FINAL])
  })

  it('saves under <customer>_<spec>_<date>[_n] with a file-system-safe name, never overwriting', async () => {
    const r = controllableRunner()
    const queue = await q.open(r.runJob)
    await queue.enqueue(input('a', { customer: 'Ana / Díaz: order #12?' }))
    await r.finish('a', { issues: [], watermarked: false, photo: FINAL })
    await queue.idle()
    const out = join(q.dir, 'out')
    await (await import('node:fs/promises')).mkdir(out)
    const first = await queue.saveResult('a', out)
    const second = await queue.saveResult('a', out)
    expect(first).toBe(join(out, 'Ana-Díaz-order-#12_uk-passport_2024-05-17.jpg'))
    expect(second).toBe(join(out, 'Ana-Díaz-order-#12_uk-passport_2024-05-17_2.jpg'))
    expect([...(await readFile(first))]).toEqual([...FINAL])
  })

  it('uses the png extension when the result is a PNG', async () => {
    const r = controllableRunner()
    const queue = await q.open(r.runJob)
    await queue.enqueue(input('p', { customer: undefined }))
    await r.finish('p', { issues: [], watermarked: false, photo: PNG })
    await queue.idle()
    expect(await queue.saveResult('p', q.dir)).toBe(join(q.dir, 'customer_uk-passport_2024-05-17.png'))
  })

  it('purges photos older than the retention but keeps the entry, marked photosPurged', async () => {
    const r = controllableRunner()
    let days = 14
    const queue = await q.open(r.runJob, { retentionDays: () => days })
    await queue.enqueue(input('old'))
    await r.fail('old', new AppError('SERVER_ERROR', 'The service had a problem.'))
    await queue.idle()
    q.clock += 10 * DAY
    await queue.enqueue(input('new'))
    await r.finish('new', { issues: [], watermarked: false, photo: FINAL })
    await queue.idle()

    q.clock += 5 * DAY // old is 15 days old, new is 5
    expect(await queue.purgeExpiredPhotos()).toBe(1)
    expect(await queue.get('old')).toMatchObject({
      state: 'failed',
      photosPurged: true,
      customer: 'Zoë O’Brien'
    })
    expect(await queue.finalPhotoFor('old')).toBeNull()
    expect(await queue.sourcePhotoFor('old')).toBeNull()
    expect(await readdir(join(q.dir, 'jobs', 'photos'))).toEqual(['new'])
    await expect(queue.retry('old')).rejects.toMatchObject({ code: 'NOT_FOUND' })
    expect((await queue.get('new'))?.photosPurged).toBeUndefined()

    days = 3
    expect(await queue.purgeExpiredPhotos()).toBe(1)
    await queue.idle()
    const reopened = await q.open(r.runJob)
    expect((await reopened.page({ limit: 10 })).records.map((j) => [j.id, j.photosPurged])).toEqual([
      ['new', true],
      ['old', true]
    ])
  })
})
