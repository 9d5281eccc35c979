import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { Kysely, Migrator } from 'kysely'
import { AppError } from '../../../shared/errors'
import { migrationProvider } from './migrations'
import { nativeBindingFor } from './native-binding'
import type { StudioDatabase } from './schema'
import { WorkerSqliteDialect } from './worker-dialect'
import { t } from '../i18n/main-language'

/** The database's file name in the data folder. */
export const DATABASE_FILE = 'studio.db'

// A variable, so that no bundler rewrites the URL: the file sits beside this module in the source tree and beside
// the bundled main script (out/main/sqlite-worker.js, an entry of its own in electron.vite.config.ts).
const WORKER_FILE = 'sqlite-worker.js'

/** The open store: typed queries, where its file is, and a clean close. */
export interface StudioStore {
  db: Kysely<StudioDatabase>
  path: string
  close(): Promise<void>
}

/** Options of openStudioDatabase. */
export interface OpenDatabaseOptions {
  dataDir: string
  /** Overrides the native module (tests); by default the Electron build under Electron, else node_modules'. */
  nativeBinding?: string
}

/**
 * Opens (or creates) the studio database in the data folder, in its own thread, and runs any migrations not yet
 * run. WAL and synchronous=FULL are set by the thread, so every commit that has returned is on disk.
 */
export async function openStudioDatabase(options: OpenDatabaseOptions): Promise<StudioStore> {
  await mkdir(options.dataDir, { recursive: true })
  const path = join(options.dataDir, DATABASE_FILE)
  const db = new Kysely<StudioDatabase>({
    dialect: new WorkerSqliteDialect({
      path,
      nativeBinding: options.nativeBinding ?? nativeBindingFor(),
      workerUrl: new URL(`./${WORKER_FILE}`, import.meta.url)
    })
  })
  try {
    const { error } = await new Migrator({ db, provider: migrationProvider }).migrateToLatest()
    if (error) throw error
  } catch (error) {
    await db.destroy().catch(() => undefined)
    throw new AppError('FILE_SYSTEM', t('store.db.openFailed', { path }), { cause: error })
  }
  return { db, path, close: () => db.destroy() }
}
