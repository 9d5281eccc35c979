import { createHash } from 'node:crypto'
import type { AuditEntry } from './audit-entry'

/** The previous hash of the first row. */
export const GENESIS_HASH = '0'.repeat(64)

/**
 * The hash of one row: sha256 over the previous row's hash and this entry's fields in a fixed order, so that
 * changing, removing or reordering any row breaks every hash after it.
 */
export function chainHash(prevHash: string, entry: AuditEntry): string {
  const fields = [
    entry.time,
    entry.osUser,
    entry.environment,
    entry.action,
    entry.side,
    entry.tokenFingerprint,
    entry.outcome,
    entry.detail ?? null
  ]
  return createHash('sha256').update(prevHash).update('\n').update(JSON.stringify(fields)).digest('hex')
}
