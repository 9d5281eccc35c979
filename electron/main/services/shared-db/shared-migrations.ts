import { Migrator, sql, type Kysely } from 'kysely'
import { AppError } from '../../../shared/errors'
import { SHARED_MIGRATIONS, sharedMigrationProvider } from './migrations'
import type { SharedDatabase } from './schema'
import { t } from '../i18n/main-language'

/** Which of the app's migrations the shared database still needs, and any it has that this app does not know. */
export interface MigrationState {
  pending: string[]
  /** Run by a newer version of the app: this one must not write to that database. */
  unknown: string[]
}

const migrator = (db: Kysely<SharedDatabase>) =>
  new Migrator({ db: db as Kysely<unknown>, provider: sharedMigrationProvider })

/** Reads the database's migration record (nothing is changed). */
export async function migrationState(db: Kysely<SharedDatabase>): Promise<MigrationState> {
  const { rows } = await sql<{
    exists: boolean
  }>`select to_regclass('kysely_migration') is not null as exists`.execute(db)
  const done = rows[0]?.exists
    ? (await sql<{ name: string }>`select name from kysely_migration`.execute(db)).rows.map((r) => r.name)
    : []
  const known = Object.keys(SHARED_MIGRATIONS)
  return {
    pending: known.filter((name) => !done.includes(name)),
    unknown: done.filter((name) => !known.includes(name))
  }
}

/** Runs the pending migrations, in one transaction (PostgreSQL's DDL is transactional). */
export async function runSharedMigrations(db: Kysely<SharedDatabase>): Promise<string[]> {
  const { error, results } = await migrator(db).migrateToLatest()
  if (error) {
    throw new AppError(
      'SERVER_ERROR',
      t('sharedDb.error.setupFailed', { detail: error instanceof Error ? error.message : String(error) }),
      { cause: error }
    )
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName)
}
