import { randomUUID } from 'node:crypto'
import { join } from 'node:path'
import sharp from 'sharp'
import type { ImageView, JobView } from '../../shared/contract'
import { AppError, isAppError, type IpcError } from '../../shared/errors'
import type { Core } from '../core'
import { DEMO_ORIGIN, followingFetch } from '../connections'
import { preflightImage } from '../services/image/preflight'
import { prepareUpload } from '../services/image/prepare-upload'
import { createDefaultRunJob, createUnlockPhoto } from '../services/jobs/default-run-job'
import { openJobQueue } from '../services/jobs/job-queue'
import { resultFileName } from '../services/jobs/result-file-name'
import type { JobRecord } from '../services/jobs/job-types'
import { explainIssue } from '../services/passport-photo/explain-issue'
import { createImageDownloader, httpsOnly } from '../services/passport-photo/image-download'
import { createPassportPhotoClient } from '../services/passport-photo/passport-photo-client'
import { createSpecCatalogue, type SpecCatalogue } from '../services/passport-photo/spec-catalogue'
import { createSpecPreferences } from '../services/passport-photo/spec-preferences'
import { describeApiSheetSize } from '../services/sheets/api-sheet-size'
import { parseSpec } from '../services/specs/spec-parse'
import { writeFileAtomic } from '../services/storage/write-file-atomic'
import type { PhotosFeature } from './feature-types'
import { createSensitivityStore, createSpecsHandlers } from './specs-handlers'
import { accountStatus } from './account-status'

const PURGE_EVERY_MS = 6 * 60 * 60 * 1000

/**
 * The walk-in workflow's main side: pre-flight, the job queue and history, specs, and the account panel.
 * Photos arrive as bytes; the upload base64 is built here and never crosses the IPC.
 */
export async function createPhotosFeature(core: Core): Promise<PhotosFeature> {
  const { host } = core
  const fetch = followingFetch(core.passportPhoto)
  const client = createPassportPhotoClient({
    fetch,
    baseUrl: () => core.passportPhoto().baseUrl,
    credentials: () => core.passportPhoto().credentials()
  })
  // Result URLs must be https; in Demo mode the simulated service's own origin is the one exception.
  const downloadImage = createImageDownloader({
    fetch,
    allowedUrl: (url) => (core.passportPhoto().demo ? url.origin === DEMO_ORIGIN : httpsOnly(url))
  })
  // Demo and live specs are cached apart, so a demo list is never shown as the real one.
  const catalogues = {
    demo: createSpecCatalogue({ source: client, dataDir: join(host.dataDir, 'specs-demo'), now: core.now }),
    live: createSpecCatalogue({ source: client, dataDir: join(host.dataDir, 'specs-live'), now: core.now })
  }
  const catalogue = (): SpecCatalogue => (core.passportPhoto().demo ? catalogues.demo : catalogues.live)
  const preferences = createSpecPreferences({ dataDir: host.dataDir })
  const sensitivityStore = createSensitivityStore(host.dataDir)
  // The last few upright previews of original photos, so flipping between photo and original costs no re-encode.
  const sourcePreviews = new Map<string, Uint8Array>()

  const queue = await openJobQueue({
    runJob: createDefaultRunJob({
      client,
      downloadImage,
      specDetails: (code, signal) => catalogue().details(code, { ...(signal ? { signal } : {}) })
    }),
    unlockPhoto: createUnlockPhoto({ client, downloadImage }),
    dataDir: host.dataDir,
    concurrency: core.currentSettings().jobs.concurrency,
    retentionDays: () => core.currentSettings().jobs.retentionDays,
    now: core.now,
    onChange: (job) => host.emit('jobs:changed', toView(job)),
    onJobSettled: () => host.emit('account:changed', null)
  })
  const unsubscribe = core.settings.onChange((settings) => queue.setConcurrency(settings.jobs.concurrency))
  void queue.purgeExpiredPhotos().catch(() => undefined)
  const purgeTimer = setInterval(() => void queue.purgeExpiredPhotos().catch(() => undefined), PURGE_EVERY_MS)
  purgeTimer.unref?.()

  function toView(job: JobRecord): JobView {
    // A result exists once the service answered: a photo (done) or issues about the photo (needs attention).
    const answered = job.state === 'done' || job.state === 'needs-attention'
    return {
      id: job.id,
      customer: job.customer ?? null,
      specCode: job.specCode,
      specName: job.specName ?? null,
      mode: job.mode,
      state: job.state,
      progress: job.progress,
      createdAt: job.createdAt,
      updatedAt: job.updatedAt,
      cancellable: job.state === 'queued' || job.state === 'preparing',
      error: job.error ?? null,
      result: answered
        ? {
            photoUuid: job.photoUuid ?? null,
            hasPhoto: job.files.result !== undefined,
            issues: (job.issues ?? []).map(explainIssue),
            // The UK code is how the final photo reaches the passport office: not sent while still a locked preview.
            idPhotoCode: job.watermarked === true && job.unlocked !== true ? null : (job.idPhotoCode ?? null),
            watermarked: job.watermarked === true,
            unlocked: job.unlocked === true,
            sheets: Object.keys(job.files.sheets ?? {}).map((key) => ({ key, label: sheetLabel(key) }))
          }
        : null,
      photosPurged: job.photosPurged === true,
      savedTo: job.savedTo ?? null
    }
  }

  const specFor = async (specCode: string) => parseSpec(await catalogue().details(specCode))

  const mustJob = (jobId: string): JobRecord => {
    const job = queue.get(jobId)
    if (!job) throw new AppError('NOT_FOUND', 'This job is no longer in the list.')
    return job
  }

  const outputFolder = async (): Promise<string | null> =>
    core.currentSettings().jobs.outputFolder ??
    (await host.dialogs.chooseFolder('Choose where to save the photo'))

  return {
    handlers: {
      ...createSpecsHandlers({ catalogue, preferences, sensitivityStore }),

      'photos:submit': async (input) => {
        const spec = await specFor(input.specCode)
        const accepted: { fileName: string; jobId: string }[] = []
        const refused: { fileName: string; error: IpcError }[] = []
        for (const file of input.files) {
          try {
            // Pre-flight before any quota is spent: the type from its bytes, that it decodes, no bomb, enough pixels.
            await preflightImage(file.bytes, { fileName: file.name, spec })
          } catch (error) {
            if (!isAppError(error)) throw error
            refused.push({ fileName: file.name, error: error.toIpcError() })
            continue
          }
          const job = await queue.enqueue({
            id: randomUUID(),
            specCode: input.specCode,
            specName: spec.name,
            mode: input.mode,
            outputFormat: input.outputFormat ?? 'IMAGE_BASE64',
            ...(input.customer ? { customer: input.customer } : {}),
            ...(input.mode === 'watermark' ? { watermarkText: input.watermarkText ?? 'Preview' } : {}),
            ...(input.sensitivity ? { sensitivity: input.sensitivity } : {}),
            ...(input.sheetSizes && input.sheetSizes.length > 0 ? { sheetSizes: input.sheetSizes } : {}),
            source: { fileName: file.name, bytes: file.bytes }
          })
          accepted.push({ fileName: file.name, jobId: job.id })
        }
        // Only a spec that was actually used becomes "recent" and "last".
        if (accepted.length > 0) await preferences.markUsed(input.specCode)
        return { accepted, refused }
      },
      'photos:list-jobs': async () => queue.list().map(toView),
      'photos:cancel': async ({ jobId }) => {
        if (!queue.cancel(jobId)) {
          throw new AppError(
            'STATE_CONFLICT',
            'The photo is already with the service, so it can no longer be cancelled.'
          )
        }
        return toView(mustJob(jobId))
      },
      'photos:retry': async ({ jobId }) => toView(await queue.retry(jobId)),
      'photos:unlock': async ({ jobId }) => {
        const job = toView(await queue.unlock(jobId))
        host.emit('account:changed', null)
        return job
      },
      'photos:get-image': async ({ jobId, kind }) => {
        const job = mustJob(jobId)
        if (kind === 'source') {
          const cached = sourcePreviews.get(jobId)
          if (cached) return imageView(cached)
          const bytes = await queue.sourcePhotoFor(jobId)
          if (bytes === null) throw purged(job)
          // Shown upright and as JPEG whatever the camera wrote (HEIC/TIFF do not display in the window).
          const preview = (await prepareUpload(bytes, null)).jpeg
          remember(sourcePreviews, jobId, preview)
          return imageView(preview)
        }
        const bytes = kind === 'final' ? await queue.finalPhotoFor(jobId) : await queue.previewPhotoFor(jobId)
        if (bytes === null) {
          if (kind === 'final' && job.watermarked && !job.unlocked) {
            throw new AppError(
              'CONFIRMATION_REQUIRED',
              'This is still a watermarked preview. Unlock the final photo first.'
            )
          }
          throw purged(job)
        }
        return imageView(bytes)
      },
      'photos:get-sheet': async ({ jobId, key }) => {
        const bytes = await queue.sheetPhotoFor(jobId, key)
        if (bytes === null) throw purged(mustJob(jobId))
        return imageView(bytes)
      },
      'photos:save': async ({ jobId, what, key }) => {
        const job = mustJob(jobId)
        if (what === 'sheet') {
          const bytes = key ? await queue.sheetPhotoFor(jobId, key) : null
          if (bytes === null) throw purged(job)
          const name = resultFileName({
            customer: job.customer,
            specCode: `${job.specCode}_sheet_${key?.replace('*', 'x')}`,
            date: job.createdAt,
            extension: 'jpg',
            n: 1
          })
          const path = await host.dialogs.chooseSavePath('Save the API sheet', name, [
            { name: 'JPEG', extensions: ['jpg'] }
          ])
          if (path === null) return { path: null }
          await writeFileAtomic(path, bytes)
          return { path }
        }
        const folder = await outputFolder()
        if (folder === null) return { path: null }
        return { path: await queue.saveResult(jobId, folder) }
      },
      'photos:remove': async ({ jobId }) => {
        await queue.remove(jobId)
        return null
      },
      'account:status': () => accountStatus(core, client)
    },

    async testConnection() {
      const demo = core.passportPhoto().demo
      try {
        const health = await client.health()
        const status = await client.queryAccountStatus()
        const left = status.subscription?.makeIdPhotoApiRemaining
        return {
          ok: health.status === 'GOOD',
          message: `Connected to the ${demo ? 'Demo ' : ''}Passport Photo service: ${status.accountStatus}${left !== null && left !== undefined ? `, ${left} photos left` : ''}.`,
          demo
        }
      } catch (error) {
        return { ok: false, message: isAppError(error) ? error.message : 'The connection test failed.', demo }
      }
    },

    async finalPhoto(jobId) {
      const job = mustJob(jobId)
      const bytes = await queue.finalPhotoFor(jobId)
      if (bytes === null) {
        throw job.watermarked && !job.unlocked
          ? new AppError(
              'CONFIRMATION_REQUIRED',
              'This is still a watermarked preview. Unlock the final photo before printing.'
            )
          : purged(job)
      }
      const spec = await specFor(job.specCode)
      return {
        jpeg: bytes,
        spec,
        customer: job.customer ?? null,
        specName: spec.name,
        createdAt: job.createdAt
      }
    },

    async dispose() {
      clearInterval(purgeTimer)
      unsubscribe()
      await queue.idle()
    }
  }
}

function sheetLabel(key: string): string {
  try {
    return describeApiSheetSize(key).label
  } catch {
    return key
  }
}

function purged(job: JobRecord): AppError {
  return new AppError(
    'NOT_FOUND',
    job.photosPurged
      ? 'The photos of this job were deleted after the retention period. The history entry is kept.'
      : 'There is no stored photo for this job.'
  )
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
