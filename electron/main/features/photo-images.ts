import sharp from 'sharp'
import type { ImageView } from '../../shared/contract'
import { AppError } from '../../shared/errors'
import { prepareUpload } from '../services/image/prepare-upload'
import type { JobQueue } from '../services/jobs/job-queue-api'
import type { JobRecord } from '../services/jobs/job-types'
import type { PartialRegistry } from '../ipc/registry'
import { t } from '../services/i18n/main-language'

/**
 * The images of a job for the window: the upright original (the last few kept in memory, so flipping between
 * photo and original costs no re-encode), the result, the final photo and the API sheets. A job whose photos
 * were purged or removed is never served, from memory or from disk.
 */
export function createPhotoImages(queue: JobQueue) {
  const sourcePreviews = new Map<string, Uint8Array>()

  const mustJob = async (jobId: string): Promise<JobRecord> => {
    const job = await queue.get(jobId)
    if (!job) throw new AppError('NOT_FOUND', t('jobs.error.notInList'))
    return job
  }

  const handlers: PartialRegistry<'photos:get-image' | 'photos:get-sheet'> = {
    'photos:get-image': async ({ jobId, kind }) => {
      const job = await mustJob(jobId)
      // The record decides first: a purged job's preview must not outlive its photos (issue 15.7).
      if (job.photosPurged) throw purgedError(job)
      if (kind === 'source') {
        const cached = sourcePreviews.get(jobId)
        if (cached) return imageView(cached)
        const bytes = await queue.sourcePhotoFor(jobId)
        if (bytes === null) throw purgedError(job)
        // Shown upright and as JPEG whatever the camera wrote (HEIC/TIFF do not display in the window).
        const preview = (await prepareUpload(bytes, null)).jpeg
        remember(sourcePreviews, jobId, preview)
        return imageView(preview)
      }
      const bytes =
        kind === 'final'
          ? await queue.finalPhotoFor(jobId)
          : kind === 'checked'
            ? await queue.checkedPhotoFor(jobId)
            : await queue.previewPhotoFor(jobId)
      if (bytes === null) {
        if (kind === 'final' && job.watermarked && !job.unlocked) {
          throw new AppError('CONFIRMATION_REQUIRED', t('jobs.error.stillPreview'))
        }
        throw purgedError(job)
      }
      return imageView(bytes)
    },
    'photos:get-sheet': async ({ jobId, key }) => {
      const bytes = await queue.sheetPhotoFor(jobId, key)
      if (bytes === null) throw purgedError(await mustJob(jobId))
      return imageView(bytes)
    }
  }

  return {
    handlers,
    mustJob,
    /** Drops what memory holds of these jobs' photos (after a purge or a remove). */
    forget(jobIds: readonly string[]) {
      for (const id of jobIds) sourcePreviews.delete(id)
    }
  }
}

/** The error for a job with no stored photo: purged by retention, or never made. */
export function purgedError(job: JobRecord): AppError {
  return new AppError('NOT_FOUND', job.photosPurged ? t('photos.main.purged') : t('photos.main.noPhoto'))
}

async function imageView(bytes: Uint8Array): Promise<ImageView> {
  const meta = await sharp(bytes).metadata()
  const mime = meta.format === 'png' ? 'image/png' : meta.format === 'webp' ? 'image/webp' : 'image/jpeg'
  return { bytes: new Uint8Array(bytes), mime, width: meta.width ?? 0, height: meta.height ?? 0 }
}

/** Keeps a small most-recently-used cache. */
function remember(cache: Map<string, Uint8Array>, key: string, value: Uint8Array, limit = 8): void {
  cache.delete(key)
  cache.set(key, value)
  const oldest = cache.keys().next()
  if (cache.size > limit && !oldest.done) cache.delete(oldest.value)
}
