import { expect, it } from 'vitest'
import { AppError } from '../../../../electron/shared/errors'
import { controllableRunner, describeJobQueue, FINAL, input, JPEG, tick } from './job-queue-kit'

// JobQueue, running jobs: how many at once, the states and progress it reports, cancelling, what it refuses.
// Over the counter's SQLite and the shared PostgreSQL alike (describeJobQueue).

describeJobQueue((q) => {
  it('runs at most `concurrency` jobs at once and starts the next when one finishes', async () => {
    const r = controllableRunner()
    const queue = await q.open(r.runJob, { concurrency: 2 })
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
    expect(q.settled.map((j) => j.id).sort()).toEqual(['a', 'b', 'c', 'd', 'e'])
  })

  it('reports states and progress through onChange, and stores the result photo', async () => {
    const r = controllableRunner()
    const queue = await q.open(r.runJob)
    await queue.enqueue(input('a'))
    await tick()
    const run = await r.started('a')
    expect([...run.source!]).toEqual([...JPEG])
    await r.upload('a')
    run.ctx.markProcessing()
    await run.finish({ issues: [], watermarked: false, photo: FINAL, photoUuid: 'u1' })
    await queue.idle()
    const states = q.changes.filter((c) => c.id === 'a').map((c) => c.state)
    expect(states).toEqual(expect.arrayContaining(['queued', 'preparing', 'uploading', 'processing', 'done']))
    const progress = q.changes.filter((c) => c.id === 'a').map((c) => c.progress)
    expect(progress).toEqual([...progress].sort((x, y) => x - y))
    expect(progress.at(-1)).toBe(1)
    expect([...(await queue.finalPhotoFor('a'))!]).toEqual([...FINAL])
    expect((await queue.get('a'))?.photoUuid).toBe('u1')
  })

  it('puts a job with issues in needs-attention, keeping the issue codes', async () => {
    const r = controllableRunner()
    const queue = await q.open(r.runJob)
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
    const queue = await q.open(r.runJob, { concurrency: 2 })
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

  it('turns an unexpected exception into a readable INTERNAL error', async () => {
    const queue = await q.open(async () => {
      throw new TypeError('x is undefined')
    })
    await queue.enqueue(input('a'))
    await queue.idle()
    expect((await queue.get('a'))?.error?.code).toBe('INTERNAL')
    expect((await queue.get('a'))?.error?.message).not.toContain('undefined')
  })

  it('rejects a duplicate or unsafe job id', async () => {
    const queue = await q.open(controllableRunner().runJob)
    await queue.enqueue(input('a'))
    await expect(queue.enqueue(input('a'))).rejects.toMatchObject({ code: 'IPC_INVALID_INPUT' })
    await expect(queue.enqueue(input('../etc'))).rejects.toMatchObject({ code: 'IPC_INVALID_INPUT' })
    await expect(queue.enqueue(input('b', { sheetSizes: ['big'] }))).rejects.toMatchObject({
      code: 'IPC_INVALID_INPUT'
    })
    expect((await queue.listQueue()).map((j) => j.id)).toEqual(['a'])
  })
})
