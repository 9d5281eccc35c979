import type { Kysely } from 'kysely'
import type { SharedDatabaseSettings } from '../../../shared/contract'
import type { StudioDatabase } from '../db/schema'
import { JobFiles } from '../jobs/job-files'
import type { JobRepository } from '../jobs/job-repository'
import { createChainJobRepository } from './chain-job-repository'
import { createOutbox, type Outbox } from './outbox'
import { sharedConfig } from './shared-config'
import { SharedJobFiles } from './shared-job-files'
import { SharedSync, type SharedSyncDeps } from './shared-sync'

/** What the studio chain needs from the app. */
export interface StudioChainDeps {
  db: Kysely<StudioDatabase>
  dataDir: string
  settings: () => SharedDatabaseSettings
  /** The shared database's password, from the keychain; null when none is saved. */
  password: () => Promise<string | null>
  retentionDays: () => number
  now: () => number
  log?: (level: 'warn' | 'error', message: string, error?: unknown) => void
  /** The sync's waits (tests shorten them). */
  timing?: SharedSyncDeps['timing']
}

/**
 * Studio-chain mode, put together: the outbox (on while the shared database is switched on), the sync that sends
 * it, the job history over this counter's SQLite and the shared database, and photo files that fall back to the
 * shared database's finished photos. Off, all of it behaves as a counter of its own.
 */
export interface StudioChain {
  outbox: Outbox
  sync: SharedSync
  /** The job history the queue and History use. */
  history(local: JobRepository): JobRepository
  /** The photo files the queue reads: this counter's, then other counters' finished photos. */
  photoFiles(): JobFiles
}

/** Creates the studio chain; the sync starts with start(). */
export function createStudioChain(deps: StudioChainDeps): StudioChain {
  const sync = new SharedSync({
    local: deps.db,
    // The counter's own files only: what it sends is what it has.
    files: new JobFiles(deps.dataDir),
    config: () => sharedConfig(deps.settings(), deps.password),
    retentionDays: deps.retentionDays,
    now: deps.now,
    ...(deps.log ? { log: deps.log } : {}),
    ...(deps.timing ? { timing: deps.timing } : {})
  })
  const outbox = createOutbox({
    enabled: () => deps.settings().enabled,
    now: deps.now,
    onAdded: () => sync.nudge()
  })
  return {
    outbox,
    sync,
    history: (local) => createChainJobRepository(local, sync),
    photoFiles: () => new SharedJobFiles(deps.dataDir, sync)
  }
}
