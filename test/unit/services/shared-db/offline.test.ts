import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SharedDbStatus } from '../../../../electron/shared/contract'
import {
  openSharedStore,
  type SharedDbConfig
} from '../../../../electron/main/services/shared-db/pg-connection'
import { verifySharedAudit } from '../../../../electron/main/services/shared-db/shared-audit'
import { runSharedMigrations } from '../../../../electron/main/services/shared-db/shared-migrations'
import { usePostgres } from '../../../helpers/postgres'
import { countingService, openCounter, waitFor, walkIn, type TestCounter } from './chain-harness'

// A server of this file's own: the test stops and starts it.
const postgres = usePostgres({ own: true })
let config: SharedDbConfig
const opened: TestCounter[] = []

beforeAll(async () => {
  if (!postgres.available) return
  config = await postgres.freshDatabase()
  const store = openSharedStore(config)
  await runSharedMigrations(store.db)
  await store.close()
})
afterAll(async () => {
  for (const c of opened) await c.destroy().catch(() => undefined)
})

describe.skipIf(!postgres.available)('the shared database goes away and comes back', () => {
  it('the counter keeps working, says how many changes wait, keeps them across a restart, and sends them in order, once', async () => {
    const server = postgres.own()!
    const service = countingService()
    const statuses: SharedDbStatus[] = []
    let a = await openCounter({ name: 'Front desk', config, runJob: service.runJob })
    opened.push(a)
    a.chain.sync.onStatus((s) => statuses.push(s))
    await a.queue.enqueue(walkIn('before'))
    await a.queue.idle()
    expect(await a.chain.sync.flush()).toBe(true)

    await server.stopServer()
    // Work goes on at the counter: new photos, a cancelled one, document views.
    for (const id of ['off-1', 'off-2', 'off-3']) await a.queue.enqueue(walkIn(id))
    await a.queue.idle()
    await a.audit.append({
      environment: 'demo',
      action: 'fetch',
      side: 'front',
      tokenFingerprint: 'abcdef12',
      outcome: 'ok'
    })
    const queued = await a.store.db.selectFrom('outbox').select('seq').execute()
    expect(queued.length).toBeGreaterThan(4)
    // The count on screen is the outbox's own.
    await waitFor(
      () => a.chain.sync.status().state === 'offline' && a.chain.sync.status().pending === queued.length
    )
    const offline = a.chain.sync.status()
    expect(offline.message).toMatch(/^Shared database offline — \d+ changes waiting\./)
    expect(statuses.some((s) => s.state === 'offline')).toBe(true)
    expect((await a.queue.get('off-3'))?.state).toBe('done')

    // The app is closed and started again while the server is still away: the outbox is in studio.db.
    const waiting = offline.pending
    await a.close()
    opened.pop()
    a = await openCounter({ name: 'Front desk', config, runJob: service.runJob, dir: a.dir })
    opened.push(a)
    await waitFor(() => a.chain.sync.status().state === 'offline')
    expect(a.chain.sync.status().pending).toBe(waiting)

    await server.startServer()
    await waitFor(
      () => a.chain.sync.status().state === 'online' && a.chain.sync.status().pending === 0,
      20_000
    )
    const shared = openSharedStore(config)
    try {
      const jobs = await shared.db
        .selectFrom('jobs')
        .select(['id', 'state', 'order_no'])
        .orderBy('order_no')
        .execute()
      expect(jobs).toEqual([
        { id: 'before', state: 'done', order_no: 1 },
        { id: 'off-1', state: 'done', order_no: 2 },
        { id: 'off-2', state: 'done', order_no: 3 },
        { id: 'off-3', state: 'done', order_no: 4 }
      ])
      const photos = await shared.db.selectFrom('job_photos').select('job_id').execute()
      expect(photos.map((p) => p.job_id).sort()).toEqual(['before', 'off-1', 'off-2', 'off-3'])
      const audit = await shared.db.selectFrom('audit_log').select(['local_seq']).execute()
      expect(audit).toEqual([{ local_seq: 1 }])
      expect((await verifySharedAudit(shared.db)).ok).toBe(true)
    } finally {
      await shared.close()
    }
    // Going offline, restarting and sending again never made a photo: one make call per submit.
    expect(service.made).toEqual(['before', 'off-1', 'off-2', 'off-3'])
  }, 60_000)
})
