import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { JobFiles } from '../../../../electron/main/services/jobs/job-files'
import { createPgJobRepository } from '../../../../electron/main/services/shared-db/pg-job-repository'
import {
  openSharedStore,
  type SharedDbConfig,
  type SharedStore
} from '../../../../electron/main/services/shared-db/pg-connection'
import { pushOutbox } from '../../../../electron/main/services/shared-db/push'
import { verifySharedAudit } from '../../../../electron/main/services/shared-db/shared-audit'
import { runSharedMigrations } from '../../../../electron/main/services/shared-db/shared-migrations'
import { usePostgres } from '../../../helpers/postgres'
import { countingService, FINISHED_JPEG, openCounter, walkIn, type TestCounter } from './chain-harness'

const postgres = usePostgres()
let config: SharedDbConfig
let shared: SharedStore
const counters: TestCounter[] = []
const folders: string[] = []

beforeAll(async () => {
  if (!postgres.available) return
  config = await postgres.freshDatabase()
  shared = openSharedStore(config)
  await runSharedMigrations(shared.db)
})
afterAll(async () => {
  await shared?.close()
})
afterEach(async () => {
  for (const c of counters.splice(0)) await c.destroy()
  for (const f of folders.splice(0)) await rm(f, { recursive: true, force: true })
})

const open = async (name: string, runJob = countingService().runJob) => {
  const counter = await openCounter({ name, config, runJob })
  counters.push(counter)
  return counter
}
const fingerprint = 'abcdef12'

describe.skipIf(!postgres.available)('the studio chain sends this counter’s work', () => {
  it('every job, its finished photo and its audit rows, in order, with the counter that made them', async () => {
    const a = await open('Front desk')
    for (const id of ['s1-a', 's1-b', 's1-c']) await a.queue.enqueue(walkIn(id))
    await a.queue.idle()
    for (const action of ['tokens', 'fetch', 'export'] as const)
      await a.audit.append({
        environment: 'demo',
        action,
        side: 'front',
        tokenFingerprint: fingerprint,
        outcome: 'ok'
      })
    expect(await a.chain.sync.flush()).toBe(true)
    expect(a.chain.sync.status()).toMatchObject({ state: 'online', pending: 0 })

    const rows = await shared.db
      .selectFrom('jobs')
      .select(['id', 'state', 'counter', 'order_no', 'record'])
      .where('id', 'like', 's1-%')
      .orderBy('order_no')
      .execute()
    expect(rows.map((r) => [r.id, r.state, r.counter, r.order_no])).toEqual([
      ['s1-a', 'done', 'Front desk', 1],
      ['s1-b', 'done', 'Front desk', 2],
      ['s1-c', 'done', 'Front desk', 3]
    ])
    for (const row of rows) expect(JSON.parse(row.record)).toEqual(await a.history.get(row.id))
    const photos = await shared.db
      .selectFrom('job_photos')
      .selectAll()
      .where('job_id', 'like', 's1-%')
      .execute()
    expect(photos.map((p) => [...p.bytes])).toEqual(rows.map(() => [...FINISHED_JPEG]))
    const audit = await shared.db
      .selectFrom('audit_log')
      .select(['counter', 'local_seq', 'action'])
      .where('counter', '=', 'Front desk')
      .orderBy('seq')
      .execute()
    expect(audit.map((r) => r.action)).toEqual(['tokens', 'fetch', 'export'])
    expect(audit.map((r) => r.local_seq)).toEqual([1, 2, 3])
    expect((await verifySharedAudit(shared.db)).ok).toBe(true)
  })

  it('a batch sent again after a crash (received, not yet deleted here) is not applied a second time', async () => {
    const a = await open('Counter 2')
    await a.queue.enqueue(walkIn('s2-a'))
    await a.queue.idle()
    expect(await a.chain.sync.flush()).toBe(true)
    await a.chain.sync.stop() // from here on this test sends by hand

    const folder = await mkdtemp(join(tmpdir(), 'saved-'))
    folders.push(folder)
    await a.queue.saveResult('s2-a', folder)
    await a.audit.append({
      environment: 'demo',
      action: 'fetch',
      side: 'back',
      tokenFingerprint: fingerprint,
      outcome: 'ok'
    })
    const waiting = await a.store.db.selectFrom('outbox').selectAll().orderBy('seq').execute()
    expect(waiting.map((r) => r.kind)).toEqual(['job', 'audit'])
    const counter = { id: await a.chain.sync.counterId(), name: 'Counter 2' }
    const deps = { local: a.store.db, shared: shared.db, counter, files: new JobFiles(a.dir), now: Date.now }
    expect(await pushOutbox(deps, 100)).toBe(2)

    // Another counter saves the same photo afterwards (a reprint at its desk).
    const b = createPgJobRepository({
      db: shared.db,
      counter: { id: 'other', name: 'Back office' },
      setAside: async () => ''
    })
    const seen = (await b.get('s2-a'))!
    await b.put({ ...seen, savedTo: '/back-office/s2-a.jpg' }, seen)

    // The same rows again, as a crash between the database's commit and the outbox's delete would leave them.
    await a.store.db.insertInto('outbox').values(waiting).execute()
    expect(await pushOutbox(deps, 100)).toBe(2)
    const stored = await shared.db
      .selectFrom('jobs')
      .select('record')
      .where('id', '=', 's2-a')
      .executeTakeFirstOrThrow()
    expect(JSON.parse(stored.record).savedTo).toBe('/back-office/s2-a.jpg') // the old change was not re-applied
    const audit = await shared.db
      .selectFrom('audit_log')
      .select('local_seq')
      .where('counter', '=', 'Counter 2')
      .execute()
    expect(audit).toHaveLength(1)
    expect(await a.store.db.selectFrom('outbox').selectAll().execute()).toEqual([])
  })

  it('a counter that joins brings its history; another counter sees it, without any make grant', async () => {
    const service = countingService()
    const a = await openCounter({ name: 'Joiner', config, runJob: service.runJob, enabled: false })
    counters.push(a)
    await a.queue.enqueue(walkIn('s3-a'))
    await a.queue.idle()
    expect(await a.store.db.selectFrom('outbox').selectAll().execute()).toEqual([]) // off: nothing queued
    await a.close()
    counters.pop()
    const again = await openCounter({ name: 'Joiner', config, runJob: service.runJob, dir: a.dir })
    counters.push(again)
    expect(await again.chain.sync.flush()).toBe(true)
    const b = createPgJobRepository({
      db: shared.db,
      counter: { id: 'other', name: 'Back office' },
      setAside: async () => ''
    })
    const seen = await b.get('s3-a')
    expect(seen).toMatchObject({ state: 'done', fromCounter: 'Joiner' })
    expect(seen?.makeGrant).toBeUndefined()
    expect(service.made).toEqual(['s3-a']) // joining and sending never made a photo
  })
})

describe.skipIf(!postgres.available)('stopping the sync', () => {
  it('returns at once, also when it is stopped in the middle of connecting', async () => {
    const a = await openCounter({ name: 'Stopper', config, runJob: countingService().runJob })
    // Stopped right after start: the first connection is under way.
    const started = Date.now()
    await a.chain.sync.stop()
    expect(Date.now() - started).toBeLessThan(5000)
    await a.destroy()
  })
})
