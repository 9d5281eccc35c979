import type { Kysely, Transaction } from 'kysely'
import type { StudioDatabase } from '../db/schema'
import type { Outbox, OutboxEntry } from '../shared-db/outbox'
import { historyPage } from './history-page'
import { ACTIVE_STATES } from './job-rules'
import type { JobRepository, SetAsideReport } from './job-repository'
import {
  createRowParser,
  IMPORT_BATCH,
  jobChanges,
  jobColumns,
  newestFirst,
  ROW_COLUMNS,
  type BadRow
} from './job-rows'
import type { JobRecord } from './job-types'
import { changedFields } from './record-merge'

/** Options of the SQL repository. */
export interface SqlJobRepositoryOptions {
  db: Kysely<StudioDatabase>
  /** This counter's name; order numbers count per counter. */
  counter?: string
  /**
   * Writes rows that fail the schema somewhere a person can find them, and returns that file; only then are they
   * taken out of the history. Told to `onSetAside`.
   */
  setAside: (rows: BadRow[]) => Promise<string>
  onSetAside?: (report: SetAsideReport) => void
  /**
   * In a studio chain, every change is also queued for the shared database, in the change's own transaction
   * (shared-db/outbox.ts).
   */
  outbox?: Outbox
}

type Trx = Transaction<StudioDatabase>

/** The job history in SQLite, through Kysely (the page query is shared with PostgreSQL: history-page.ts). */
export function createSqlJobRepository(options: SqlJobRepositoryOptions): JobRepository {
  const { db } = options
  const counter = options.counter ?? 'local'
  const parse = createRowParser({
    setAside: options.setAside,
    onSetAside: options.onSetAside,
    drop: async (ids) => {
      await db.deleteFrom('jobs').where('id', 'in', ids).execute()
    }
  })
  const sharing = (): Outbox | null => (options.outbox?.enabled() ? options.outbox : null)

  /** Runs `work` in a transaction with the outbox rows it reports, or plainly when nothing is shared. */
  const write = async <T>(work: (trx: Trx | Kysely<StudioDatabase>) => Promise<[T, OutboxEntry[]]>) => {
    const outbox = sharing()
    if (!outbox) return (await work(db))[0]
    return db.transaction().execute(async (trx) => {
      const [result, entries] = await work(trx)
      await outbox.add(trx, entries)
      return result
    })
  }

  const nextOrderNo = async (trx: Trx): Promise<number> => {
    const row = await trx
      .selectFrom('jobs')
      .select((eb) => eb.fn.max('order_no').as('last'))
      .where('counter', '=', counter)
      .executeTakeFirst()
    return Number(row?.last ?? 0) + 1
  }

  const update = async (trx: Trx | Kysely<StudioDatabase>, record: JobRecord): Promise<void> => {
    const result = await trx
      .updateTable('jobs')
      .set(jobChanges(record))
      .where('id', '=', record.id)
      .executeTakeFirst()
    if (result.numUpdatedRows === 0n) throw new Error(`job ${record.id} is not in the history`)
  }

  const changed = (record: JobRecord, base: JobRecord | undefined): OutboxEntry => ({
    kind: 'job',
    jobId: record.id,
    fields: base ? changedFields(base, record) : null
  })

  return {
    insert: (record) =>
      db.transaction().execute(async (trx) => {
        const stored = { ...record, orderNumber: record.orderNumber ?? (await nextOrderNo(trx)) }
        await trx.insertInto('jobs').values(jobColumns(stored, counter)).execute()
        await sharing()?.add(trx, [{ kind: 'job', jobId: stored.id, fields: null }])
        return stored
      }),

    put: (record, base) =>
      write(async (trx) => {
        await update(trx, record)
        return [undefined, [changed(record, base)]]
      }),

    keepAnswer: (record, photo, base) =>
      db.transaction().execute(async (trx) => {
        const id = record.id
        await update(trx, record)
        await trx.deleteFrom('kept_photos').where('job_id', '=', id).execute()
        if (photo) await trx.insertInto('kept_photos').values({ job_id: id, bytes: photo }).execute()
        await sharing()?.add(trx, [changed(record, base)])
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
        const result = await trx.deleteFrom('jobs').where('id', '=', jobId).executeTakeFirst()
        if (result.numDeletedRows > 0n) await sharing()?.add(trx, [{ kind: 'job-removed', jobId }])
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
      return parse([...today, ...active].sort(newestFirst))
    },

    async active() {
      const rows = await db
        .selectFrom('jobs')
        .select(ROW_COLUMNS)
        .where('state', 'in', [...ACTIVE_STATES])
        .execute()
      return parse(rows)
    },

    page: async (query) => ({ ...(await historyPage(db, query, parse)), counters: 'this' }),

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
            .map((r) => jobColumns({ ...r, orderNumber: ++orderNo }, counter))
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
        // Sending a record the shared database already has is harmless: it is keyed by the job's id.
        await sharing()?.add(
          trx,
          sorted.map((r) => ({ kind: 'job', jobId: r.id, fields: null }))
        )
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
