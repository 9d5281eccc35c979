import { z } from 'zod'
import { channel } from './define'
import { bytesSchema, noInput, type ImageView, type SavedFile } from './common'
import type { IpcError } from '../errors'
import { sensitivitySchema, specCodeSchema } from './specs'
import type { AppCheckView, FaceCheckView } from './face-check'

/** The states a job goes through, as the counter sees them (the rules are in main's job-rules.ts). */
export type JobState =
  | 'queued'
  | 'preparing'
  | 'held'
  | 'uploading'
  | 'processing'
  | 'downloading'
  | 'done'
  | 'needs-attention'
  | 'failed'
  | 'cancelled'

/** An issue code explained for the counter. */
export interface IssueView {
  code: string
  title: string
  advice: string | null
}

/** A photo job, as the queue and history show it. */
export interface JobView {
  id: string
  /** The short order number ("#1042"), searchable in History; null only for a job not yet stored. */
  orderNumber: number | null
  customer: string | null
  specCode: string
  specName: string | null
  mode: 'direct' | 'watermark'
  state: JobState
  progress: number
  createdAt: number
  updatedAt: number
  /** Only while preparing or waiting: once the upload starts, quota may be spent. */
  cancellable: boolean
  /**
   * What "Try again" would do: download a photo already made and paid for, or run a job that never reached the
   * service. Null when it is not offered.
   */
  retry: 'download' | 'run' | null
  /** Whether "Make a new photo (uses one photo from the quota)" is offered. */
  remake: boolean
  /** Shown in the counter's queue (today's jobs not cleared, and every active job); History shows all. */
  inQueue: boolean
  error: IpcError | null
  result: {
    photoUuid: string | null
    /** False when the service could not make a photo (only issues came back) or the photos were purged. */
    hasPhoto: boolean
    issues: IssueView[]
    idPhotoCode: string | null
    watermarked: boolean
    /** A watermarked job becomes final only after "Unlock final photo". */
    unlocked: boolean
    sheets: { key: string; label: string }[]
  } | null
  photosPurged: boolean
  savedTo: string | null
  /**
   * The counter that made the job, when another counter of the studio made it (shared studio database): it can
   * be viewed, saved and printed here, and only its own counter runs, retries or removes it. Null for this
   * counter's own jobs.
   */
  counter: string | null
  /** A "needs attention" photo the operator confirmed for saving and printing anyway, and when. */
  attentionAccepted: { at: number } | null
  /** The local face check of the photo as it would be uploaded (before any quota), once it has run. */
  faceCheck: FaceCheckView | null
  /** "Send anyway": what the operator accepted, and when. */
  sentAnyway: { warnings: string[]; unchecked: boolean; at: number } | null
  /** The face the operator picked among several (0 = the largest), and when. */
  faceChoice: { index: number; at: number } | null
  /** Whether "Send anyway" is offered (a held job with warnings only, or an unchecked face). */
  canSendAnyway: boolean
  /** Whether picking one of several faces is offered. */
  canPickFace: boolean
  /** The app's own measurement of the returned photo against the spec, kept apart from the service's issues. */
  appCheck: AppCheckView | null
}

/** What became of a printed check report. */
export interface ReportPrinted {
  printed: boolean
  printerName: string | null
  /** The print path's words for the counter ("CUPS", "the print dialog"). */
  path: string
  note: string | null
}

/** What happened to each dropped file. */
export interface SubmitOutcome {
  accepted: { fileName: string; jobId: string }[]
  refused: { fileName: string; error: IpcError }[]
}

/** The account panel. */
export interface AccountView {
  demo: boolean
  region: string
  health: 'GOOD' | 'DOWN' | 'UNKNOWN'
  healthMessage: string | null
  accountStatus: string | null
  /** Epoch ms. */
  freeTrialEndTime: number | null
  subscriptionStatus: string | null
  /** Epoch ms. */
  subscriptionResetTime: number | null
  quotas: {
    makeIdPhoto: { total: number; remaining: number } | null
    makeIdPhotoWatermark: { total: number; remaining: number } | null
  }
  warning: string | null
  error: IpcError | null
}

const jobId = z.string().uuid()
const fileInput = z
  .object({
    name: z.string().min(1).max(255),
    bytes: bytesSchema.refine((b) => b.byteLength <= 200 * 1024 * 1024, 'Files over 200 MB are refused.')
  })
  .strict()

const sheetSize = z.string().regex(/^\d{2,5}\*\d{2,5}$/, 'Sheet sizes look like 1800*1200.')

/** A new job (one per file). */
export const submitSchema = z
  .object({
    files: z.array(fileInput).min(1).max(50),
    specCode: specCodeSchema,
    mode: z.enum(['direct', 'watermark']),
    watermarkText: z.enum(['Preview', 'Aperçu']).optional(),
    customer: z.string().trim().max(120).optional(),
    sensitivity: sensitivitySchema.optional(),
    sheetSizes: z.array(sheetSize).max(5).optional(),
    outputFormat: z.enum(['IMAGE_BASE64', 'S3_URL']).optional()
  })
  .strict()

/** Photo job channels. */
export const photosChannels = {
  'photos:submit': channel<SubmitOutcome>()(submitSchema),
  'photos:list-jobs': channel<JobView[]>()(noInput),
  'photos:cancel': channel<JobView>()(z.object({ jobId }).strict()),
  'photos:retry': channel<JobView>()(z.object({ jobId }).strict()),
  /** The only channel that spends quota again for a job: the person confirmed it (checked again in main). */
  'photos:remake': channel<JobView>()(z.object({ jobId, confirmed: z.literal(true) }).strict()),
  'photos:get-job': channel<JobView>()(z.object({ jobId }).strict()),
  /** Takes today's finished jobs off the queue; History keeps them. */
  'photos:clear-finished': channel<{ cleared: number }>()(noInput),
  'photos:unlock': channel<JobView>()(z.object({ jobId }).strict()),
  'photos:get-image': channel<ImageView>()(
    z.object({ jobId, kind: z.enum(['source', 'checked', 'result', 'final']) }).strict()
  ),
  'photos:get-sheet': channel<ImageView>()(z.object({ jobId, key: sheetSize }).strict()),
  'photos:save': channel<SavedFile>()(
    z.object({ jobId, what: z.enum(['photo', 'sheet']).default('photo'), key: sheetSize.optional() }).strict()
  ),
  'photos:remove': channel<null>()(z.object({ jobId }).strict()),
  /** A held job goes on with what held it accepted by the operator, recorded on the job (no quota until sent). */
  'photos:send-anyway': channel<JobView>()(z.object({ jobId }).strict()),
  /** A job held for several faces: crop the upload to this face (0 = the largest) and go on. */
  /** The operator confirmed a "needs attention" photo for saving and printing anyway (recorded on the job). */
  'photos:accept-attention': channel<JobView>()(z.object({ jobId, confirmed: z.literal(true) }).strict()),
  'photos:pick-face': channel<JobView>()(z.object({ jobId, face: z.number().int().min(0).max(20) }).strict()),
  /** The photo check report (one PDF page) of a finished photo, saved where the photos are saved. */
  'photos:save-report': channel<SavedFile>()(z.object({ jobId }).strict()),
  /** The photo check report, printed at true size through the same print path as the sheets. */
  'photos:print-report': channel<ReportPrinted>()(
    z.object({ jobId, printerName: z.string().min(1).max(300).optional() }).strict()
  ),
  'account:status': channel<AccountView>()(noInput)
}
