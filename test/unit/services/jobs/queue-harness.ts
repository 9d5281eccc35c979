import type { Kysely } from 'kysely'
import { openStudioDatabase } from '../../../../electron/main/services/db/open-database'
import type { StudioDatabase } from '../../../../electron/main/services/db/schema'
import { writeSetAside } from '../../../../electron/main/services/db/set-aside-file'
import { openJobQueue } from '../../../../electron/main/services/jobs/job-queue'
import type { JobQueue, JobQueueDeps } from '../../../../electron/main/services/jobs/job-queue-api'
import type { JobRepository, SetAsideReport } from '../../../../electron/main/services/jobs/job-repository'
import { createSqlJobRepository } from '../../../../electron/main/services/jobs/sql-job-repository'
import type { SharedStore } from '../../../../electron/main/services/shared-db/pg-connection'
import { createPgJobRepository } from '../../../../electron/main/services/shared-db/pg-job-repository'
import type { BadRow } from '../../../../electron/main/services/jobs/job-rows'

/** Where a queue's history is kept: the counter's SQLite (in `dir`), or the shared PostgreSQL. */
export interface QueueBackend {
  name: string
  open(
    dir: string,
    setAside: (rows: BadRow[]) => Promise<string>,
    onSetAside: (report: SetAsideReport) => void
  ): Promise<{ store: { db: Kysely<StudioDatabase>; close(): Promise<void> }; repository: JobRepository }>
}

/** The counter's own studio.db in the data folder, as the app opens it. */
export const sqliteBackend: QueueBackend = {
  name: 'SQLite',
  async open(dir, setAside, onSetAside) {
    const store = await openStudioDatabase({ dataDir: dir })
    return { store, repository: createSqlJobRepository({ db: store.db, setAside, onSetAside }) }
  }
}

/** The shared PostgreSQL (one database for the test file; the test clears it): the same queue over it. */
export function postgresBackend(shared: () => SharedStore): QueueBackend {
  return {
    name: 'PostgreSQL',
    async open(_dir, setAside, onSetAside) {
      const { db } = shared()
      return {
        // The same columns as studio.db's jobs table; the pool is the file's, closed with it.
        store: { db: db as unknown as Kysely<StudioDatabase>, close: async () => undefined },
        repository: createPgJobRepository({
          db,
          counter: { id: 'counter-a', name: 'Counter A' },
          setAside,
          onSetAside
        })
      }
    }
  }
}

/** A queue over a real studio database in `dir`, as the app opens it. */
export interface OpenedQueue {
  queue: JobQueue
  store: { db: Kysely<StudioDatabase>; close(): Promise<void> }
  repository: JobRepository
  setAside: SetAsideReport[]
}

/** Opens the database in `dir` (reopening what is on disk) and a queue over it. */
export async function openQueueIn(
  dir: string,
  deps: Omit<JobQueueDeps, 'dataDir' | 'repository'>,
  wrap: (repository: JobRepository) => JobRepository = (r) => r,
  backend: QueueBackend = sqliteBackend
): Promise<OpenedQueue> {
  const now = deps.now ?? Date.now
  const setAside: SetAsideReport[] = []
  const opened = await backend.open(
    dir,
    (rows) => writeSetAside(dir, 'jobs', rows, now),
    (report) => setAside.push(report)
  )
  const repository = wrap(opened.repository)
  const queue = await openJobQueue({ ...deps, dataDir: dir, repository })
  return { queue, store: opened.store, repository, setAside }
}
