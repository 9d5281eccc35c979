import { createHash } from 'node:crypto'
import type { Kysely, Selectable, Transaction } from 'kysely'
import type { AuditVerification } from '../../../shared/contract'
import { GENESIS_HASH } from '../audit/audit-chain'
import type { AuditEntry } from '../audit/audit-entry'
import type { CounterIdentity } from './pg-job-repository'
import type { SharedAuditLogTable, SharedDatabase } from './schema'
import { t } from '../i18n/main-language'

/** One audit row of a counter, to be appended to the shared log. */
export interface CounterAuditRow {
  /** Its number in the counter's own log. */
  localSeq: number
  entry: AuditEntry
}

type Row = Selectable<SharedAuditLogTable>
const BATCH = 5000

/**
 * The hash of one shared row: sha256 over the previous row's hash and every field of this one, the counter's name
 * and id and its own row number included, so changing which counter did what breaks the chain too.
 */
export function sharedChainHash(prevHash: string, row: Omit<Row, 'seq' | 'prev_hash' | 'hash'>): string {
  const fields = [
    row.counter,
    row.counter_id,
    row.local_seq,
    row.time,
    row.os_user,
    row.environment,
    row.action,
    row.side,
    row.token_fingerprint,
    row.outcome,
    row.detail
  ]
  return createHash('sha256').update(prevHash).update('\n').update(JSON.stringify(fields)).digest('hex')
}

/**
 * Appends a counter's audit rows to the shared log, inside the caller's transaction. The one-row chain head is
 * locked FOR UPDATE first: appends from every counter take turns, so each row chains to the one committed before
 * it. A row this database already has (the same counter and row number: a change sent again) is skipped.
 */
export async function appendSharedAudit(
  trx: Transaction<SharedDatabase>,
  counter: CounterIdentity,
  rows: readonly CounterAuditRow[]
): Promise<number> {
  if (rows.length === 0) return 0
  const head = await trx
    .selectFrom('audit_chain_head')
    .select(['seq', 'hash'])
    .where('id', '=', 1)
    .forUpdate()
    .executeTakeFirstOrThrow()
  const have = new Set(
    (
      await trx
        .selectFrom('audit_log')
        .select('local_seq')
        .where('counter_id', '=', counter.id)
        .where(
          'local_seq',
          'in',
          rows.map((r) => r.localSeq)
        )
        .execute()
    ).map((r) => r.local_seq)
  )
  let prev = head.hash
  let seq = head.seq
  let added = 0
  for (const { localSeq, entry } of rows) {
    if (have.has(localSeq)) continue
    have.add(localSeq)
    const values = {
      counter: counter.name,
      counter_id: counter.id,
      local_seq: localSeq,
      time: entry.time,
      os_user: entry.osUser,
      environment: entry.environment,
      action: entry.action,
      side: entry.side,
      token_fingerprint: entry.tokenFingerprint,
      outcome: entry.outcome,
      detail: entry.detail ?? null
    }
    const hash = sharedChainHash(prev, values)
    const inserted = await trx
      .insertInto('audit_log')
      .values({ ...values, prev_hash: prev, hash })
      .returning('seq')
      .executeTakeFirstOrThrow()
    prev = hash
    seq = inserted.seq
    added++
  }
  if (added > 0) {
    await trx.updateTable('audit_chain_head').set({ seq, hash: prev }).where('id', '=', 1).execute()
  }
  return added
}

/** Recomputes every hash of the shared log, oldest first: was any row changed, removed or reordered? */
export async function verifySharedAudit(db: Kysely<SharedDatabase>): Promise<AuditVerification> {
  let prev = GENESIS_HASH
  let count = 0
  let after = 0
  for (;;) {
    const batch = await db
      .selectFrom('audit_log')
      .selectAll()
      .where('seq', '>', after)
      .orderBy('seq')
      .limit(BATCH)
      .execute()
    for (const row of batch) {
      count++
      const { seq: _seq, prev_hash: _prev, hash: _hash, ...fields } = row
      if (row.prev_hash !== prev || sharedChainHash(prev, fields) !== row.hash) {
        return {
          ok: false,
          rows: count,
          firstBadRow: row.seq,
          message: t('sharedDb.audit.altered', { row: row.seq })
        }
      }
      prev = row.hash
    }
    const last = batch.at(-1)
    if (!last || batch.length < BATCH) break
    after = last.seq
  }
  const head = await db.selectFrom('audit_chain_head').select(['hash']).where('id', '=', 1).executeTakeFirst()
  if (head && head.hash !== prev) {
    return {
      ok: false,
      rows: count,
      firstBadRow: null,
      message: t('sharedDb.audit.cut')
    }
  }
  return {
    ok: true,
    rows: count,
    firstBadRow: null,
    message: t('sharedDb.audit.intact', { count })
  }
}
