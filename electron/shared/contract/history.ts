import { z } from 'zod'
import { JOB_STATES } from '../job-states'
import { channel } from './define'
import { noInput } from './common'
import type { JobView } from './photos'

/** Where the next page of the history starts. */
export interface HistoryCursor {
  createdAt: number
  id: string
}

/** One page of the history, newest first. */
export interface HistoryPageView {
  jobs: JobView[]
  next: HistoryCursor | null
  /**
   * Whose jobs the page holds: every counter's (from the shared studio database) or this counter's. Asked for
   * all counters while the shared database is away, it holds this counter's and `note` says why.
   */
  counters: 'all' | 'this'
  note: string | null
}

/** An import of an earlier file that waits for the person's confirmation before its backup is deleted. */
export interface PendingImport {
  what: 'history' | 'audit log'
  imported: number
  /** Entries that could not be read, and the file that keeps them. */
  setAside: { count: number; file: string } | null
  /** The old file, kept until confirmed. */
  backup: string
}

/** The result of "Verify audit log". */
export interface AuditVerification {
  ok: boolean
  rows: number
  /** The first row whose hash does not follow from the rows before it. */
  firstBadRow: number | null
  message: string
}

const JOB_STATE = z.enum(JOB_STATES)

/** A history page request: search by customer or order number, filters by date, state and spec. */
export const historyQuerySchema = z
  .object({
    limit: z.number().int().min(1).max(200).default(50),
    cursor: z
      .object({ createdAt: z.number().int(), id: z.string().min(1).max(100) })
      .strict()
      .nullable()
      .default(null),
    search: z.string().trim().max(120).optional(),
    from: z.number().int().optional(),
    to: z.number().int().optional(),
    states: z.array(JOB_STATE).max(JOB_STATES.length).optional(),
    specCode: z.string().min(1).max(100).optional(),
    /** Every counter's jobs (studio-chain mode) or this counter's; this counter's by default. */
    counters: z.enum(['all', 'this']).optional()
  })
  .strict()

/** History and store channels. */
export const historyChannels = {
  'history:list': channel<HistoryPageView>()(historyQuerySchema),
  'history:imports': channel<PendingImport[]>()(noInput),
  /** The person confirmed that the imported history is all there: the old files' backups are deleted. */
  'history:confirm-import': channel<PendingImport[]>()(noInput),
  'audit:verify': channel<AuditVerification>()(noInput)
}
