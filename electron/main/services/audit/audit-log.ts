import type { Kysely, Selectable, Transaction } from 'kysely'
import { AppError } from '../../../shared/errors'
import type { AuditVerification } from '../../../shared/contract/history'
import type { AuditLogTable, StudioDatabase } from '../db/schema'
import type { Outbox } from '../shared-db/outbox'
import { writeFileAtomic } from '../storage/write-file-atomic'
import { chainHash, GENESIS_HASH } from './audit-chain'
import { auditEntrySchema, type AuditEntry, type AuditInput } from './audit-entry'
import { t } from '../i18n/main-language'

export * from './audit-entry'

/** Options for createAuditLog. */
export interface AuditLogOptions {
  /** The studio database; the log is its append-only `audit_log` table. */
  db: Kysely<StudioDatabase>
  /** The signed-in OS user, e.g. `() => os.userInfo().username`. */
  osUser: () => string
  now?: () => number
  /** In a studio chain, each row is also queued for the shared audit log, in the same transaction. */
  outbox?: Outbox
}

/** An append-only log of who looked at which document, when, and how it went; each row chained by a hash. */
export interface AuditLog {
  /** Appends one row. There is no update or delete: not here, not anywhere in the app, and triggers refuse both. */
  append(entry: AuditInput): Promise<AuditEntry>
  /** The most recent entries, newest first. */
  read(options?: { limit?: number }): Promise<AuditEntry[]>
  /** Writes the whole log as JSON lines, oldest first, each line with its row number and hashes. */
  exportTo(path: string): Promise<void>
  /** Recomputes every hash: tells whether any row was changed, removed or reordered. */
  verify(): Promise<AuditVerification>
}

const BATCH = 5000

function storeError(what: 'write' | 'read' | 'export', error: unknown): AppError {
  return new AppError('FILE_SYSTEM', t('store.audit.failed', { what }), { cause: error })
}

/** An entry as stored in one row. */
export function entryOf(row: Selectable<AuditLogTable>): AuditEntry {
  return {
    time: row.time,
    osUser: row.os_user,
    environment: row.environment as AuditEntry['environment'],
    action: row.action as AuditEntry['action'],
    side: row.side as AuditEntry['side'],
    tokenFingerprint: row.token_fingerprint,
    outcome: row.outcome as AuditEntry['outcome'],
    ...(row.detail !== null ? { detail: row.detail } : {})
  }
}

/**
 * Appends entries in order, each chained to the last row, inside the caller's transaction; in a studio chain, each
 * row is queued for the shared audit log in the same transaction.
 */
export async function appendInTransaction(
  trx: Transaction<StudioDatabase>,
  entries: readonly AuditEntry[],
  outbox?: Outbox
): Promise<void> {
  const sharing = outbox?.enabled() ? outbox : null
  {
    const last = await trx
      .selectFrom('audit_log')
      .select('hash')
      .orderBy('seq', 'desc')
      .limit(1)
      .executeTakeFirst()
    let prev = last?.hash ?? GENESIS_HASH
    for (const entry of entries) {
      const hash = chainHash(prev, entry)
      const row = await trx
        .insertInto('audit_log')
        .values({
          time: entry.time,
          os_user: entry.osUser,
          environment: entry.environment,
          action: entry.action,
          side: entry.side,
          token_fingerprint: entry.tokenFingerprint,
          outcome: entry.outcome,
          detail: entry.detail ?? null,
          prev_hash: prev,
          hash
        })
        .returning('seq')
        .executeTakeFirstOrThrow()
      await sharing?.add(trx, [{ kind: 'audit', auditSeq: row.seq }])
      prev = hash
    }
  }
}

/** Creates the audit log over the studio database. */
export function createAuditLog(options: AuditLogOptions): AuditLog {
  const { db } = options
  const now = options.now ?? Date.now

  /** Every row, oldest first, in batches. */
  async function* rows(): AsyncGenerator<Selectable<AuditLogTable>> {
    let after = 0
    for (;;) {
      const batch = await db
        .selectFrom('audit_log')
        .selectAll()
        .where('seq', '>', after)
        .orderBy('seq')
        .limit(BATCH)
        .execute()
      for (const row of batch) yield row
      const last = batch.at(-1)
      if (!last || batch.length < BATCH) return
      after = last.seq
    }
  }

  return {
    async append(input) {
      const parsed = auditEntrySchema.safeParse({
        time: new Date(now()).toISOString(),
        osUser: options.osUser(),
        ...input
      })
      // The schema is the last guard against a token or free text slipping into the log.
      if (!parsed.success) {
        throw new AppError('INTERNAL', t('store.audit.malformed'), {
          cause: parsed.error
        })
      }
      try {
        await db.transaction().execute((trx) => appendInTransaction(trx, [parsed.data], options.outbox))
      } catch (error) {
        throw storeError('write', error)
      }
      return parsed.data
    },

    async read(readOptions = {}) {
      const limit = Math.max(0, readOptions.limit ?? 200)
      try {
        const found = await db
          .selectFrom('audit_log')
          .selectAll()
          .orderBy('seq', 'desc')
          .limit(limit)
          .execute()
        return found.map(entryOf)
      } catch (error) {
        throw storeError('read', error)
      }
    },

    async exportTo(path) {
      const lines: string[] = []
      try {
        for await (const row of rows()) {
          lines.push(
            JSON.stringify({ ...entryOf(row), row: row.seq, prevHash: row.prev_hash, hash: row.hash })
          )
        }
      } catch (error) {
        throw storeError('export', error)
      }
      if (lines.length === 0) {
        throw new AppError('FILE_SYSTEM', t('store.audit.empty'))
      }
      await writeFileAtomic(path, lines.join('\n') + '\n').catch((error: unknown) => {
        throw storeError('export', error)
      })
    },

    async verify() {
      let prev = GENESIS_HASH
      let count = 0
      for await (const row of rows()) {
        count++
        if (row.prev_hash !== prev || chainHash(prev, entryOf(row)) !== row.hash) {
          return {
            ok: false,
            rows: count,
            firstBadRow: row.seq,
            message: t('store.audit.altered', { row: row.seq })
          }
        }
        prev = row.hash
      }
      return {
        ok: true,
        rows: count,
        firstBadRow: null,
        message: t('store.audit.intact', { count })
      }
    }
  }
}
