import { mkdir, mkdtemp, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { foldText } from '../../../../electron/main/services/db/fold-text'
import { openStudioDatabase, type StudioStore } from '../../../../electron/main/services/db/open-database'
import { writeSetAside } from '../../../../electron/main/services/db/set-aside-file'
import {
  confirmHistoryImport,
  importJsonHistory
} from '../../../../electron/main/services/jobs/history-import'
import type { JobRepository, SetAsideReport } from '../../../../electron/main/services/jobs/job-repository'
import type { JobRecord } from '../../../../electron/main/services/jobs/job-types'
import { createSqlJobRepository } from '../../../../electron/main/services/jobs/sql-job-repository'
import { createPgJobRepository } from '../../../../electron/main/services/shared-db/pg-job-repository'
import type { SharedStore } from '../../../../electron/main/services/shared-db/pg-connection'
import { clearJobTables, usePostgres } from '../../../helpers/postgres'
import { openQueueIn } from './queue-harness'

const DAY = 86_400_000
const postgres = usePostgres()
let dir: string
let store: StudioStore
let repository: JobRepository
let setAside: SetAsideReport[]

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'history-'))
  store = await openStudioDatabase({ dataDir: dir })
  setAside = []
  repository = createSqlJobRepository({
    db: store.db,
    setAside: (rows) => writeSetAside(dir, 'jobs', rows, Date.now),
    onSetAside: (report) => setAside.push(report)
  })
})
afterEach(async () => {
  await store.close()
  await rm(dir, { recursive: true, force: true, maxRetries: 5 })
})

function record(i: number, extra: Partial<JobRecord> = {}): JobRecord {
  return {
    id: `job-${String(i).padStart(4, '0')}`,
    customer: `Customer ${i}`,
    specCode: i % 2 === 0 ? 'us-passport' : 'uk-passport',
    mode: 'direct',
    outputFormat: 'IMAGE_BASE64',
    sourceFileName: 'p.jpg',
    state: i % 5 === 0 ? 'failed' : 'done',
    progress: 1,
    createdAt: Date.UTC(2025, 0, 1) + i * 3_600_000,
    updatedAt: Date.UTC(2025, 0, 1) + i * 3_600_000,
    attempts: 1,
    files: {},
    ...extra
  }
}

describe('folding for search', () => {
  it('drops accents and case the same way for the column and the query', () => {
    expect(foldText('MÜLLER')).toBe(foldText('Müller'))
    expect(foldText('Zoë O’Brien')).toBe("zoe o'brien")
    expect(foldText('Straße')).toBe('strasse')
    expect(foldText('Łukasz Øster  Ærø')).toBe('lukasz oster aero')
    expect(foldText('ÇAĞLAR')).toBe('caglar')
  })
})

/** The same behaviour, whichever store holds the history: this counter's SQLite, or the shared PostgreSQL. */
const backends: { name: string; skip: boolean; open: () => Promise<JobRepository> }[] = [
  { name: 'SQLite', skip: false, open: async () => repository },
  {
    name: 'PostgreSQL',
    skip: !postgres.available,
    open: async () => {
      shared ??= await postgres.freshStore()
      await clearJobTables(shared.db as never)
      return createPgJobRepository({
        db: shared.db,
        counter: { id: 'counter-a', name: 'Counter A' },
        setAside: (rows) => writeSetAside(dir, 'jobs', rows, Date.now),
        onSetAside: (report) => setAside.push(report)
      })
    }
  }
]
let shared: SharedStore | undefined

for (const backend of backends)
  describe.skipIf(backend.skip)(`the job repository (${backend.name})`, () => {
    let repository: JobRepository
    beforeEach(async () => {
      repository = await backend.open()
    })

    it('gives each new job the next order number of this counter', async () => {
      const a = await repository.insert(record(1))
      const b = await repository.insert(record(2))
      expect([a.orderNumber, b.orderNumber]).toEqual([1, 2])
      expect((await repository.get('job-0002'))?.orderNumber).toBe(2)
    })

    it('pages newest first without gaps or repeats, and each page holds only what was asked for', async () => {
      await repository.importRecords(
        Array.from({ length: 120 }, (_, i) => record(i)),
        { key: 'test', value: '1' }
      )
      const seen: string[] = []
      let cursor = null
      do {
        const page: Awaited<ReturnType<JobRepository['page']>> = await repository.page({ limit: 50, cursor })
        expect(page.records.length).toBeLessThanOrEqual(50)
        seen.push(...page.records.map((r) => r.id))
        cursor = page.next
      } while (cursor)
      expect(seen).toEqual(Array.from({ length: 120 }, (_, i) => record(119 - i).id))
    })

    it('finds a customer by name whatever the accents and case, or by order number', async () => {
      await repository.insert(record(1, { customer: 'Anna Müller' }))
      await repository.insert(record(2, { customer: 'Zoë O’Brien' }))
      await repository.insert(record(3, { customer: '50%_off Ltd' }))
      const ids = async (search: string) =>
        (await repository.page({ limit: 10, search })).records.map((r) => r.id)
      expect(await ids('MÜLLER')).toEqual(['job-0001'])
      expect(await ids('muller')).toEqual(['job-0001'])
      expect(await ids("zoe o'brien")).toEqual(['job-0002'])
      expect(await ids('#2')).toEqual(['job-0002'])
      expect(await ids('3')).toEqual(['job-0003'])
      // LIKE's wildcards are searched as typed.
      expect(await ids('%_')).toEqual(['job-0003'])
      expect(await ids('nobody')).toEqual([])
    })

    it('filters by date, state and spec', async () => {
      await repository.importRecords(
        Array.from({ length: 30 }, (_, i) => record(i)),
        { key: 'test', value: '1' }
      )
      const page = await repository.page({
        limit: 50,
        from: record(10).createdAt,
        to: record(20).createdAt,
        states: ['failed'],
        specCode: 'us-passport'
      })
      expect(page.records.map((r) => r.id)).toEqual(['job-0010'])
    })
  })

describe('the old history.json', () => {
  const oldFile = () => join(dir, 'jobs', 'history.json')

  it('is imported once, in one go; a damaged record is set aside in a file and reported; the backup stays until confirmed', async () => {
    await mkdir(join(dir, 'jobs'), { recursive: true })
    const damaged = { id: 'job-9999', state: 'teleported' }
    await writeFile(
      oldFile(),
      JSON.stringify({ version: 1, jobs: [record(1, { attempts: 0, state: 'queued' }), damaged, record(2)] })
    )
    const report = await importJsonHistory({ dataDir: dir, repository, now: () => 1234 })
    expect(report).toMatchObject({ imported: 2, setAside: { count: 1 }, confirmed: false })
    expect(JSON.parse(await readFile(report!.setAside!.file, 'utf8')).records).toEqual([damaged])
    expect(await readdir(join(dir, 'jobs'))).toContain('history.json.imported-1234')
    expect(await readdir(join(dir, 'jobs'))).not.toContain('history.json')
    // The old file did not record whether a job had reached the service: only one that never started keeps its
    // grant, so an import can never lead to a second charge.
    expect((await repository.get('job-0001'))?.makeGrant).toBe(true)
    expect((await repository.get('job-0002'))?.makeGrant).toBe(false)

    // The next start imports nothing again, and still shows the reminder until it is confirmed.
    expect(await importJsonHistory({ dataDir: dir, repository, now: () => 5678 })).toMatchObject({
      imported: 2
    })
    expect((await repository.page({ limit: 10 })).records).toHaveLength(2)
    await confirmHistoryImport(repository)
    expect(await readdir(join(dir, 'jobs'))).not.toContain('history.json.imported-1234')
    expect(await importJsonHistory({ dataDir: dir, repository, now: () => 9 })).toBeNull()
  })

  it('a whole file that cannot be read is kept aside and reported, never silently emptied', async () => {
    await mkdir(join(dir, 'jobs'), { recursive: true })
    await writeFile(oldFile(), '{"version":1,"jobs":[{"id":')
    const report = await importJsonHistory({ dataDir: dir, repository, now: () => 42 })
    expect(report).toMatchObject({ imported: 0, setAside: { count: 1 } })
    expect(await readFile(report!.setAside!.file, 'utf8')).toContain(
      '{\\"version\\":1,\\"jobs\\":[{\\"id\\":'
    )
    expect(await readFile(join(dir, 'jobs', 'history.json.imported-42'), 'utf8')).toBe(
      '{"version":1,"jobs":[{"id":'
    )
  })

  it('a crash between the import and the rename does not import twice', async () => {
    await mkdir(join(dir, 'jobs'), { recursive: true })
    await writeFile(oldFile(), JSON.stringify({ version: 1, jobs: [record(1)] }))
    await importJsonHistory({ dataDir: dir, repository, now: () => 1 })
    // As if the rename had not happened.
    await writeFile(oldFile(), JSON.stringify({ version: 1, jobs: [record(1), record(2)] }))
    await importJsonHistory({ dataDir: dir, repository, now: () => 2 })
    expect((await repository.page({ limit: 10 })).records.map((r) => r.id)).toEqual(['job-0001'])
  })
})

describe('retention', () => {
  it('purges old photos, and folders that no record claims once they are older than the retention', async () => {
    const clock = { now: Date.UTC(2025, 5, 1) }
    const o = await openQueueIn(dir, {
      runJob: async () => {
        throw new Error('not run in this test')
      },
      now: () => clock.now,
      retentionDays: () => 14
    })
    try {
      // A record set aside as damaged leaves its folder behind; so does a crash between a photo and its record.
      const photos = join(dir, 'jobs', 'photos')
      for (const name of ['orphan-old', 'orphan-new']) {
        await mkdir(join(photos, name), { recursive: true })
        await writeFile(join(photos, name, 'source.jpg'), 'customer photo')
      }
      const old = new Date(clock.now - 20 * DAY)
      await utimes(join(photos, 'orphan-old'), old, old)
      expect(await o.queue.purgeExpiredPhotos()).toBe(0)
      expect((await readdir(photos)).sort()).toEqual(['orphan-new'])
    } finally {
      await o.store.close()
    }
  })
})
