import { sql, type Kysely } from 'kysely'
import { escapeLike, foldText } from '../db/fold-text'
import type { StudioDatabase } from '../db/schema'
import type { HistoryPage, HistoryQuery } from './job-repository'
import { ROW_COLUMNS, type JobRow } from './job-rows'
import type { JobRecord } from './job-types'

/**
 * One page of the history: keyset paging on (created_at, id), newest first, with search and filters. The same
 * query runs on SQLite and on PostgreSQL (the shared database's jobs table has these columns too); `narrow` adds
 * a store's own condition, such as one counter's jobs, and `extra` the columns it reads beside the record.
 */
export async function historyPage(
  db: Kysely<StudioDatabase>,
  query: HistoryQuery,
  parse: (rows: JobRow[]) => Promise<JobRecord[]>,
  narrow?: ReturnType<typeof sql<boolean>>,
  /** The columns a store reads beside the record (the shared database: which counter, purged where). */
  extra: readonly string[] = []
): Promise<HistoryPage> {
  let q = db
    .selectFrom('jobs')
    .select(ROW_COLUMNS)
    .select(extra.map((c) => sql.ref<unknown>(c).as(c)))
  if (narrow) q = q.where(narrow)
  const search = query.search?.trim() ?? ''
  if (search !== '') {
    const pattern = `%${escapeLike(foldText(search))}%`
    const number = /^#?\s*(\d{1,9})$/.exec(search)
    q = q.where((eb) =>
      number
        ? eb.or([
            sql<boolean>`customer_folded like ${pattern} escape '\\'`,
            eb('order_no', '=', Number(number[1]))
          ])
        : sql<boolean>`customer_folded like ${pattern} escape '\\'`
    )
  }
  if (query.from !== undefined) q = q.where('created_at', '>=', query.from)
  if (query.to !== undefined) q = q.where('created_at', '<', query.to)
  if (query.states && query.states.length > 0) q = q.where('state', 'in', [...query.states])
  if (query.specCode) q = q.where('spec_code', '=', query.specCode)
  const cursor = query.cursor
  if (cursor) {
    q = q.where((eb) =>
      eb.or([
        eb('created_at', '<', cursor.createdAt),
        eb.and([eb('created_at', '=', cursor.createdAt), eb('id', '<', cursor.id)])
      ])
    )
  }
  const rows = await q
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(query.limit + 1)
    .execute()
  const more = rows.length > query.limit
  const shown = rows.slice(0, query.limit)
  const last = shown.at(-1)
  return {
    records: await parse(shown),
    next: more && last ? { createdAt: Number(last.created_at), id: last.id } : null
  }
}
