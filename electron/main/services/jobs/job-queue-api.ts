import type { JobFiles } from './job-files'
import type { HistoryPage, HistoryQuery, JobRepository } from './job-repository'
import type { AppCheckView } from '../../../shared/contract/face-check'
import type { JobInput, JobRecord, JobRequest, RunJob, UnlockPhoto } from './job-types'

/** Dependencies of the queue. */
export interface JobQueueDeps {
  runJob: RunJob
  /** Needed for watermark jobs. */
  unlockPhoto?: UnlockPhoto
  /** Photos live under `<dataDir>/jobs/photos/`. */
  dataDir: string
  /** Where the records are kept (sql-job-repository.ts). */
  repository: JobRepository
  /** Where the photos are read and written; by default `<dataDir>/jobs/photos/` (the studio chain adds a fallback). */
  files?: JobFiles
  /** How many jobs run at once (default 2). */
  concurrency?: number
  /** Days to keep customer photos (default 14); read at each purge so a Settings change applies. */
  retentionDays?: () => number
  now?: () => number
  /** Every change of a job, for the window. */
  onChange?: (job: JobRecord) => void
  /** A run ended (done, needs attention, failed, cancelled): the app refreshes the account panel. */
  onJobSettled?: (job: JobRecord) => void
  /**
   * A history write that no caller was waiting for failed (every other write failure reaches its caller). The
   * app tells the person; it is never silent.
   */
  onPersistError?: (error: unknown) => void
  /** These jobs' photos were deleted (retention, remove): any copy held in memory must go too. */
  onPhotosDeleted?: (jobIds: readonly string[]) => void
  /** Whether a warning of the local face check holds a job for the operator; read at each check (Settings). */
  holds?: (warning: string) => boolean
  /** The app's own post-check of an unlocked final photo (a preview's watermark keeps it waiting till then). */
  checkFinal?: (job: JobRecord, photo: Uint8Array) => Promise<AppCheckView>
}

/** The changes "Make a new photo" may bring. */
export type RemakeChanges = Partial<Pick<JobRequest, 'specCode' | 'specName' | 'sensitivity'>>

/** The counter's job queue, over the history. */
export interface JobQueue {
  enqueue(input: JobInput): Promise<JobRecord>
  /** Cancels a job still local (queued, preparing, or held: "Don't send"). False once it is uploading or finished. */
  cancel(jobId: string): Promise<boolean>
  /** "Try again": downloads a kept answer, or runs a job that never spent its grant; never a second make call. */
  retry(jobId: string): Promise<JobRecord>
  /** "Make a new photo (uses one photo from the quota)": only with `confirmed`, the person's explicit yes. */
  remake(jobId: string, options: { confirmed: boolean; changes?: RemakeChanges }): Promise<JobRecord>
  /** Fetches the unwatermarked photo of a watermark job, stores it, and runs the app's post-check on it. */
  unlock(jobId: string): Promise<JobRecord>
  /** A held job goes on: what held it is accepted by the operator and recorded; the grant is still unspent. */
  sendAnyway(jobId: string): Promise<JobRecord>
  /** The operator confirmed a "needs attention" photo for saving and printing anyway: recorded on the job. */
  acceptAttention(jobId: string): Promise<JobRecord>
  /** A job held for several faces goes on, its upload cropped to face `index` (0 = the largest). */
  pickFace(jobId: string, index: number): Promise<JobRecord>
  get(jobId: string): Promise<JobRecord | undefined>
  /** The counter's queue: today's jobs not cleared, and every active job; newest first. */
  listQueue(): Promise<JobRecord[]>
  /** A page of the whole history. */
  page(query: HistoryQuery): Promise<HistoryPage>
  sourcePhotoFor(jobId: string): Promise<Buffer | null>
  /** The photo as the local face check saw it (the upload, cropped to a picked face), for its overlay. */
  checkedPhotoFor(jobId: string): Promise<Buffer | null>
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
  /**
   * Deletes stored photos older than the retention; the entries stay, marked `photosPurged`. Also deletes photo
   * folders older than the retention that no record claims. Returns how many jobs were purged.
   */
  purgeExpiredPhotos(): Promise<number>
  /** Takes today's settled jobs off the queue view; History keeps them. Returns how many. */
  clearFinished(): Promise<number>
  setConcurrency(limit: number): void
  /** Resolves when no job is queued or running. */
  idle(): Promise<void>
}
