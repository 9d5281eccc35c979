import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  defaultSharedDatabaseSettings,
  type SharedDatabaseSettings
} from '../../../../electron/shared/contract'
import { openStudioDatabase, type StudioStore } from '../../../../electron/main/services/db/open-database'
import { writeSetAside } from '../../../../electron/main/services/db/set-aside-file'
import { createAuditLog, type AuditLog } from '../../../../electron/main/services/audit/audit-log'
import { openJobQueue } from '../../../../electron/main/services/jobs/job-queue'
import type { JobQueue } from '../../../../electron/main/services/jobs/job-queue-api'
import type { JobRepository } from '../../../../electron/main/services/jobs/job-repository'
import type { JobInput, RunJob } from '../../../../electron/main/services/jobs/job-types'
import { createSqlJobRepository } from '../../../../electron/main/services/jobs/sql-job-repository'
import type { SharedDbConfig } from '../../../../electron/main/services/shared-db/pg-connection'
import {
  createStudioChain,
  type StudioChain
} from '../../../../electron/main/services/shared-db/studio-chain'

/** One counter of a studio chain, as the app puts it together, without Electron or the window. */
export interface TestCounter {
  dir: string
  store: StudioStore
  chain: StudioChain
  queue: JobQueue
  history: JobRepository
  audit: AuditLog
  settings: SharedDatabaseSettings
  /** Stops the sync and closes studio.db; the folder stays (a restart opens it again). */
  close(): Promise<void>
  /** close(), then deletes the folder. */
  destroy(): Promise<void>
}

/** Opens (or reopens) a counter in `dir` that uses the shared database `config` under the name `name`. */
export async function openCounter(options: {
  name: string
  config: SharedDbConfig
  runJob: RunJob
  dir?: string
  now?: () => number
  retentionDays?: number
  enabled?: boolean
}): Promise<TestCounter> {
  const dir = options.dir ?? (await mkdtemp(join(tmpdir(), 'counter-')))
  const now = options.now ?? Date.now
  const store = await openStudioDatabase({ dataDir: dir })
  const settings: SharedDatabaseSettings = {
    ...defaultSharedDatabaseSettings(),
    enabled: options.enabled ?? true,
    host: options.config.host,
    port: options.config.port,
    database: options.config.database,
    user: options.config.user,
    tls: options.config.tls,
    counterName: options.name
  }
  const chain = createStudioChain({
    db: store.db,
    dataDir: dir,
    settings: () => settings,
    password: async () => options.config.password,
    retentionDays: () => options.retentionDays ?? 14,
    now,
    // Short waits while the database is away, so the tests see it come back quickly.
    timing: { retryMs: [100, 200, 300] }
  })
  const local = createSqlJobRepository({
    db: store.db,
    outbox: chain.outbox,
    setAside: (rows) => writeSetAside(dir, 'jobs', rows, now)
  })
  const history = chain.history(local)
  const queue = await openJobQueue({
    runJob: options.runJob,
    dataDir: dir,
    repository: history,
    files: chain.photoFiles(),
    now,
    retentionDays: () => options.retentionDays ?? 14
  })
  const audit = createAuditLog({ db: store.db, osUser: () => options.name, now, outbox: chain.outbox })
  chain.sync.start()
  const close = async () => {
    await queue.idle()
    await chain.sync.stop()
    await store.close()
  }
  return {
    dir,
    store,
    chain,
    queue,
    history,
    audit,
    settings,
    close,
    async destroy() {
      await close()
      await rm(dir, { recursive: true, force: true, maxRetries: 5 })
    }
  }
}

/** A job that the fake service makes at once (one call counted per make), with a small JPEG as the result. */
export function countingService() {
  const made: string[] = []
  const runJob: RunJob = async (input, context) => {
    if (input.resume === undefined) {
      await context.beginUpload()
      made.push(input.id)
      await context.recordMade({ issues: [], watermarked: false, sheetUrls: {} })
    }
    return { issues: [], watermarked: false, photo: FINISHED_JPEG }
  }
  return { runJob, made }
}

/** A tiny JPEG (its signature is what the app checks). */
export const FINISHED_JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, 74, 70, 73, 70, 0, 1, 1, 0, 0, 1])

/** A walk-in's job. */
export function walkIn(id: string, customer = `Customer ${id}`): JobInput {
  return {
    id,
    customer,
    specCode: 'us-passport',
    mode: 'direct',
    outputFormat: 'IMAGE_BASE64',
    source: { fileName: 'walk-in.jpg', bytes: FINISHED_JPEG }
  }
}

/** Waits until `check` holds (polling), or fails after `ms`. */
export async function waitFor(check: () => Promise<boolean> | boolean, ms = 10_000): Promise<void> {
  const until = Date.now() + ms
  while (!(await check())) {
    if (Date.now() > until) throw new Error('timed out waiting')
    await new Promise((r) => setTimeout(r, 25))
  }
}
