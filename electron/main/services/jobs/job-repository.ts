import type { JobRecord, JobState } from './job-types'

/** Where a page of the history starts: after this job, newest first. */
export interface HistoryCursor {
  createdAt: number
  id: string
}

/** One page of the history, newest first, with optional search and filters. */
export interface HistoryQuery {
  limit: number
  cursor?: HistoryCursor | null
  /** A customer's name (any case, with or without accents) or an order number ("1042" or "#1042"). */
  search?: string
  /** createdAt ≥ from (epoch ms). */
  from?: number
  /** createdAt < to (epoch ms). */
  to?: number
  states?: readonly JobState[]
  specCode?: string
  /**
   * Every counter's jobs, or this counter's (the default). Only the shared studio database holds other counters'
   * jobs; a store of one counter answers the same for both.
   */
  counters?: 'all' | 'this'
}

/** A page of records, and where the next one starts (null at the end). */
export interface HistoryPage {
  records: JobRecord[]
  next: HistoryCursor | null
  /** Asked for every counter's jobs while the shared database is away: this counter's are given, and why. */
  note?: string
  /** Whose jobs the page holds, when a store says (the studio chain). */
  counters?: 'all' | 'this'
}

/** Records that could not be read were moved out of the history into a file; the others are untouched. */
export interface SetAsideReport {
  count: number
  /** The file that holds them, as they were stored. */
  file: string
}

/**
 * The job history, as the queue and the History screen use it. Every write resolves only once it is committed.
 * Three implementations: SQLite (sql-job-repository.ts, one counter), PostgreSQL (shared-db/pg-job-repository.ts,
 * the shared studio database, read by every counter) and the studio chain (shared-db/chain-job-repository.ts:
 * this counter's SQLite, with every change queued for the shared database, and other counters' jobs read from it).
 */
export interface JobRepository {
  /** Stores a new job, giving it the next order number of this counter. */
  insert(record: JobRecord): Promise<JobRecord>
  /**
   * Writes a job's record. With `base`, the record the change was decided on, only the fields that differ from it
   * are written, onto the record as stored now: a change made meanwhile to other fields (by another counter, say)
   * is kept. Without it, the whole record is replaced.
   */
  put(record: JobRecord, base?: JobRecord): Promise<void>
  /** Stores the service's answer (in `record.made`) and the photo that came inside it, in one commit. */
  keepAnswer(record: JobRecord, photo: Uint8Array | null, base?: JobRecord): Promise<void>
  /** The photo kept with the answer, or null. */
  keptPhoto(jobId: string): Promise<Uint8Array | null>
  /** Drops the kept photo; called only after the final record is committed. */
  dropKeptPhoto(jobId: string): Promise<void>
  get(jobId: string): Promise<JobRecord | null>
  /** Deletes a job and its kept photo. */
  remove(jobId: string): Promise<void>
  /** The counter's queue: every active job, and jobs created since `since`, newest first. */
  queue(since: number): Promise<JobRecord[]>
  /** Jobs in an active state (at start-up these were cut off by a crash). */
  active(): Promise<JobRecord[]>
  page(query: HistoryQuery): Promise<HistoryPage>
  /** Settled jobs created at or before `cutoff` whose photos are not yet purged, oldest first. */
  expired(cutoff: number, limit: number): Promise<JobRecord[]>
  /** Which of these ids are jobs in the history. */
  known(ids: readonly string[]): Promise<Set<string>>
  /** Adds records that keep their own ids (an import), in one transaction with a store fact; skips known ids. */
  importRecords(records: readonly JobRecord[], fact: { key: string; value: string }): Promise<number>
  /** A store fact (for example that an import is done), or null. */
  fact(key: string): Promise<string | null>
  setFact(key: string, value: string): Promise<void>
}
