import type { Kysely } from 'kysely'
import type { StudioDatabase } from '../db/schema'
import type { JobFiles } from '../jobs/job-files'
import type { JobRepository } from '../jobs/job-repository'
import type { SharedStore } from './pg-connection'
import type { CounterIdentity } from './pg-job-repository'
import type { SharedConfigResult } from './shared-config'

/** What the sync works with. */
export interface SharedSyncDeps {
  local: Kysely<StudioDatabase>
  files: JobFiles
  config: () => Promise<SharedConfigResult>
  retentionDays: () => number
  now: () => number
  log?: (level: 'warn' | 'error', message: string, error?: unknown) => void
  /** Waits between attempts while the database is away, then the housekeeping period; changes in tests. */
  timing?: { retryMs?: readonly number[]; housekeepingMs?: number; batch?: number }
}

/** The shared database while this counter is connected to it. */
export interface Connected {
  store: SharedStore
  repository: JobRepository
  counter: CounterIdentity
}
