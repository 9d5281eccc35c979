import { sql, type Kysely } from 'kysely'

/**
 * A trigram index for History's search by customer (LIKE '%…%' on the folded column), where the server offers
 * pg_trgm (postgresql-contrib) and the app's role may create it (it is a trusted extension since PostgreSQL 13).
 * Without it the search reads the table, which is still within its target at 100,000 jobs.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const { rows } = await sql<{ usable: boolean }>`select
      exists (select 1 from pg_available_extensions where name = 'pg_trgm')
      and (exists (select 1 from pg_extension where extname = 'pg_trgm')
           or has_database_privilege(current_database(), 'CREATE')) as usable`.execute(db)
  if (!rows[0]?.usable) return
  await sql`create extension if not exists pg_trgm`.execute(db)
  await sql`create index jobs_customer_trgm on jobs using gin (customer_folded gin_trgm_ops)`.execute(db)
}
