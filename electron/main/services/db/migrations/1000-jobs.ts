import { sql, type Kysely } from 'kysely'

/**
 * The jobs table and its indexes: newest first, by state, by spec, photos still to purge, and the per-counter
 * order number.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('jobs')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('spec_code', 'text', (c) => c.notNull())
    .addColumn('customer_folded', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('order_no', 'integer', (c) => c.notNull())
    .addColumn('counter', 'text', (c) => c.notNull())
    .addColumn('photos_purged', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('record', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('jobs_newest').on('jobs').columns(['created_at', 'id']).execute()
  await db.schema.createIndex('jobs_by_state').on('jobs').columns(['state', 'created_at']).execute()
  await db.schema.createIndex('jobs_by_spec').on('jobs').columns(['spec_code', 'created_at']).execute()
  await db.schema.createIndex('jobs_to_purge').on('jobs').columns(['photos_purged', 'created_at']).execute()
  await db.schema.createIndex('jobs_order_no').on('jobs').columns(['counter', 'order_no']).unique().execute()

  await db.schema
    .createTable('kept_photos')
    .addColumn('job_id', 'text', (c) => c.primaryKey().references('jobs.id').onDelete('cascade'))
    .addColumn('bytes', sql`blob`, (c) => c.notNull())
    .execute()

  await db.schema
    .createTable('store_meta')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .execute()
}
