// A writer for the kill test: stores jobs and moves them on, printing a line only after each write has been
// committed. The test kills this process at a random moment, again and again.
import { openStudioDatabase } from '../../../../electron/main/services/db/open-database'
import { createSqlJobRepository } from '../../../../electron/main/services/jobs/sql-job-repository'
import type { JobRecord } from '../../../../electron/main/services/jobs/job-types'

const [dataDir, prefix] = process.argv.slice(2) as [string, string]
const store = await openStudioDatabase({ dataDir })
const repository = createSqlJobRepository({ db: store.db, setAside: async () => 'never' })
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
  for (const state of ['preparing', 'uploading', 'processing'] as const) {
    await repository.put({ ...stored, state, makeGrant: state === 'preparing' })
    process.stdout.write(`${stored.id} ${state}\n`)
  }
}
