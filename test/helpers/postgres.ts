import { readFileSync } from 'node:fs'
import { afterAll, beforeAll } from 'vitest'
import pg from 'pg'
import { type Kysely } from 'kysely'
import { startPostgres, unavailableReason, type RunningPostgres } from '../../scripts/services/postgres.mjs'
import {
  openSharedStore,
  type SharedDbConfig,
  type SharedStore
} from '../../electron/main/services/shared-db/pg-connection'
import { runSharedMigrations } from '../../electron/main/services/shared-db/shared-migrations'

/** The connection described by a postgres:// URL, as the app's settings would give it. */
export function configFromUrl(url: string, overrides: Partial<SharedDbConfig> = {}): SharedDbConfig {
  const u = new URL(url)
  return {
    host: u.hostname,
    port: Number(u.port),
    database: decodeURIComponent(u.pathname.slice(1)),
    user: decodeURIComponent(u.username),
    password: decodeURIComponent(u.password),
    tls: 'disable',
    ...overrides
  }
}

/** A PostgreSQL for this test file. */
export interface TestPostgres {
  available: boolean
  /** The app role's URL (its own database). */
  url(): string
  /** The CA of the server's certificate, when it has TLS. */
  ca(): string | undefined
  /** A new, empty database owned by the app role, for one file or one test; dropped when the file ends. */
  freshDatabase(options?: { migrate?: boolean }): Promise<SharedDbConfig>
  /** The same, opened (and migrated unless told otherwise); closed when the file ends. */
  freshStore(options?: { migrate?: boolean }): Promise<SharedStore>
  /** The server itself, when this file started its own (the only kind a test may stop and start). */
  own(): RunningPostgres | null
}

/**
 * The PostgreSQL for a test file: the one `npm test` started (STUDIO_TEST_PG_URL), else, with `own: true` or when
 * none was given, a throwaway cluster started for this file. Where PostgreSQL cannot run, the tests skip and say
 * why — unless STUDIO_REQUIRE_PG=1 (CI), where that is a failure.
 */
export function usePostgres(options: { own?: boolean } = {}): TestPostgres {
  const given = options.own ? null : (process.env.STUDIO_TEST_PG_URL ?? null)
  const reason = given ? null : unavailableReason()
  if (reason && process.env.STUDIO_REQUIRE_PG === '1') {
    throw new Error(`STUDIO_REQUIRE_PG=1, but PostgreSQL cannot run here: ${reason}.`)
  }
  if (reason) console.warn(`Skipping the PostgreSQL tests: ${reason}.`)
  let url = given
  let ca = given ? process.env.STUDIO_TEST_PG_CA : undefined
  let server: RunningPostgres | null = null
  const databases: string[] = []
  const stores: SharedStore[] = []
  beforeAll(async () => {
    if (url || reason) return
    server = await startPostgres()
    url = server.env.STUDIO_TEST_PG_URL
    ca = server.env.STUDIO_TEST_PG_CA
  }, 60_000)
  afterAll(async () => {
    for (const store of stores) await store.close().catch(() => undefined)
    if (url && databases.length > 0 && server === null) {
      const admin = new pg.Client({ connectionString: url })
      await admin.connect()
      for (const name of databases) await admin.query(`drop database if exists ${name} with (force)`)
      await admin.end()
    }
    await server?.stop()
  }, 60_000)
  const mustUrl = () => {
    if (!url) throw new Error('The test PostgreSQL has not started.')
    return url
  }
  const freshDatabase = async (): Promise<SharedDbConfig> => {
    const name = `studio_t_${process.pid}_${Math.random().toString(36).slice(2, 10)}`
    const admin = new pg.Client({ connectionString: mustUrl() })
    await admin.connect()
    await admin.query(`create database ${name}`)
    await admin.end()
    databases.push(name)
    return configFromUrl(mustUrl(), { database: name })
  }
  return {
    available: reason === null,
    url: mustUrl,
    ca: () => (ca ? readFileSync(ca, 'utf8') : undefined),
    freshDatabase,
    async freshStore(opts = {}) {
      const store = openSharedStore(await freshDatabase())
      stores.push(store)
      if (opts.migrate !== false) await runSharedMigrations(store.db)
      return store
    },
    own: () => server
  }
}

/** Empties every table a job test writes (the audit log cannot be emptied: that is its point). */
export async function clearJobTables(db: Kysely<never>): Promise<void> {
  const k = db as unknown as Kysely<Record<string, Record<string, unknown>>>
  for (const table of ['job_photos', 'kept_photos', 'jobs', 'store_meta', 'counters'])
    await k.deleteFrom(table).execute()
}
