import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SharedDbConfig } from '../../../electron/main/services/shared-db/pg-connection'
import { openSharedStore } from '../../../electron/main/services/shared-db/pg-connection'
import { migrationState } from '../../../electron/main/services/shared-db/shared-migrations'
import { usePostgres } from '../../helpers/postgres'
import { syntheticPortrait } from '../../helpers/synthetic-portrait'
import { startTestApp, type TestApp } from '../helpers/app-context'

const postgres = usePostgres()
let config: SharedDbConfig
const apps: TestApp[] = []
const results: unknown[] = []
const CANARY = 'pg-canary-Secret-4711'

beforeAll(async () => {
  if (postgres.available) config = await postgres.freshDatabase()
})
afterAll(async () => {
  for (const app of apps) await app.close()
})

/** Calls a handler and keeps what came back, to look for the password in it later. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- results are read field by field, as the window does
async function call(app: TestApp, channel: string, input?: unknown): Promise<any> {
  const value = await (app.call as (c: string, i: unknown) => Promise<unknown>)(channel, input)
  results.push(value)
  return value
}

const settingsFor = (name: string, extra: object = {}) => ({
  host: config.host,
  port: config.port,
  database: config.database,
  user: config.user,
  tls: 'disable',
  caFile: null,
  counterName: name,
  ...extra
})

async function waitFor(check: () => Promise<boolean>, ms = 15_000) {
  const until = Date.now() + ms
  while (!(await check())) {
    if (Date.now() > until) throw new Error('timed out')
    await new Promise((r) => setTimeout(r, 50))
  }
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? filesUnder(path) : [path]
  })
}

describe.skipIf(!postgres.available)(
  'Settings → Shared studio database, and two app contexts on one server',
  () => {
    it('tests the connection, sets the database up only with consent for that very database, and keeps the password in the keychain alone', async () => {
      const front = await startTestApp()
      apps.push(front)
      expect(await call(front, 'chain:get')).toMatchObject({
        password: { configured: false },
        status: { state: 'off' }
      })
      await call(front, 'chain:save-settings', settingsFor('Front'))
      expect(await call(front, 'chain:test-connection')).toMatchObject({
        ok: false,
        message: expect.stringMatching(/password/)
      })
      await call(front, 'chain:set-password', { password: 'not-the-password' })
      expect(await call(front, 'chain:test-connection')).toMatchObject({
        ok: false,
        message: expect.stringContaining('refused the user or password')
      })
      await call(front, 'chain:set-password', { password: config.password })
      const tested = await call(front, 'chain:test-connection')
      expect(tested).toMatchObject({
        ok: true,
        setup: { migrations: ['1000-jobs', '1010-audit-log', '1020-search'] }
      })
      const target = tested.setup.target as string

      // Switching on, or a consent for another database, changes nothing.
      await expect(call(front, 'chain:set-enabled', { enabled: true })).rejects.toMatchObject({
        code: 'STATE_CONFLICT'
      })
      await expect(
        call(front, 'chain:run-setup', {
          confirmed: true,
          target: target.replace(config.database, 'postgres')
        })
      ).rejects.toMatchObject({ code: 'CONFIRMATION_REQUIRED' })
      const shared = openSharedStore(config)
      try {
        expect((await migrationState(shared.db)).pending).toHaveLength(3)
        expect(await call(front, 'chain:run-setup', { confirmed: true, target })).toMatchObject({ ok: true })
        expect((await migrationState(shared.db)).pending).toEqual([])
      } finally {
        await shared.close()
      }
      // A consent is used once.
      await expect(call(front, 'chain:run-setup', { confirmed: true, target })).rejects.toMatchObject({
        code: 'CONFIRMATION_REQUIRED'
      })
      const on = await call(front, 'chain:set-enabled', { enabled: true })
      expect(on).toMatchObject({ settings: { enabled: true }, password: { configured: true } })
      await waitFor(async () => (await call(front, 'chain:status')).state === 'online')

      // The password is in the keychain only: not in any file of the data folder, not in anything main returned.
      for (const file of filesUnder(front.dataDir))
        expect(readFileSync(file).includes(CANARY), file).toBe(false)
      await call(front, 'chain:set-password', { password: CANARY })
      for (const file of filesUnder(front.dataDir))
        expect(readFileSync(file).includes(CANARY), file).toBe(false)
      expect(JSON.stringify(results)).not.toContain(CANARY)
      expect(JSON.stringify(results)).not.toContain(config.password)
      await call(front, 'chain:set-password', { password: config.password })
    })

    it('two app contexts on one server: each sees the other’s jobs; the other counter reopens, saves and never reruns them', async () => {
      const front = apps[0]!
      await waitFor(async () => (await call(front, 'chain:status')).state === 'online')
      const back = await startTestApp()
      apps.push(back)
      const tls = process.env.STUDIO_TEST_PG_CA
        ? { tls: 'verify-full', caFile: process.env.STUDIO_TEST_PG_CA }
        : { tls: 'disable' }
      if (process.env.STUDIO_TEST_PG_CA) {
        // verify-full against a server whose CA is not given: refused, and said plainly.
        await call(back, 'chain:save-settings', settingsFor('Back', { tls: 'verify-full' }))
        await call(back, 'chain:set-password', { password: config.password })
        expect(await call(back, 'chain:test-connection')).toMatchObject({
          ok: false,
          message: expect.stringContaining('certificate could not be verified')
        })
      }
      await call(back, 'chain:save-settings', settingsFor('Back', tls))
      await call(back, 'chain:set-password', { password: config.password })
      expect(await call(back, 'chain:test-connection')).toMatchObject({ ok: true, setup: null })
      await call(back, 'chain:set-enabled', { enabled: true })

      const photo = await syntheticPortrait({ width: 600, height: 750 })
      const submitted = await call(front, 'photos:submit', {
        files: [{ name: 'walk-in.jpg', bytes: photo }],
        specCode: 'us-passport',
        mode: 'direct',
        customer: 'Zoë O’Brien'
      })
      const jobId = submitted.accepted[0].jobId as string
      await waitFor(async () => (await call(front, 'photos:get-job', { jobId })).state === 'done', 30_000)
      expect(await front.context.core.chain.sync.flush()).toBe(true)
      expect(await back.context.core.chain.sync.flush()).toBe(true)

      const all = await call(back, 'history:list', {
        limit: 50,
        cursor: null,
        counters: 'all',
        search: 'zoe o'
      })
      expect(all).toMatchObject({ counters: 'all', note: null })
      expect(all.jobs.map((j: { id: string; counter: string }) => [j.id, j.counter])).toEqual([
        [jobId, 'Front']
      ])
      expect(all.jobs[0]).toMatchObject({ retry: null, remake: false, cancellable: false, inQueue: false })
      expect((await call(back, 'history:list', { limit: 50, cursor: null, counters: 'this' })).jobs).toEqual(
        []
      )
      const mine = await call(front, 'history:list', { limit: 50, cursor: null, counters: 'all' })
      expect(mine.jobs.find((j: { id: string }) => j.id === jobId)).toMatchObject({ counter: null })

      const image = await call(back, 'photos:get-image', { jobId, kind: 'result' })
      expect(image.mime).toBe('image/jpeg')
      const saved = await call(back, 'photos:save', { jobId, what: 'photo' })
      expect(readFileSync(saved.path).subarray(0, 2)).toEqual(Buffer.from([0xff, 0xd8]))
      await expect(call(back, 'photos:retry', { jobId })).rejects.toMatchObject({ code: 'STATE_CONFLICT' })
      await expect(call(back, 'photos:remove', { jobId })).rejects.toMatchObject({ code: 'STATE_CONFLICT' })
    }, 60_000)
  }
)
