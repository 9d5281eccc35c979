import type { Migration, MigrationProvider } from 'kysely'
import * as jobs from './1000-jobs'
import * as auditLog from './1010-audit-log'
import * as outbox from './1020-outbox'

/**
 * Every migration, by number, run in order on start (Kysely's Migrator records which have run). A new one gets
 * the next free number (1020, 1030, …) and a file of its own; a migration that has shipped is never edited.
 */
export const MIGRATIONS: Record<string, Migration> = {
  '1000-jobs': jobs,
  '1010-audit-log': auditLog,
  '1020-outbox': outbox
}

/** The migrations, for Kysely's Migrator. */
export const migrationProvider: MigrationProvider = {
  getMigrations: async () => MIGRATIONS
}
