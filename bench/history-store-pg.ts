// The history store's figures against the shared PostgreSQL on 127.0.0.1 (studio-chain mode), through the same
// harness and handlers as the SQLite figures: 100,000 past jobs of three counters in the shared database, read by
// a counter whose History shows every counter's jobs.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, Page } from '@playwright/test'
import { sql } from 'kysely'
import pg from 'pg'
import { defaultSettings } from '../electron/main/services/settings/settings-service'
import { JobLedger } from '../electron/main/services/jobs/job-ledger'
import type { JobRecord } from '../electron/main/services/jobs/job-types'
import { openSharedStore, type SharedDbConfig } from '../electron/main/services/shared-db/pg-connection'
import { createPgJobRepository } from '../electron/main/services/shared-db/pg-job-repository'
import { createSqlJobRepository } from '../electron/main/services/jobs/sql-job-repository'
import { runSharedMigrations } from '../electron/main/services/shared-db/shared-migrations'
import { startHarness, type Harness } from '../test/helpers/harness/harness-server'
import { startPostgres, unavailableReason } from '../scripts/services/postgres.mjs'
import { configFromUrl } from '../test/helpers/postgres'
import type { SecretStore } from '../electron/main/services/secrets/secret-store'
import type { BenchResult } from './types'

/** What the SQLite bench measures, handed over so both modes are measured the same way. */
export interface Measures {
  records: (count: number, prefix: string) => JobRecord[]
  firstScreen: (page: Page, harness: Harness) => Promise<number>
  heapAfterHistory: (page: Page, empty: boolean) => Promise<{ heapMb: number; rowsLoaded: number }>
  timed: (runs: number, work: (i: number) => Promise<unknown>) => Promise<number[]>
}

/** Results of the PostgreSQL run, or why it could not run. */
export type PgFigures =
  | { ran: false; reason: string }
  | {
      ran: true
      seedMs: number
      firstMs: number
      heapMb: number
      rowsLoaded: number
      pageTimes: number[]
      searchTimes: number[]
      changeTimes: number[]
      sentTimes: number[]
    }

const COUNTERS = ['Front desk', 'Second counter', 'Kiosk']

function memorySecrets(password: string): SecretStore {
  const items = new Map([['shared-database', password]])
  return {
    get: async (account) => items.get(account) ?? null,
    set: async (account, secret) => void items.set(account, secret),
    delete: async (account) => items.delete(account),
    availability: async () => ({ available: true, message: null })
  }
}

async function freshDatabase(url: string): Promise<SharedDbConfig> {
  const name = `studio_bench_${process.pid}`
  const admin = new pg.Client({ connectionString: url })
  await admin.connect()
  await admin.query(`drop database if exists ${name} with (force)`)
  await admin.query(`create database ${name}`)
  await admin.end()
  return configFromUrl(url, { database: name })
}

/** Measures History against PostgreSQL: `jobs` past jobs of three counters, this counter showing all of them. */
export async function measurePostgres(browser: Browser, jobs: number, m: Measures): Promise<PgFigures> {
  const given = process.env.STUDIO_TEST_PG_URL
  const reason = given ? null : unavailableReason()
  if (reason) return { ran: false, reason }
  const server = given ? null : await startPostgres()
  const url = given ?? server!.env.STUDIO_TEST_PG_URL
  const dataDir = mkdtempSync(join(tmpdir(), 'bench-history-pg-'))
  const saveFolder = mkdtempSync(join(tmpdir(), 'bench-history-pg-save-'))
  try {
    const config = await freshDatabase(url)
    const started = performance.now()
    const store = openSharedStore(config)
    await runSharedMigrations(store.db)
    const all = m.records(jobs, 'pg')
    for (const [c, name] of COUNTERS.entries()) {
      const repository = createPgJobRepository({
        db: store.db,
        counter: { id: `bench-${c}`, name },
        setAside: async () => 'unused'
      })
      await repository.importRecords(
        all.filter((_, i) => i % COUNTERS.length === c),
        { key: `bench:${c}`, value: '1' }
      )
    }
    await sql`analyze`.execute(store.db)
    await store.close()
    const seedMs = performance.now() - started

    mkdirSync(dataDir, { recursive: true })
    writeFileSync(
      join(dataDir, 'settings.json'),
      JSON.stringify({
        ...defaultSettings(),
        sharedDatabase: {
          enabled: true,
          host: config.host,
          port: config.port,
          database: config.database,
          user: config.user,
          tls: 'disable',
          caFile: null,
          counterName: 'Bench counter'
        }
      })
    )
    const harness = await startHarness({ dataDir, saveFolder, secretStore: memorySecrets(config.password) })
    const page = await browser.newPage()
    try {
      const chain = harness.context.core.chain
      if (!(await chain.sync.flush()))
        throw new Error(`the shared database did not connect: ${chain.sync.status().message}`)
      const registry = harness.context.registry
      const firstMs = await m.firstScreen(page, harness)
      const { heapMb, rowsLoaded } = await m.heapAfterHistory(page, false)
      const pageTimes = await m.timed(30, () =>
        registry['history:list']({ limit: 50, cursor: null, counters: 'all' }, {})
      )
      const searches = ['MÜLLER', 'zoe o', '#4242', 'yilmaz 99']
      const searchTimes = await m.timed(30, (i) =>
        registry['history:list'](
          { limit: 50, cursor: null, counters: 'all', search: searches[i % searches.length] },
          {}
        )
      )
      // One state change committed in PostgreSQL, through the ledger every job change goes through: the change
      // merged onto the row under its lock (a counter writing to the shared database directly).
      const connected = chain.sync.connected()!
      const direct = createPgJobRepository({
        db: connected.store.db,
        counter: { id: 'bench-direct', name: 'Direct writer' },
        setAside: async () => 'unused'
      })
      const ledger = new JobLedger(direct, { now: Date.now })
      const own = await direct.insert({ ...all[0]!, id: 'bench-own', orderNumber: undefined })
      const changeTimes = await m.timed(200, (i) => ledger.change(own.id, () => ({ savedTo: `/tmp/${i}` })))
      // The same change made at a counter in the chain: committed in studio.db with its outbox row, then sent;
      // timed until the shared database has it.
      const db = harness.context.core.store.db
      const chained = chain.history(
        createSqlJobRepository({ db, outbox: chain.outbox, setAside: async () => '' })
      )
      const counterLedger = new JobLedger(chained, { now: Date.now })
      const mine = await counterLedger.insert({ ...all[1]!, id: 'bench-chain', orderNumber: undefined })
      const sentTimes = await m.timed(50, async (i) => {
        await counterLedger.change(mine.id, () => ({ savedTo: `/tmp/chain-${i}` }))
        if (!(await chain.sync.flush())) throw new Error('the change was not sent')
      })
      return {
        ran: true,
        seedMs,
        firstMs,
        heapMb,
        rowsLoaded,
        pageTimes,
        searchTimes,
        changeTimes,
        sentTimes
      }
    } finally {
      await page.close()
      await harness.close()
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true })
    rmSync(saveFolder, { recursive: true, force: true })
    await server?.stop()
  }
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN
const p95 = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length * 0.95)] ?? Number.NaN

/** The rows of the table for the PostgreSQL run (or one row saying why it could not run). */
export function postgresResults(pg: PgFigures, emptyHeapMb: number, jobs: number): BenchResult[] {
  if (!pg.ran) {
    return [
      {
        name: 'shared PostgreSQL figures',
        input: '-',
        median: Number.NaN,
        unit: '-',
        target: 'ran',
        pass: false,
        extra: { notRun: pg.reason }
      }
    ]
  }
  const input = `${jobs.toLocaleString('en')} past jobs of 3 counters in PostgreSQL on 127.0.0.1 (studio chain), History showing all counters`
  const heap = pg.heapMb - emptyHeapMb
  return [
    {
      name: 'PostgreSQL: first screen ready (Chromium)',
      input: `${input}; navigation to the Photos screen`,
      median: pg.firstMs / 1000,
      unit: 's',
      target: '≤ 0.5 s',
      pass: pg.firstMs <= 500,
      extra: { seedS: pg.seedMs / 1000 }
    },
    {
      name: "PostgreSQL: History's first page",
      input: `${input}; history:list, 50 rows, newest first, 30 runs`,
      median: median(pg.pageTimes),
      unit: 'ms',
      target: '≤ 150 ms',
      pass: median(pg.pageTimes) <= 150
    },
    {
      name: 'PostgreSQL: a search',
      input: `${input}; history:list by name (folded) or order number, 30 runs`,
      median: median(pg.searchTimes),
      unit: 'ms',
      target: '≤ 100 ms',
      pass: median(pg.searchTimes) <= 100,
      extra: { slowestMs: Math.max(...pg.searchTimes) }
    },
    {
      name: 'PostgreSQL: one state change persisted',
      input: `${input}; one change committed in PostgreSQL (merged under the row lock, fsync on), 200 runs`,
      median: median(pg.changeTimes),
      unit: 'ms',
      target: '≤ 5 ms',
      pass: median(pg.changeTimes) <= 5,
      extra: {
        p95Ms: p95(pg.changeTimes),
        viaCounterUntilSentMs: median(pg.sentTimes),
        viaCounterUntilSentP95Ms: p95(pg.sentTimes)
      }
    },
    {
      name: 'PostgreSQL: renderer heap vs empty history',
      input: `${input}; Photos, then History scrolled 8 pages, JS heap after GC`,
      median: heap,
      unit: 'MB',
      target: '≤ +30 MB',
      pass: heap <= 30 && pg.rowsLoaded >= 300,
      extra: { fullMb: pg.heapMb, historyRowsLoaded: pg.rowsLoaded }
    }
  ]
}
