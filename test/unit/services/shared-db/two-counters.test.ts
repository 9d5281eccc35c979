import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { sql } from 'kysely'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { createPgJobRepository } from '../../../../electron/main/services/shared-db/pg-job-repository'
import {
  openSharedStore,
  type SharedDbConfig,
  type SharedStore
} from '../../../../electron/main/services/shared-db/pg-connection'
import {
  verifySharedAudit,
  appendSharedAudit
} from '../../../../electron/main/services/shared-db/shared-audit'
import { runSharedMigrations } from '../../../../electron/main/services/shared-db/shared-migrations'
import {
  purgedElsewhere,
  purgeSharedPhotos
} from '../../../../electron/main/services/shared-db/shared-photos'
import { usePostgres } from '../../../helpers/postgres'
import { countingService, FINISHED_JPEG, openCounter, walkIn, type TestCounter } from './chain-harness'

const DAY = 86_400_000
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

const folder = async () => {
  const f = await mkdtemp(join(tmpdir(), 'saved-'))
  folders.push(f)
  return f
}

describe.skipIf(!postgres.available)('two counters on one shared database', () => {
  it('a reprint at one counter while the other purges the photos: neither change is lost', async () => {
    const clock = { now: Date.now() }
    const front = await openCounter({
      name: 'Front 1',
      config,
      runJob: countingService().runJob,
      now: () => clock.now
    })
    const back = await openCounter({ name: 'Back 1', config, runJob: countingService().runJob })
    counters.push(front, back)
    const ids = ['r-1', 'r-2', 'r-3', 'r-4', 'r-5', 'r-6']
    for (const id of ids) await front.queue.enqueue(walkIn(id))
    await front.queue.idle()
    expect(await front.chain.sync.flush()).toBe(true)
    expect(await back.chain.sync.flush()).toBe(true)
    const saveTo = await folder()

    // Back read r-1 before the purge and writes after it: the classic lost update, made certain.
    const backShared = back.chain.sync.connected()!.repository
    const before = (await backShared.get('r-1'))!
    expect(before.photosPurged).toBeUndefined()
    // At the same moment: Back saves every photo again (from the shared database), Front's retention purges them.
    clock.now += 15 * DAY
    const [saves, purged] = await Promise.all([
      Promise.allSettled(ids.slice(1).map((id) => back.queue.saveResult(id, saveTo))),
      front.queue.purgeExpiredPhotos()
    ])
    expect(purged).toBe(ids.length)
    expect(await front.chain.sync.flush()).toBe(true)
    await backShared.put({ ...before, savedTo: '/back/r-1.jpg' }, before)

    const stored = async (id: string) => {
      const row = await shared.db
        .selectFrom('jobs')
        .select(['record', 'photos_purged'])
        .where('id', '=', id)
        .executeTakeFirstOrThrow()
      return { record: JSON.parse(row.record), purged: row.photos_purged }
    }
    expect(await stored('r-1')).toMatchObject({
      record: { savedTo: '/back/r-1.jpg', photosPurged: true },
      purged: 1
    })
    for (const [i, outcome] of saves.entries()) {
      const id = ids[i + 1]!
      const { record, purged: column } = await stored(id)
      // The record as stored holds both: Front's purge, and Back's save when it came first.
      expect(record.photosPurged, id).toBe(true)
      expect(column).toBe(1)
      if (outcome.status === 'fulfilled') {
        expect(record.savedTo, id).toBe(outcome.value)
        expect([...(await readFile(outcome.value))]).toEqual([...FINISHED_JPEG])
      } else {
        // The purge came first: the photo is gone everywhere, and Back says so.
        expect(outcome.reason).toMatchObject({ code: 'NOT_FOUND' })
        expect(record.savedTo).toBeUndefined()
      }
    }
    expect(
      await shared.db.selectFrom('job_photos').select('job_id').where('job_id', 'in', ids).execute()
    ).toEqual([])
    // Front's own record is purged and knows nothing of Back's saves.
    expect(await front.history.get('r-2')).toMatchObject({ photosPurged: true })
    expect((await front.history.get('r-2'))?.savedTo).toBeUndefined()
  })

  it('the retention is agreed: the first counter to reach it purges for all, and the maker then deletes its own copies', async () => {
    const clock = { now: Date.now() }
    // Front keeps photos 30 days, Back 14: Back's purge reaches Front's jobs first.
    const front = await openCounter({
      name: 'Front 4',
      config,
      runJob: countingService().runJob,
      now: () => clock.now,
      retentionDays: 30
    })
    counters.push(front)
    await front.queue.enqueue(walkIn('p-1'))
    await front.queue.idle()
    expect(await front.chain.sync.flush()).toBe(true)
    const at = Date.now() + 15 * DAY
    expect(await purgeSharedPhotos(shared.db, at - 14 * DAY, at)).toBeGreaterThanOrEqual(1)
    const row = await shared.db
      .selectFrom('jobs')
      .select(['photos_purged', 'photos_purged_at'])
      .where('id', '=', 'p-1')
      .executeTakeFirstOrThrow()
    expect(row).toEqual({ photos_purged: 1, photos_purged_at: at })
    expect(
      await shared.db.selectFrom('job_photos').select('job_id').where('job_id', '=', 'p-1').execute()
    ).toEqual([])
    // Front's own 30 days are not over, but the database says the photos were purged: Front follows.
    clock.now += 15 * DAY
    expect(await front.queue.finalPhotoFor('p-1')).not.toBeNull()
    expect(await front.queue.purgeExpiredPhotos()).toBe(1)
    expect(await front.queue.get('p-1')).toMatchObject({ photosPurged: true, files: {} })
    expect(await front.queue.finalPhotoFor('p-1')).toBeNull()
    expect(await front.chain.sync.flush()).toBe(true)
    expect(await purgedElsewhere(shared.db, await front.chain.sync.counterId(), 10)).toEqual([])
  })

  it('the other counter sees the job, shows and saves its finished photo, and can never run it or spend its quota', async () => {
    const frontService = countingService()
    const backService = countingService()
    const front = await openCounter({ name: 'Front 2', config, runJob: frontService.runJob })
    const back = await openCounter({ name: 'Back 2', config, runJob: backService.runJob })
    counters.push(front, back)
    await front.queue.enqueue(walkIn('m-1', 'Anna Müller'))
    await front.queue.idle()
    expect(await front.chain.sync.flush()).toBe(true)
    expect(await back.chain.sync.flush()).toBe(true)

    const all = await back.queue.page({ limit: 10, counters: 'all', search: 'MÜLLER' })
    expect(all.records.map((j) => [j.id, j.fromCounter])).toEqual([['m-1', 'Front 2']])
    expect((await back.queue.page({ limit: 10, counters: 'this' })).records).toEqual([])
    const seen = (await back.queue.get('m-1'))!
    expect(seen.makeGrant).toBeUndefined()
    expect([...(await back.queue.finalPhotoFor('m-1'))!]).toEqual([...FINISHED_JPEG])
    await expect(back.queue.retry('m-1')).rejects.toMatchObject({ code: 'STATE_CONFLICT' })
    await expect(back.queue.remake('m-1', { confirmed: true })).rejects.toMatchObject({
      code: 'STATE_CONFLICT',
      message: expect.stringContaining('made at Front 2')
    })
    await expect(back.queue.remove('m-1')).rejects.toMatchObject({ code: 'STATE_CONFLICT' })
    await expect(back.queue.unlock('m-1')).rejects.toMatchObject({ code: 'STATE_CONFLICT' })
    await back.queue.idle()
    expect(backService.made).toEqual([])
    expect(frontService.made).toEqual(['m-1'])
    expect((await front.queue.get('m-1'))?.state).toBe('done')
  })

  it('a queued job of one counter carries no grant anywhere else, and a failed one cannot be tried again there', async () => {
    const front = await openCounter({
      name: 'Front 3',
      config,
      runJob: async () => {
        throw new Error('the network went down before anything was sent')
      }
    })
    const back = await openCounter({ name: 'Back 3', config, runJob: countingService().runJob })
    counters.push(front, back)
    await front.queue.enqueue(walkIn('g-1'))
    await front.queue.idle()
    expect(await front.chain.sync.flush()).toBe(true)
    expect(await back.chain.sync.flush()).toBe(true)
    expect(await front.queue.get('g-1')).toMatchObject({ state: 'failed', makeGrant: true })
    const seen = (await back.queue.get('g-1'))!
    expect(seen).toMatchObject({ state: 'failed', fromCounter: 'Front 3' })
    expect(seen.makeGrant).toBeUndefined()
    await expect(back.queue.retry('g-1')).rejects.toMatchObject({
      code: 'STATE_CONFLICT',
      message: expect.stringContaining('made at Front 3')
    })
    await expect(back.queue.remake('g-1', { confirmed: true })).rejects.toMatchObject({
      code: 'STATE_CONFLICT'
    })
    await expect(back.queue.cancel('g-1')).rejects.toMatchObject({ code: 'STATE_CONFLICT' })
  })

  it('audit rows of several counters appended at once make one unbroken chain', async () => {
    const entry = (i: number) => ({
      time: new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString(),
      osUser: 'clerk',
      environment: 'demo' as const,
      action: 'fetch' as const,
      side: 'front' as const,
      tokenFingerprint: 'abcdef12',
      outcome: 'ok' as const
    })
    const pools = [openSharedStore(config), openSharedStore(config), openSharedStore(config)]
    try {
      await Promise.all(
        pools.map((pool, c) =>
          Promise.all(
            Array.from({ length: 15 }, (_, i) =>
              pool.db
                .transaction()
                .execute((trx) =>
                  appendSharedAudit(trx, { id: `audit-counter-${c}`, name: `Audit ${c}` }, [
                    { localSeq: i + 1, entry: entry(i) }
                  ])
                )
            )
          )
        )
      )
    } finally {
      for (const pool of pools) await pool.close()
    }
    const verified = await verifySharedAudit(shared.db)
    expect(verified).toMatchObject({ ok: true })
    expect(verified.rows).toBeGreaterThanOrEqual(45)
  })

  it('the app’s role cannot update, delete or truncate the audit log', async () => {
    await shared.db.transaction().execute((trx) =>
      appendSharedAudit(trx, { id: 'rev', name: 'Revoke test' }, [
        {
          localSeq: 1,
          entry: {
            time: new Date().toISOString(),
            osUser: 'x',
            environment: 'demo',
            action: 'fetch',
            side: null,
            tokenFingerprint: null,
            outcome: 'ok'
          }
        }
      ])
    )
    await expect(
      shared.db.updateTable('audit_log').set({ os_user: 'someone else' }).execute()
    ).rejects.toThrow(/permission denied/)
    await expect(shared.db.deleteFrom('audit_log').execute()).rejects.toThrow(/permission denied/)
    await expect(sql`truncate audit_log`.execute(shared.db)).rejects.toThrow(/permission denied/)
  })

  it('two connections changing different fields of one job from the same reading both survive', async () => {
    const repo = (id: string) =>
      createPgJobRepository({ db: shared.db, counter: { id, name: id }, setAside: async () => '' })
    const owner = repo('owner-c')
    const stored = await owner.insert({
      id: 'merge-1',
      specCode: 'us-passport',
      mode: 'direct',
      outputFormat: 'IMAGE_BASE64',
      sourceFileName: 'a.jpg',
      state: 'done',
      progress: 1,
      createdAt: 1,
      updatedAt: 1,
      attempts: 1,
      files: { result: 'result.jpg' }
    })
    const other = repo('other-c')
    const base = (await other.get('merge-1'))!
    await Promise.all([
      owner.put({ ...stored, clearedFromQueue: true, updatedAt: 2 }, stored),
      other.put({ ...base, savedTo: '/elsewhere/a.jpg' }, base)
    ])
    expect(await owner.get('merge-1')).toMatchObject({ clearedFromQueue: true, savedTo: '/elsewhere/a.jpg' })
    // Another counter may change only where it saved the photo.
    await expect(other.put({ ...base, state: 'failed' }, base)).rejects.toMatchObject({
      code: 'STATE_CONFLICT'
    })
  })
})
