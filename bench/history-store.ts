// The history store at 100,000 past jobs (about five years at a busy counter), through the real handlers: the app
// context the browser harness serves, and the real renderer in Chromium for the first screen and the heap.
// Data is generated straight into the database in one transaction, so the bench spends its time measuring.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type Browser, type Page } from '@playwright/test'
import { openStudioDatabase } from '../electron/main/services/db/open-database'
import { JobLedger } from '../electron/main/services/jobs/job-ledger'
import type { JobRecord } from '../electron/main/services/jobs/job-types'
import { createSqlJobRepository } from '../electron/main/services/jobs/sql-job-repository'
import { startHarness, type Harness } from '../test/helpers/harness/harness-server'
import { findChromium } from '../scripts/find-chromium.mjs'
import type { BenchResult } from './types'
import { measurePostgres, postgresResults } from './history-store-pg'

const JOBS = 100_000
const RUNS = 30
const NAMES = [
  'Anna Müller',
  'Zoë O’Brien',
  'Jean Dupont',
  'Carla Ruiz',
  'Li Wei',
  'Søren Ærø',
  'Ayşe Yılmaz'
]
const SPECS = ['us-passport', 'uk-passport', 'schengen-visa', 'ca-passport']

/** `count` settled jobs over the last five years, oldest first. */
function pastJobs(count: number, prefix = 'past'): JobRecord[] {
  const now = Date.now() - 86_400_000
  const step = Math.floor((5 * 365 * 86_400_000) / Math.max(1, count))
  const records: JobRecord[] = []
  for (let i = 0; i < count; i++) {
    const at = now - (count - i) * step
    records.push({
      id: `${prefix}-${i}`,
      customer: `${NAMES[i % NAMES.length]} ${i}`,
      specCode: SPECS[i % SPECS.length] as string,
      specName: 'Passport',
      mode: i % 3 === 0 ? 'watermark' : 'direct',
      outputFormat: 'IMAGE_BASE64',
      sourceFileName: 'walk-in.jpg',
      state: i % 17 === 0 ? 'needs-attention' : i % 23 === 0 ? 'failed' : 'done',
      progress: 1,
      createdAt: at,
      updatedAt: at,
      attempts: 1,
      issues: [],
      photoUuid: `uuid-${i}`,
      watermarked: false,
      unlocked: true,
      files: {},
      photosPurged: true
    })
  }
  return records
}

/** Fills a data folder with `count` settled jobs over the last five years. */
async function seed(dataDir: string, count: number): Promise<number> {
  const started = performance.now()
  const store = await openStudioDatabase({ dataDir })
  const repository = createSqlJobRepository({ db: store.db, setAside: async () => 'unused' })
  await repository.importRecords(pastJobs(count), { key: 'bench:seed', value: String(count) })
  await store.close()
  return performance.now() - started
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN
}

async function timed(runs: number, work: (i: number) => Promise<unknown>): Promise<number[]> {
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const t = performance.now()
    await work(i)
    times.push(performance.now() - t)
  }
  return times
}

/**
 * From navigation to the Photos screen showing the counter's queue (read from the history: empty today). The median
 * of a few loads, the first one warming the browser's cache as a second start of the app would be.
 */
async function firstScreen(page: Page, harness: Harness): Promise<number> {
  const times: number[] = []
  for (let i = 0; i < 4; i++) {
    const t = performance.now()
    await page.goto(harness.url)
    await page.getByText('No photos in the queue.').waitFor()
    if (i > 0) times.push(performance.now() - t)
  }
  return median(times)
}

/** The renderer's JS heap after GC, having shown Photos, then History scrolled through a few pages. */
async function heapAfterHistory(page: Page, empty: boolean): Promise<{ heapMb: number; rowsLoaded: number }> {
  await page.getByRole('button', { name: 'History', exact: true }).click()
  const firstRow = page.getByRole('table', { name: 'History' }).getByRole('row').nth(1)
  await (empty ? page.getByText('No photos yet.') : firstRow).waitFor()
  const scroller = page.getByRole('rowgroup', { name: 'History entries' })
  for (let i = 0; i < 8 && (await scroller.count()) > 0; i++) {
    await scroller.evaluate((el) => el.scrollTo(0, el.scrollHeight))
    await page.waitForTimeout(200)
  }
  // The last row in the page is the deepest one loaded (rows are numbered from the header's 1).
  const rows = page.getByRole('table', { name: 'History' }).getByRole('row')
  const rowsLoaded =
    (await rows.count()) > 1 ? Number(await rows.last().getAttribute('aria-rowindex')) - 1 : 0
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('HeapProfiler.collectGarbage')
  await cdp.send('HeapProfiler.collectGarbage')
  return { heapMb: (await cdp.send('Runtime.getHeapUsage')).usedSize / 2 ** 20, rowsLoaded }
}

async function withHarness<T>(
  jobs: number,
  browser: Browser,
  work: (h: Harness, page: Page, seedMs: number) => Promise<T>
) {
  const dataDir = mkdtempSync(join(tmpdir(), 'bench-history-'))
  const saveFolder = mkdtempSync(join(tmpdir(), 'bench-history-save-'))
  try {
    const seedMs = jobs > 0 ? await seed(dataDir, jobs) : 0
    const opened = performance.now()
    const harness = await startHarness({ dataDir, saveFolder })
    const openMs = performance.now() - opened
    const page = await browser.newPage()
    try {
      return { openMs, ...(await work(harness, page, seedMs)) }
    } finally {
      await page.close()
      await harness.close()
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true })
    rmSync(saveFolder, { recursive: true, force: true })
  }
}

/** Measures the store's targets at 100,000 jobs. */
export async function benchHistoryStore(): Promise<BenchResult[]> {
  const found = findChromium()
  if (!found.path) throw new Error(found.error)
  const browser = await chromium.launch({
    executablePath: found.path,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update']
  })
  try {
    const empty = await withHarness(0, browser, async (harness, page) => ({
      firstMs: await firstScreen(page, harness),
      ...(await heapAfterHistory(page, true))
    }))
    const full = await withHarness(JOBS, browser, async (harness, page, seedMs) => {
      const registry = harness.context.registry
      const firstMs = await firstScreen(page, harness)
      const { heapMb, rowsLoaded } = await heapAfterHistory(page, false)
      const pageTimes = await timed(RUNS, () => registry['history:list']({ limit: 50, cursor: null }, {}))
      const searches = ['MÜLLER', 'zoe o', '#4242', 'yilmaz 99']
      const searchTimes = await timed(RUNS, (i) =>
        registry['history:list'](
          { limit: 50, cursor: null, search: searches[i % searches.length] as string },
          {}
        )
      )
      // One state change, committed (WAL, synchronous=FULL) through the ledger every job change goes through.
      const db = harness.context.core.store.db
      const repository = createSqlJobRepository({ db, setAside: async () => 'unused' })
      const ledger = new JobLedger(repository, { now: Date.now })
      const changeTimes = await timed(200, (i) =>
        ledger.change('past-50000', () => ({ savedTo: `/tmp/${i}` }))
      )
      return { seedMs, firstMs, heapMb, rowsLoaded, pageTimes, searchTimes, changeTimes }
    })
    const pg = await measurePostgres(browser, JOBS, {
      records: pastJobs,
      firstScreen,
      heapAfterHistory,
      timed
    })
    const input = `${JOBS.toLocaleString('en')} past jobs in SQLite, through the harness's handlers`
    const heapGrowth = full.heapMb - empty.heapMb
    return [
      {
        name: 'first screen ready (Chromium)',
        input: `${input}; navigation to the Photos screen with its queue and specs`,
        median: full.firstMs / 1000,
        unit: 's',
        target: '≤ 0.5 s',
        pass: full.firstMs <= 500,
        extra: { emptyHistoryS: empty.firstMs / 1000, openContextMs: full.openMs, seedS: full.seedMs / 1000 }
      },
      {
        name: "History's first page",
        input: `${input}; history:list, 50 rows, newest first, ${RUNS} runs`,
        median: median(full.pageTimes),
        unit: 'ms',
        target: '≤ 150 ms',
        pass: median(full.pageTimes) <= 150
      },
      {
        name: 'a search',
        input: `${input}; history:list by name (folded) or order number, ${RUNS} runs`,
        median: median(full.searchTimes),
        unit: 'ms',
        target: '≤ 100 ms',
        pass: median(full.searchTimes) <= 100,
        extra: { slowestMs: Math.max(...full.searchTimes) }
      },
      {
        name: 'one state change persisted',
        input: `${input}; a committed change of one job (WAL, synchronous=FULL), 200 runs`,
        median: median(full.changeTimes),
        unit: 'ms',
        target: '≤ 5 ms',
        pass: median(full.changeTimes) <= 5,
        extra: {
          p95Ms: [...full.changeTimes].sort((a, b) => a - b)[Math.floor(full.changeTimes.length * 0.95)] ?? 0
        }
      },
      {
        name: 'renderer heap, 100,000 vs empty history',
        input: `${input}; Photos, then History scrolled 8 pages, JS heap after GC`,
        median: heapGrowth,
        unit: 'MB',
        target: '≤ +30 MB',
        // Only a measurement of History actually scrolled through counts.
        pass: heapGrowth <= 30 && full.rowsLoaded >= 300,
        extra: { emptyMb: empty.heapMb, fullMb: full.heapMb, historyRowsLoaded: full.rowsLoaded }
      },
      ...postgresResults(pg, empty.heapMb, JOBS)
    ]
  } finally {
    await browser.close()
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(await benchHistoryStore(), null, 2))
}
