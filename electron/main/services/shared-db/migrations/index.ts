import type { Migration, MigrationProvider } from 'kysely'
import * as jobs from './1000-jobs'
import * as auditLog from './1010-audit-log'
import * as search from './1020-search'

/**
 * The shared database's migrations, by number, run in order — only with the person's consent (Settings, "Set up
 * the shared database"), never by themselves. A new one gets the next free number and a file of its own; a
 * migration that has shipped is never edited.
 */
export const SHARED_MIGRATIONS: Record<string, Migration> = {
  '1000-jobs': jobs,
  '1010-audit-log': auditLog,
  '1020-search': search
}

/** The migrations, for Kysely's Migrator. */
export const sharedMigrationProvider: MigrationProvider = {
  getMigrations: async () => SHARED_MIGRATIONS
}
