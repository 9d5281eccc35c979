import { openStudioDatabase, type StudioStore } from '../../../../electron/main/services/db/open-database'
import { writeSetAside } from '../../../../electron/main/services/db/set-aside-file'
import { openJobQueue } from '../../../../electron/main/services/jobs/job-queue'
import type { JobQueue, JobQueueDeps } from '../../../../electron/main/services/jobs/job-queue-api'
import type { JobRepository, SetAsideReport } from '../../../../electron/main/services/jobs/job-repository'
import { createSqlJobRepository } from '../../../../electron/main/services/jobs/sql-job-repository'

/** A queue over a real studio database in `dir`, as the app opens it. */
export interface OpenedQueue {
  queue: JobQueue
  store: StudioStore
  repository: JobRepository
  setAside: SetAsideReport[]
}

/** Opens the database in `dir` (reopening what is on disk) and a queue over it. */
export async function openQueueIn(
  dir: string,
  deps: Omit<JobQueueDeps, 'dataDir' | 'repository'>,
  wrap: (repository: JobRepository) => JobRepository = (r) => r
): Promise<OpenedQueue> {
  const now = deps.now ?? Date.now
  const store = await openStudioDatabase({ dataDir: dir })
  const setAside: SetAsideReport[] = []
  const repository = wrap(
    createSqlJobRepository({
      db: store.db,
      setAside: (rows) => writeSetAside(dir, 'jobs', rows, now),
      onSetAside: (report) => setAside.push(report)
    })
  )
  const queue = await openJobQueue({ ...deps, dataDir: dir, repository })
  return { queue, store, repository, setAside }
}
