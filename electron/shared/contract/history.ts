import { z } from 'zod'
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
}

/** Something the person should know about the stored history (an import, records set aside, a failed write). */
export interface StoreNotice {
  id: string
  level: 'info' | 'warning' | 'error'
  message: string
  /** The action the notice offers, if any. */
  action: 'confirm-import' | null
  /** Epoch ms. */
  at: number
}

/** The result of "Verify audit log". */
export interface AuditVerification {
  ok: boolean
  rows: number
  /** The first row whose hash does not follow from the rows before it. */
  firstBadRow: number | null
  message: string
}

const JOB_STATE = z.enum([
  'queued',
  'preparing',
  'uploading',
  'processing',
  'downloading',
  'done',
  'needs-attention',
  'failed',
  'cancelled'
])

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
    states: z.array(JOB_STATE).max(9).optional(),
    specCode: z.string().min(1).max(100).optional()
  })
  .strict()

/** History and store channels. */
export const historyChannels = {
  'history:list': channel<HistoryPageView>()(historyQuerySchema),
  'history:notices': channel<StoreNotice[]>()(noInput),
  'history:confirm-import': channel<StoreNotice[]>()(noInput),
  'history:dismiss-notice': channel<StoreNotice[]>()(z.object({ id: z.string().min(1).max(100) }).strict()),
  'audit:verify': channel<AuditVerification>()(noInput)
}
