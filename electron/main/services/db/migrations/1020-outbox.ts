import type { Kysely } from 'kysely'

/**
 * The outbox of the shared studio database: every change made at this counter while it is in a studio chain, in
 * the order made, written in the same transaction as the change itself, and deleted only once the shared database
 * has received it. AUTOINCREMENT, so a number is never used twice, even after the rows before it are gone.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('outbox')
    .addColumn('seq', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('job_id', 'text')
    .addColumn('audit_seq', 'integer')
    .addColumn('fields', 'text')
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .execute()
}
