import type { Generated } from 'kysely'

/** The jobs table: a few indexed columns for paging and search, and the whole record as JSON. */
export interface JobsTable {
  id: string
  /** Epoch ms. */
  created_at: number
  updated_at: number
  state: string
  spec_code: string
  /** The customer's name folded for search (see fold-text.ts): lower case, no accents. */
  customer_folded: string
  /** The short order number, unique per counter. */
  order_no: number
  /** Which counter made the job (one counter per database until the studio-chain mode). */
  counter: string
  /** 1 once the retention purge has deleted the job's photos. */
  photos_purged: number
  /** The job record as JSON (JobRecordSchema). */
  record: string
}

/** The photo that came inside the service's answer, kept in the same commit as the answer until it is stored. */
export interface KeptPhotosTable {
  job_id: string
  bytes: Uint8Array
}

/** Small facts about the store itself, such as which one-time imports are done. */
export interface StoreMetaTable {
  key: string
  value: string
}

/** The document audit log: append-only, each row chained to the one before by a hash. */
export interface AuditLogTable {
  seq: Generated<number>
  time: string
  os_user: string
  environment: string
  action: string
  side: string | null
  token_fingerprint: string | null
  outcome: string
  detail: string | null
  /** The hash of the row before (64 zeros for the first row). */
  prev_hash: string
  /** sha256 over prev_hash and this row's entry. */
  hash: string
}

/**
 * Changes waiting for the shared studio database, oldest first: a job changed (which fields; null for all of
 * them), a job removed, or an audit row appended.
 */
export interface OutboxTable {
  seq: Generated<number>
  kind: 'job' | 'job-removed' | 'audit'
  job_id: string | null
  /** The audit row (audit_log.seq) to send, for kind 'audit'. */
  audit_seq: number | null
  /** JSON: the names of the record's fields the change touched, or null for the whole record. */
  fields: string | null
  created_at: number
}

/** Every table, for Kysely's typed queries. */
export interface StudioDatabase {
  jobs: JobsTable
  kept_photos: KeptPhotosTable
  store_meta: StoreMetaTable
  audit_log: AuditLogTable
  outbox: OutboxTable
}
