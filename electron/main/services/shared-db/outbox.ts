import { sql, type Kysely, type Selectable, type Transaction } from 'kysely'
import type { OutboxTable, StudioDatabase } from '../db/schema'

/** One change to send to the shared studio database. */
export type OutboxEntry =
  | { kind: 'job'; jobId: string; fields: readonly string[] | null }
  | { kind: 'job-removed'; jobId: string }
  | { kind: 'audit'; auditSeq: number }

/** A row of the outbox, as read back. */
export type OutboxRow = Selectable<OutboxTable>

/**
 * Where the studio database records the changes the shared database has not received yet. The rows are added in
 * the transaction of the change itself, so a change and its outbox row are committed together or not at all.
 */
export interface Outbox {
  /** True while this counter is in a studio chain: its changes must reach the shared database. */
  enabled(): boolean
  /** Adds rows inside the caller's transaction. */
  add(trx: Transaction<StudioDatabase>, entries: readonly OutboxEntry[]): Promise<void>
}

/** Options of createOutbox. */
export interface OutboxOptions {
  enabled: () => boolean
  now: () => number
  /** Told after rows were added (the sync wakes up; its read waits for the transaction's end). */
  onAdded?: () => void
}

/** Rows per INSERT: well under SQLite's limit of bound values. */
const INSERT_BATCH = 500

/** The outbox over the studio database. */
export function createOutbox(options: OutboxOptions): Outbox {
  return {
    enabled: options.enabled,
    async add(trx, entries) {
      if (entries.length === 0) return
      const at = options.now()
      const rows = entries.map((entry) => ({
        kind: entry.kind,
        job_id: entry.kind === 'audit' ? null : entry.jobId,
        audit_seq: entry.kind === 'audit' ? entry.auditSeq : null,
        fields: entry.kind === 'job' && entry.fields !== null ? JSON.stringify(entry.fields) : null,
        created_at: at
      }))
      for (let i = 0; i < rows.length; i += INSERT_BATCH) {
        await trx
          .insertInto('outbox')
          .values(rows.slice(i, i + INSERT_BATCH))
          .execute()
      }
      options.onAdded?.()
    }
  }
}

/** The oldest rows waiting, in the order they were made. */
export function oldestOutboxRows(db: Kysely<StudioDatabase>, limit: number): Promise<OutboxRow[]> {
  return db.selectFrom('outbox').selectAll().orderBy('seq').limit(limit).execute()
}

/** How many changes are waiting. */
export async function outboxCount(db: Kysely<StudioDatabase>): Promise<number> {
  const row = await db
    .selectFrom('outbox')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirst()
  return Number(row?.n ?? 0)
}

/** The shared database has received every row up to `seq`: they go. */
export async function dropOutboxThrough(db: Kysely<StudioDatabase>, seq: number): Promise<void> {
  await db.deleteFrom('outbox').where('seq', '<=', seq).execute()
}

/**
 * Queues everything this counter already has — every job and every audit row, oldest first — so a counter that
 * joins a studio chain (or rejoins one) brings its history with it. In one transaction with the fact that it was
 * done for this shared database; run again for another one. Sending a record twice is harmless: the shared
 * database keys jobs by id and audit rows by this counter's row number.
 */
export async function queueEverything(
  db: Kysely<StudioDatabase>,
  fact: { key: string; value: string },
  now: () => number
): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const done = await trx
      .selectFrom('store_meta')
      .select('value')
      .where('key', '=', fact.key)
      .executeTakeFirst()
    if (done?.value === fact.value) return false
    const at = now()
    await sql`insert into outbox (kind, job_id, audit_seq, fields, created_at)
      select 'job', id, null, null, ${at} from jobs order by created_at, id`.execute(trx)
    await sql`insert into outbox (kind, job_id, audit_seq, fields, created_at)
      select 'audit', null, seq, null, ${at} from audit_log order by seq`.execute(trx)
    await trx
      .insertInto('store_meta')
      .values(fact)
      .onConflict((oc) => oc.column('key').doUpdateSet({ value: fact.value }))
      .execute()
    return true
  })
}
