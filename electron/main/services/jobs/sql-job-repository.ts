import { sql, type Kysely, type Transaction } from 'kysely'
import { escapeLike, foldText } from '../db/fold-text'
import type { JobsTable, StudioDatabase } from '../db/schema'
import { ACTIVE_STATES } from './job-rules'
import type { HistoryPage, HistoryQuery, JobRepository, SetAsideReport } from './job-repository'
import { JobRecordSchema, type JobRecord } from './job-types'

/** Options of the SQL repository. */
export interface SqlJobRepositoryOptions {
  db: Kysely<StudioDatabase>
  /** This counter's name; order numbers count per counter. */
  counter?: string
  /**
   * Writes rows that fail the schema somewhere a person can find them, and returns that file; only then are they
   * taken out of the history. Told to `onSetAside`.
   */
  setAside: (rows: { id: string; record: string; reason: string }[]) => Promise<string>
  onSetAside?: (report: SetAsideReport) => void
}

type Row = Pick<JobsTable, 'id' | 'created_at' | 'record'>
const ROW_COLUMNS = ['id', 'created_at', 'record'] as const
/** Rows per INSERT during an import: well under SQLite's limit of 32,766 bound values. */
const IMPORT_BATCH = 500

/** The job history in SQL, through Kysely: the same queries serve SQLite and, later, PostgreSQL. */
export function createSqlJobRepository(options: SqlJobRepositoryOptions): JobRepository {
  const { db } = options
  const counter = options.counter ?? 'local'

  /** The row of a record that has its order number. */
  const columns = (record: JobRecord & { orderNumber: number }): JobsTable => ({
    id: record.id,
    created_at: record.createdAt,
    updated_at: record.updatedAt,
    state: record.state,
    spec_code: record.specCode,
    customer_folded: foldText(record.customer ?? ''),
    order_no: record.orderNumber,
    counter,
    photos_purged: record.photosPurged ? 1 : 0,
    record: JSON.stringify(record)
  })

  /** The columns an update may change: never the id, the order number or the counter. */
  const changes = (record: JobRecord) => {
    if (record.orderNumber === undefined) throw new Error(`job ${record.id} has no order number`)
    const {
      id: _id,
      order_no: _no,
      counter: _counter,
      ...rest
    } = columns({
      ...record,
      orderNumber: record.orderNumber
    })
    return rest
  }

  /** Parses rows; a row that fails is moved aside (written to a file first), never dropped silently. */
  async function parse(rows: Row[]): Promise<JobRecord[]> {
    const good: JobRecord[] = []
    const bad: { id: string; record: string; reason: string }[] = []
    for (const row of rows) {
      let reason: string
      try {
        const parsed = JobRecordSchema.safeParse(JSON.parse(row.record))
        if (parsed.success && parsed.data.id === row.id) {
          good.push(parsed.data)
          continue
        }
        reason = parsed.success ? 'id mismatch' : 'schema'
      } catch {
        reason = 'json'
      }
      bad.push({ id: row.id, record: row.record, reason })
    }
    if (bad.length > 0) {
      const file = await options.setAside(bad)
      await db
        .deleteFrom('jobs')
        .where(
          'id',
          'in',
          bad.map((b) => b.id)
        )
        .execute()
      options.onSetAside?.({ count: bad.length, file })
    }
    return good
  }

  const nextOrderNo = async (trx: Transaction<StudioDatabase>): Promise<number> => {
    const row = await trx
      .selectFrom('jobs')
      .select((eb) => eb.fn.max('order_no').as('last'))
      .where('counter', '=', counter)
      .executeTakeFirst()
    return Number(row?.last ?? 0) + 1
  }

  return {
    insert: (record) =>
      db.transaction().execute(async (trx) => {
        const stored = { ...record, orderNumber: record.orderNumber ?? (await nextOrderNo(trx)) }
        await trx.insertInto('jobs').values(columns(stored)).execute()
        return stored
      }),

    async put(record) {
      const result = await db
        .updateTable('jobs')
        .set(changes(record))
        .where('id', '=', record.id)
        .executeTakeFirst()
      if (result.numUpdatedRows === 0n) throw new Error(`job ${record.id} is not in the history`)
    },

    keepAnswer: (record, photo) =>
      db.transaction().execute(async (trx) => {
        const id = record.id
        const result = await trx
          .updateTable('jobs')
          .set(changes(record))
          .where('id', '=', id)
          .executeTakeFirst()
        if (result.numUpdatedRows === 0n) throw new Error(`job ${id} is not in the history`)
        await trx.deleteFrom('kept_photos').where('job_id', '=', id).execute()
        if (photo) await trx.insertInto('kept_photos').values({ job_id: id, bytes: photo }).execute()
      }),

    async keptPhoto(jobId) {
      const row = await db
        .selectFrom('kept_photos')
        .select('bytes')
        .where('job_id', '=', jobId)
        .executeTakeFirst()
      return row ? new Uint8Array(row.bytes) : null
    },

    async dropKeptPhoto(jobId) {
      await db.deleteFrom('kept_photos').where('job_id', '=', jobId).execute()
    },

    async get(jobId) {
      const rows = await db.selectFrom('jobs').select(ROW_COLUMNS).where('id', '=', jobId).execute()
      return (await parse(rows))[0] ?? null
    },

    remove: (jobId) =>
      db.transaction().execute(async (trx) => {
        await trx.deleteFrom('kept_photos').where('job_id', '=', jobId).execute()
        await trx.deleteFrom('jobs').where('id', '=', jobId).execute()
      }),

    async queue(since) {
      // Two indexed reads rather than one OR, which SQLite would answer by scanning the whole history.
      const today = await db.selectFrom('jobs').select(ROW_COLUMNS).where('created_at', '>=', since).execute()
      const active = await db
        .selectFrom('jobs')
        .select(ROW_COLUMNS)
        .where('state', 'in', [...ACTIVE_STATES])
        .where('created_at', '<', since)
        .execute()
      const rows = [...today, ...active].sort((a, b) =>
        a.created_at === b.created_at ? (a.id < b.id ? 1 : -1) : Number(b.created_at) - Number(a.created_at)
      )
      return parse(rows)
    },

    async active() {
      const rows = await db
        .selectFrom('jobs')
        .select(ROW_COLUMNS)
        .where('state', 'in', [...ACTIVE_STATES])
        .execute()
      return parse(rows)
    },

    page: (query) => page(db, query, parse),

    async expired(cutoff, limit) {
      const rows = await db
        .selectFrom('jobs')
        .select(ROW_COLUMNS)
        .where('photos_purged', '=', 0)
        .where('created_at', '<=', cutoff)
        .where('state', 'not in', [...ACTIVE_STATES])
        .orderBy('created_at')
        .limit(limit)
        .execute()
      return parse(rows)
    },

    async known(ids) {
      const found = new Set<string>()
      for (let i = 0; i < ids.length; i += IMPORT_BATCH) {
        const rows = await db
          .selectFrom('jobs')
          .select('id')
          .where('id', 'in', ids.slice(i, i + IMPORT_BATCH))
          .execute()
        for (const row of rows) found.add(row.id)
      }
      return found
    },

    importRecords: (records, fact) =>
      db.transaction().execute(async (trx) => {
        let orderNo = (await nextOrderNo(trx)) - 1
        let added = 0
        const sorted = [...records].sort((a, b) => a.createdAt - b.createdAt)
        for (let i = 0; i < sorted.length; i += IMPORT_BATCH) {
          const values = sorted
            .slice(i, i + IMPORT_BATCH)
            .map((r) => columns({ ...r, orderNumber: ++orderNo }))
          const result = await trx
            .insertInto('jobs')
            .values(values)
            .onConflict((oc) => oc.column('id').doNothing())
            .executeTakeFirst()
          added += Number(result.numInsertedOrUpdatedRows ?? 0)
        }
        await trx
          .insertInto('store_meta')
          .values(fact)
          .onConflict((oc) => oc.column('key').doUpdateSet({ value: fact.value }))
          .execute()
        return added
      }),

    async fact(key) {
      const row = await db.selectFrom('store_meta').select('value').where('key', '=', key).executeTakeFirst()
      return row?.value ?? null
    },

    async setFact(key, value) {
      await db
        .insertInto('store_meta')
        .values({ key, value })
        .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
        .execute()
    }
  }
}

/** One page of the history: keyset paging on (created_at, id), newest first. */
async function page(
  db: Kysely<StudioDatabase>,
  query: HistoryQuery,
  parse: (rows: Row[]) => Promise<JobRecord[]>
): Promise<HistoryPage> {
  let q = db.selectFrom('jobs').select(ROW_COLUMNS)
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
