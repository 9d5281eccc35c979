import { readFile } from 'node:fs/promises'
import { expect, it } from 'vitest'
import { AppError } from '../../../../electron/shared/errors'
import { controllableRunner, describeJobQueue, FINAL, input, JPEG, tick, waitFor } from './job-queue-kit'

// JobQueue, when things go wrong: failures before and after the request went out (the money rule), a restart
// with jobs in flight, a stored record that no longer fits. Over SQLite and PostgreSQL alike (describeJobQueue).

describeJobQueue((q) => {
  it('a failure before anything was sent keeps the grant: Try again runs the job again', async () => {
    const r = controllableRunner()
    const queue = await q.open(r.runJob)
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
    const queue = await q.open(r.runJob)
    await queue.enqueue(input('a'))
    await r.upload('a')
    await r.fail('a', new AppError('SERVER_ERROR', 'The service had a problem.'))
    await queue.idle()
    await tick()
    expect(r.runs).toHaveLength(1)
    const failed = await queue.get('a')
    expect(failed).toMatchObject({ state: 'failed', makeGrant: false, error: { code: 'SERVER_ERROR' } })
    expect(failed?.error?.message).toMatch(/^The service had a problem\. .*Make a new photo/)
    expect(q.settled.map((j) => j.state)).toEqual(['failed'])

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

  it('after a restart restores the history and marks in-flight jobs interrupted, as the money rule says', async () => {
    const r = controllableRunner()
    const first = await q.open(r.runJob, { concurrency: 3 })
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
    const second = await q.open(r2.runJob)
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
    const queue = await q.open(r.runJob)
    await queue.enqueue(input('good'))
    await queue.enqueue(input('bad'))
    await r.finish('good', { issues: [], watermarked: false, photo: FINAL })
    await r.finish('bad', { issues: [], watermarked: false, photo: FINAL })
    await queue.idle()
    const o = q.opened[0]!
    // As an upgrade that changed the record's shape, or a damaged page, might leave it.
    await o.store.db
      .updateTable('jobs')
      .set({ record: '{"id":"bad","state":"teleported"}' })
      .where('id', '=', 'bad')
      .execute()
    expect((await queue.listQueue()).map((j) => j.id)).toEqual(['good'])
    expect(o.setAside).toHaveLength(1)
    const kept = JSON.parse(await readFile(o.setAside[0]!.file, 'utf8'))
    expect(kept.rows).toEqual([{ id: 'bad', record: '{"id":"bad","state":"teleported"}', reason: 'schema' }])
    expect((await queue.page({ limit: 10 })).records.map((j) => j.id)).toEqual(['good'])
  })
})
