// A writer for the kill test: stores jobs and moves them on, printing a line only after each write has been
// committed. The test kills this process at a random moment, again and again. Its store is the counter's SQLite
// (a data folder) or the shared PostgreSQL (a postgres:// URL).
import { openStudioDatabase } from '../../../../electron/main/services/db/open-database'
import { createSqlJobRepository } from '../../../../electron/main/services/jobs/sql-job-repository'
import type { JobRepository } from '../../../../electron/main/services/jobs/job-repository'
import type { JobRecord } from '../../../../electron/main/services/jobs/job-types'
import { openSharedStore } from '../../../../electron/main/services/shared-db/pg-connection'
import { createPgJobRepository } from '../../../../electron/main/services/shared-db/pg-job-repository'
import { configFromUrl } from '../../../helpers/postgres'

const [where, prefix] = process.argv.slice(2) as [string, string]
let repository: JobRepository
if (where.startsWith('postgres://')) {
  const store = openSharedStore(configFromUrl(where))
  repository = createPgJobRepository({
    db: store.db,
    counter: { id: 'kill-writer', name: 'Kill writer' },
    setAside: async () => 'never'
  })
} else {
  const store = await openStudioDatabase({ dataDir: where })
  repository = createSqlJobRepository({ db: store.db, setAside: async () => 'never' })
}
process.stdout.write('ready\n')
for (let i = 0; ; i++) {
  const t = Date.now()
  const base: JobRecord = {
    id: `${prefix}-${i}`,
    customer: `Customer ${prefix} ${i}`,
    specCode: 'us-passport',
    mode: 'direct',
    outputFormat: 'IMAGE_BASE64',
    sourceFileName: 'walk-in.jpg',
    state: 'queued',
    progress: 0,
    createdAt: t,
    updatedAt: t,
    attempts: 0,
    files: {},
    makeGrant: true
  }
  const stored = await repository.insert(base)
  process.stdout.write(`${stored.id} queued\n`)
  let previous: JobRecord = stored
  for (const state of ['preparing', 'uploading', 'processing'] as const) {
    const next = { ...previous, state, makeGrant: state === 'preparing' }
    await repository.put(next, previous)
    previous = next
    process.stdout.write(`${stored.id} ${state}\n`)
  }
}
