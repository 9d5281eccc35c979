import { z } from 'zod'
import { AppError, ERROR_CODES } from '../../../shared/errors'
import {
  appCheckSchema,
  faceCheckSchema,
  faceChoiceSchema,
  sendAnywaySchema,
  type AppCheckView,
  type FaceCheckView
} from '../../../shared/contract/face-check'
import { JOB_STATES, linkExpiredMessage } from './job-rules'

export { JOB_STATES, type JobState } from './job-rules'

const SensitivityLevel = z.enum(['VERY_LOW', 'LOW', 'MEDIUM', 'HIGH', 'VERY_HIGH'])

/** What the counter sends for one customer photo, minus the bytes. */
export const JobRequestSchema = z.object({
  id: z.string().min(1).max(100),
  /** A name or an order number, shown in the list and used in saved file names. */
  customer: z.string().max(200).optional(),
  specCode: z.string().min(1),
  /** The spec's name when the job was made ("US Passport"), for lists and file names. */
  specName: z.string().max(200).optional(),
  mode: z.enum(['direct', 'watermark']),
  watermarkText: z.enum(['Preview', 'Aperçu']).optional(),
  sensitivity: z
    .object({
      ISSUE_FACE_LIGHT_NOT_BALANCE: SensitivityLevel.optional(),
      ISSUE_FACE_BRIGHTNESS_BAD: SensitivityLevel.optional(),
      ISSUE_HEAD_YAW_OVER_THRESHOLD: SensitivityLevel.optional(),
      ISSUE_HEAD_PITCH_OVER_THRESHOLD: SensitivityLevel.optional()
    })
    .optional(),
  sheetSizes: z
    .array(z.string().regex(/^\d{2,5}\*\d{2,5}$/))
    .max(10)
    .optional(),
  outputFormat: z.enum(['S3_URL', 'IMAGE_BASE64'])
})

/** The settings of a job. */
export type JobRequest = z.infer<typeof JobRequestSchema>

/** A new job: its settings and the customer's photo. */
export interface JobInput extends JobRequest {
  source: { fileName: string; bytes: Uint8Array }
}

/** A job's error as shown at the counter. */
export const JobErrorSchema = z.object({ code: z.enum(ERROR_CODES), message: z.string() })

/** A job's error as shown at the counter. */
export type JobError = z.infer<typeof JobErrorSchema>

/**
 * What the service answered to the call that spent quota, kept until every image of it is downloaded. If a
 * download fails, "Try again" resumes from here and downloads again instead of paying for a second photo.
 */
export const MadePhotoSchema = z.object({
  issues: z.array(z.string()),
  photoUuid: z.string().optional(),
  idPhotoCode: z.string().optional(),
  watermarked: z.boolean(),
  /** Where the photo is, when it came as a link. */
  photoUrl: z.string().optional(),
  /** The photo's stored file, when it came inside the answer. */
  photoFile: z.string().optional(),
  sheetUrls: z.record(z.string(), z.string()),
  /** Set when a download link of the answer has expired: only "Make a new photo" can go on. */
  linkExpired: z.boolean().optional()
})

/** What the service answered to the spending call. */
export type MadePhoto = z.infer<typeof MadePhotoSchema>

/**
 * One job as kept in the history. Stored whole as JSON beside a few indexed columns, so an optional field can be
 * added here without a database migration. Photos live in files beside the database.
 */
export const JobRecordSchema = JobRequestSchema.extend({
  sourceFileName: z.string(),
  /** A short number for the counter ("#1042"), unique per counter; given when the job is first stored. */
  orderNumber: z.number().int().positive().optional(),
  state: z.enum(JOB_STATES),
  progress: z.number().min(0).max(1),
  createdAt: z.number(),
  updatedAt: z.number(),
  /** How many times the job has been started (1 on the first run). */
  attempts: z.number().int().min(0),
  error: JobErrorSchema.optional(),
  issues: z.array(z.string()).optional(),
  photoUuid: z.string().optional(),
  idPhotoCode: z.string().optional(),
  /** True for a preview that still carries the watermark. */
  watermarked: z.boolean().optional(),
  /** True once the final, unwatermarked photo is stored. */
  unlocked: z.boolean().optional(),
  /** Stored file names inside the job's folder. */
  files: z.object({
    source: z.string().optional(),
    /** The photo as the local face check saw it (the upload, cropped to a picked face), for its overlay. */
    checked: z.string().optional(),
    result: z.string().optional(),
    final: z.string().optional(),
    sheets: z.record(z.string(), z.string()).optional()
  }),
  photosPurged: z.boolean().optional(),
  /** Where the final photo was last saved. */
  savedTo: z.string().optional(),
  /** A "needs attention" photo the operator confirmed for saving and printing anyway, and when. */
  attentionAccepted: z.object({ at: z.number() }).optional(),
  /** Set while a made (and paid) photo still has images to download. */
  made: MadePhotoSchema.optional(),
  /**
   * True while the job may make one call that spends quota (see job-rules). Given by a submit and by the explicit
   * "Make a new photo"; spent, durably, before the request leaves. Missing means false.
   */
  makeGrant: z.boolean().optional(),
  /** "Clear finished" took it off the counter's queue; History still shows it. */
  clearedFromQueue: z.boolean().optional(),
  /**
   * Set only on a record read from the shared studio database that another counter made: that counter's name.
   * Never stored. Such a record carries no make grant, and only its own counter may run or change it.
   */
  fromCounter: z.string().optional(),
  /** The local face check of the upload, before any quota (the latest run's); what held the job, if anything. */
  faceCheck: faceCheckSchema.optional(),
  /** "Send anyway": the warnings (and an unchecked face) the operator accepted for this job, and when. */
  sendAnyway: sendAnywaySchema.optional(),
  /** The face the operator picked among several: the upload is cropped to it on every run. */
  faceChoice: faceChoiceSchema.optional(),
  /** The app's own post-check of the returned photo; kept apart from the service's issue codes. */
  appCheck: appCheckSchema.optional()
})

/** One job as kept in the history. */
export type JobRecord = z.infer<typeof JobRecordSchema>

/** What a run produced. */
export interface JobOutcome {
  /** Issues about the photo itself; a non-empty list puts the job in needs-attention. */
  issues: string[]
  photoUuid?: string
  idPhotoCode?: string
  watermarked: boolean
  /** The photo (the preview when watermarked). Absent when the service could not make one. */
  photo?: Uint8Array
  /** Sheet images by size ("1800*1200"). */
  sheets?: Record<string, Uint8Array>
  /** The app's own post-check of the photo (absent when none was made). */
  appCheck?: AppCheckView
}

/** What the local face check found on the upload, for the queue to record and to hold the job by the rules. */
export interface LocalCheck {
  check: Omit<FaceCheckView, 'hold' | 'at'>
  /** The photo as checked (the upload JPEG), stored so its overlay can be drawn on it. */
  photo: Uint8Array | null
}

/** What a run may tell the queue. */
export interface RunJobContext {
  /** Aborted when the job is cancelled while still local. */
  signal: AbortSignal
  /**
   * Called just before the request that may spend quota. Spends the job's make grant and commits "uploading"
   * before it returns; throws CANCELLED if the job was cancelled meanwhile, STATE_CONFLICT if the job has no grant
   * (job-rules.ts). After it returns the job can no longer be cancelled.
   */
  beginUpload(): Promise<void>
  /**
   * The local face check has run on the upload. Records it; when the job rules hold the job (a refusal, a blocking
   * warning not accepted, an unchecked face) it commits "held", with its grant unspent, and throws JobHeld, so no
   * make call can follow. Throws CANCELLED if the job was cancelled meanwhile.
   */
  checked(result: LocalCheck): Promise<void>
  /** The request is on its way; the service is working. */
  markProcessing(): void
  /**
   * The service answered (quota is spent). Commits the answer, with the photo when it came inside it, before it
   * returns, so that nothing after it (downloads, files) can lose it.
   */
  recordMade(made: MadePhoto, photo?: Uint8Array): Promise<void>
}

/** What a run is told of the operator's decisions on the local face check. */
export interface RunDecisions {
  /** The crop of a picked face, in the upload's pixels. */
  faceCrop?: { left: number; top: number; width: number; height: number }
}

/** A run's input: a new photo to make from the customer's source, or a kept answer to download. */
export type RunJobInput = JobRequest &
  RunDecisions &
  (
    | { source: Uint8Array; resume?: undefined }
    | { source?: undefined; resume: { made: MadePhoto; photo: Uint8Array | null } }
  )

/** Runs one job from prepared photo to result; the queue owns states, storage and retries. */
export type RunJob = (input: RunJobInput, context: RunJobContext) => Promise<JobOutcome>

/** Fetches the final photo of a watermarked job. */
export type UnlockPhoto = (photoUuid: string, signal?: AbortSignal) => Promise<Uint8Array>

/** Thrown by `checked` when the job rules hold the job for the operator: the run stops there, nothing is sent. */
export class JobHeld extends Error {
  constructor() {
    super('The job is held for the operator’s decision.')
    this.name = 'JobHeld'
  }
}

/**
 * A kept answer's download link has expired: nothing can be downloaded from it any more, so "Try again" is not
 * offered and only "Make a new photo" (with its confirmation) can go on.
 */
export class LinkExpiredError extends AppError {
  constructor(cause?: unknown) {
    super('NOT_FOUND', linkExpiredMessage(), cause === undefined ? undefined : { cause })
  }
}
