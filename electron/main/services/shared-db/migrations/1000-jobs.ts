import { sql, type Kysely } from 'kysely'

/**
 * The shared jobs table with the counter's columns and indexes, plus which counter made each job, when its photos
 * were purged, and the finished photo itself; the counters that have joined; store facts; kept answers (used when
 * a counter writes to this database directly).
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
    .addColumn('counter_id', 'text', (c) => c.notNull())
    .addColumn('photos_purged', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('photos_purged_at', 'bigint')
    .addColumn('record_purged', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('record', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('jobs_newest').on('jobs').columns(['created_at', 'id']).execute()
  await db.schema
    .createIndex('jobs_by_counter')
    .on('jobs')
    .columns(['counter_id', 'created_at', 'id'])
    .execute()
  await db.schema.createIndex('jobs_by_state').on('jobs').columns(['state', 'created_at']).execute()
  await db.schema.createIndex('jobs_by_spec').on('jobs').columns(['spec_code', 'created_at']).execute()
  await db.schema.createIndex('jobs_to_purge').on('jobs').columns(['photos_purged', 'created_at']).execute()
  await db.schema
    .createIndex('jobs_order_no')
    .on('jobs')
    .columns(['counter_id', 'order_no'])
    .unique()
    .execute()
  // Jobs purged by another counter that the counter that made them has not purged yet.
  await sql`create index jobs_purged_elsewhere on jobs (counter_id) where photos_purged = 1 and record_purged = 0`.execute(
    db
  )
  await db.schema
    .createTable('job_photos')
    .addColumn('job_id', 'text', (c) => c.primaryKey().references('jobs.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('bytes', 'bytea', (c) => c.notNull())
    .addColumn('stored_at', 'bigint', (c) => c.notNull())
    .execute()
  await db.schema
    .createTable('kept_photos')
    .addColumn('job_id', 'text', (c) => c.primaryKey().references('jobs.id').onDelete('cascade'))
    .addColumn('bytes', 'bytea', (c) => c.notNull())
    .execute()
  await db.schema
    .createTable('store_meta')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .execute()
  await db.schema
    .createTable('counters')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull().unique())
    .addColumn('applied_seq', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('joined_at', 'bigint', (c) => c.notNull())
    .addColumn('last_seen_at', 'bigint', (c) => c.notNull())
    .execute()
}
