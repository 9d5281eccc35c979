import type { Generated } from 'kysely'
import type { JobsTable, KeptPhotosTable, StoreMetaTable } from '../db/schema'

/**
 * The shared studio database's jobs: the columns of the counter's own table (so History's query runs on both),
 * and what only a studio chain needs.
 */
export interface SharedJobsTable extends JobsTable {
  /** The counter that made the job (a stable id; `counter` is its name when it sent the job). */
  counter_id: string
  /** When the photos were purged, by whichever counter purged first (epoch ms); null while they are kept. */
  photos_purged_at: number | null
  /** 1 once the counter that made the job has purged it in its own record too. */
  record_purged: number
}

/** The finished ID photo of a job (not the customer's original), so any counter can reprint it. */
export interface JobPhotosTable {
  job_id: string
  /** The photo's file name in the job's record (files.result, or files.final once unlocked). */
  name: string
  bytes: Uint8Array
  stored_at: number
}

/** Every counter that has joined: its name, and the last of its changes the database has received. */
export interface CountersTable {
  id: string
  name: string
  /** The highest outbox number of this counter that has been applied: what is at or below it is never applied twice. */
  applied_seq: number
  joined_at: number
  last_seen_at: number
}

/** The shared audit log: every counter's rows, in one chain. */
export interface SharedAuditLogTable {
  seq: Generated<number>
  counter: string
  counter_id: string
  /** The row's number in its counter's own log: (counter_id, local_seq) is received once. */
  local_seq: number
  time: string
  os_user: string
  environment: string
  action: string
  side: string | null
  token_fingerprint: string | null
  outcome: string
  detail: string | null
  prev_hash: string
  hash: string
}

/** The end of the shared audit chain, one row: locked FOR UPDATE by each append, so appends go one at a time. */
export interface AuditChainHeadTable {
  id: number
  seq: number
  hash: string
}

/** Every table of the shared database, for Kysely's typed queries. */
export interface SharedDatabase {
  jobs: SharedJobsTable
  kept_photos: KeptPhotosTable
  store_meta: StoreMetaTable
  job_photos: JobPhotosTable
  counters: CountersTable
  audit_log: SharedAuditLogTable
  audit_chain_head: AuditChainHeadTable
}
