import type { JobInput, JobRecord, JobRequest, RunJob, UnlockPhoto } from './job-types'

/** Dependencies of the queue. */
export interface JobQueueDeps {
  runJob: RunJob
  /** Needed for watermark jobs. */
  unlockPhoto?: UnlockPhoto
  /** History and photos live under `<dataDir>/jobs/`. */
  dataDir: string
  /** How many jobs run at once (default 2). */
  concurrency?: number
  /** Days to keep customer photos (default 14); read at each purge so a Settings change applies. */
  retentionDays?: () => number
  now?: () => number
  /** Every change of a job, for the window. */
  onChange?: (job: JobRecord) => void
  /** A run ended (done, needs attention, failed, cancelled): the app refreshes the account panel. */
  onJobSettled?: (job: JobRecord) => void
  /** A history write failed; the queue keeps working from memory. */
  onPersistError?: (error: unknown) => void
}

/** The counter's job queue and history. */
export interface JobQueue {
  enqueue(input: JobInput): Promise<JobRecord>
  /** Cancels a job still local (queued or preparing). Returns false once it is uploading or finished. */
  cancel(jobId: string): boolean
  /** Runs a failed, needs-attention or cancelled job again, on explicit request only. */
  retry(jobId: string, changes?: Partial<Pick<JobRequest, 'specCode' | 'sensitivity'>>): Promise<JobRecord>
  /** Fetches the unwatermarked photo of a watermark job and stores it. */
  unlock(jobId: string): Promise<JobRecord>
  get(jobId: string): JobRecord | undefined
  /** Newest first. */
  list(): JobRecord[]
  sourcePhotoFor(jobId: string): Promise<Buffer | null>
  /** The result as made: the watermarked preview for a watermark job. */
  previewPhotoFor(jobId: string): Promise<Buffer | null>
  /** An API sheet ("1800*1200") of the job, or null. */
  sheetPhotoFor(jobId: string, size: string): Promise<Buffer | null>
  /** Deletes a settled job and its stored photos from the history. */
  remove(jobId: string): Promise<void>
  /** The photo that may be saved or printed; null while a watermark job is still locked. */
  finalPhotoFor(jobId: string): Promise<Buffer | null>
  /** Writes the final photo into a folder as `<customer>_<specCode>_<YYYY-MM-DD>[_n].jpg`; returns the path. */
  saveResult(jobId: string, folder: string): Promise<string>
  /** Deletes stored photos older than the retention; the entries stay, marked `photosPurged`. */
  purgeExpiredPhotos(): Promise<number>
  setConcurrency(limit: number): void
  /** Resolves when no job is queued or running and the history is written. */
  idle(): Promise<void>
}
