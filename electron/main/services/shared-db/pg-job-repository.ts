import { sql, type Kysely, type Transaction } from 'kysely'
import { AppError } from '../../../shared/errors'
import type { StudioDatabase } from '../db/schema'
import { historyPage } from '../jobs/history-page'
import { ACTIVE_STATES } from '../jobs/job-rules'
import type { JobRepository, SetAsideReport } from '../jobs/job-repository'
import {
  createRowParser,
  IMPORT_BATCH,
  jobChanges,
  jobColumns,
  newestFirst,
  type BadRow,
  type JobRow
} from '../jobs/job-rows'
import { JobRecordSchema, type JobRecord } from '../jobs/job-types'
import {
  applyFields,
  changedFields,
  otherCounterMessage,
  SHARED_FIELDS,
  type RecordField
} from '../jobs/record-merge'
import type { SharedDatabase, SharedJobsTable } from './schema'

/** Which counter this is: a stable id (kept in its own studio.db) and its name from Settings. */
export interface CounterIdentity {
  id: string
  name: string
}

/** Options of the PostgreSQL repository. */
export interface PgJobRepositoryOptions {
  db: Kysely<SharedDatabase>
  counter: CounterIdentity
  setAside: (rows: BadRow[]) => Promise<string>
  onSetAside?: (report: SetAsideReport) => void
  now?: () => number
}

type Trx = Transaction<SharedDatabase>
type PgRow = JobRow & Pick<SharedJobsTable, 'counter' | 'counter_id' | 'photos_purged'>
const PG_ROW_COLUMNS = ['id', 'created_at', 'record', 'counter', 'counter_id', 'photos_purged'] as const

/**
 * The record as this counter sees it: purged once any counter purged its photos (the database's record of it),
 * and, for another counter's job, marked with that counter's name and without a make grant, so nothing here can
 * ever spend its quota.
 */
export function decorateSharedRecord(row: PgRow, record: JobRecord, me: CounterIdentity): JobRecord {
  const next: JobRecord = { ...record }
  if (row.photos_purged === 1) {
    next.photosPurged = true
    next.files = {}
    delete next.made
  }
  if (row.counter_id !== me.id) {
    next.fromCounter = row.counter
    delete next.makeGrant
  }
  return next
}

/**
 * The job history in the shared studio database (PostgreSQL), behind the same interface as the counter's SQLite:
 * the same page query, order numbers per counter, and writes that merge a change field by field under the row's
 * lock, so two counters changing one job at once never lose either change.
 */
export function createPgJobRepository(options: PgJobRepositoryOptions): JobRepository {
  const { db, counter: me } = options
  const now = options.now ?? Date.now
  const asStudio = db as unknown as Kysely<StudioDatabase>
  const parse = createRowParser<PgRow>({
    setAside: options.setAside,
    onSetAside: options.onSetAside,
    drop: async (ids) => {
      await db.deleteFrom('jobs').where('id', 'in', ids).where('counter_id', '=', me.id).execute()
    },
    decorate: (row, record) => decorateSharedRecord(row, record, me)
  })
  const select = (q: Kysely<SharedDatabase> | Trx = db) => q.selectFrom('jobs').select(PG_ROW_COLUMNS)
  const mine = sql<boolean>`counter_id = ${me.id}`

  const insertRows = async (trx: Trx, records: (JobRecord & { orderNumber: number })[]) => {
    const values = records.map((r) => ({
      ...jobColumns(r, me.name),
      counter_id: me.id,
      photos_purged_at: r.photosPurged ? now() : null,
      record_purged: r.photosPurged ? 1 : 0
    }))
    return trx
      .insertInto('jobs')
      .values(values)
      .onConflict((oc) => oc.column('id').doNothing())
      .executeTakeFirst()
  }

  const nextOrderNo = async (trx: Trx): Promise<number> => {
    // One counter's inserts take turns, so two of its connections never give the same number.
    await sql`select pg_advisory_xact_lock(hashtext(${me.id}))`.execute(trx)
    const row = await trx
      .selectFrom('jobs')
      .select((eb) => eb.fn.max('order_no').as('last'))
      .where('counter_id', '=', me.id)
      .executeTakeFirst()
    return Number(row?.last ?? 0) + 1
  }

  /** Applies a change onto the stored record under the row's lock; refuses another counter's fields. */
  const change = async (trx: Trx, record: JobRecord, base: JobRecord | undefined) => {
    const row = await trx
      .selectFrom('jobs')
      .select(['record', 'counter', 'counter_id', 'photos_purged', 'photos_purged_at'])
      .where('id', '=', record.id)
      .forUpdate()
      .executeTakeFirst()
    if (!row) throw new Error(`job ${record.id} is not in the history`)
    const fields: RecordField[] | null = base ? changedFields(base, record) : null
    if (row.counter_id !== me.id && (fields === null || fields.some((f) => !SHARED_FIELDS.includes(f))))
      throw new AppError('STATE_CONFLICT', otherCounterMessage(row.counter))
    const stored = JobRecordSchema.parse(JSON.parse(row.record))
    await writeMerged(trx, applyFields(stored, record, fields), row, now())
  }

  return {
    insert: (record) =>
      db.transaction().execute(async (trx) => {
        const stored = { ...record, orderNumber: record.orderNumber ?? (await nextOrderNo(trx)) }
        const result = await insertRows(trx, [stored])
        if (Number(result.numInsertedOrUpdatedRows ?? 0) === 0)
          throw new Error(`job ${record.id} is already in the history`)
        return stored
      }),

    put: (record, base) => db.transaction().execute((trx) => change(trx, record, base)),

    keepAnswer: (record, photo, base) =>
      db.transaction().execute(async (trx) => {
        await change(trx, record, base)
        await trx.deleteFrom('kept_photos').where('job_id', '=', record.id).execute()
        if (photo) await trx.insertInto('kept_photos').values({ job_id: record.id, bytes: photo }).execute()
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
      return (await parse(await select().where('id', '=', jobId).execute()))[0] ?? null
    },

    remove: (jobId) =>
      db.transaction().execute(async (trx) => {
        const row = await trx
          .selectFrom('jobs')
          .select(['counter', 'counter_id'])
          .where('id', '=', jobId)
          .forUpdate()
          .executeTakeFirst()
        if (!row) return
        if (row.counter_id !== me.id) throw new AppError('STATE_CONFLICT', otherCounterMessage(row.counter))
        await trx.deleteFrom('job_photos').where('job_id', '=', jobId).execute()
        await trx.deleteFrom('kept_photos').where('job_id', '=', jobId).execute()
        await trx.deleteFrom('jobs').where('id', '=', jobId).execute()
      }),

    async queue(since) {
      const today = await select().where(mine).where('created_at', '>=', since).execute()
      const active = await select()
        .where(mine)
        .where('state', 'in', [...ACTIVE_STATES])
        .where('created_at', '<', since)
        .execute()
      return parse([...today, ...active].sort(newestFirst))
    },

    async active() {
      return parse(
        await select()
          .where(mine)
          .where('state', 'in', [...ACTIVE_STATES])
          .execute()
      )
    },

    async page(query) {
      const counters = query.counters ?? 'this'
      const page = await historyPage(
        asStudio,
        query,
        (rows) => parse(rows as PgRow[]),
        counters === 'this' ? mine : undefined,
        ['counter', 'counter_id', 'photos_purged']
      )
      return { ...page, counters }
    },

    async expired(cutoff, limit) {
      const rows = await select()
        .where(mine)
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
          const batch = sorted.slice(i, i + IMPORT_BATCH).map((r) => ({ ...r, orderNumber: ++orderNo }))
          added += Number((await insertRows(trx, batch)).numInsertedOrUpdatedRows ?? 0)
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

/**
 * Writes a merged record onto its locked row. The agreed purge only ever moves forward: once any counter has
 * purged the photos (photos_purged, and when), no later write of the record un-purges them, and the finished
 * photo kept for reprints goes with them.
 */
export async function writeMerged(
  trx: Trx,
  merged: JobRecord,
  row: { photos_purged: number; photos_purged_at: number | null },
  at: number
): Promise<void> {
  const purged = row.photos_purged === 1 || merged.photosPurged === true
  await trx
    .updateTable('jobs')
    .set({
      ...jobChanges(merged),
      photos_purged: purged ? 1 : 0,
      photos_purged_at: row.photos_purged_at ?? (purged ? at : null),
      record_purged: merged.photosPurged ? 1 : 0
    })
    .where('id', '=', merged.id)
    .execute()
  if (purged) await trx.deleteFrom('job_photos').where('job_id', '=', merged.id).execute()
}
