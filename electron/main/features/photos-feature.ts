import { join } from 'node:path'
import { AppError, isAppError } from '../../shared/errors'
import type { Core } from '../core'
import { DEMO_ORIGIN, followingFetch } from '../connections'
import { sharedFaceEngine } from '../services/face/shared-engine'
import { createAppCheck } from '../services/jobs/app-check'
import { createDefaultRunJob, createUnlockPhoto } from '../services/jobs/default-run-job'
import { openJobQueue } from '../services/jobs/job-queue'
import { createUploadCheck } from '../services/jobs/upload-check'
import { mustBeAccepted } from '../services/jobs/attention'
import { saveFileName } from '../services/files/save-name'
import { saveWithDialog } from '../services/files/save-file'
import { createImageDownloader, httpsOnly } from '../services/passport-photo/image-download'
import { createPassportPhotoClient } from '../services/passport-photo/passport-photo-client'
import { createSpecCatalogue, type SpecCatalogue } from '../services/passport-photo/spec-catalogue'
import { createSpecPreferences } from '../services/passport-photo/spec-preferences'
import { parseSpec, parseSpecRequirements } from '../services/specs/spec-parse'
import { accountStatus } from './account-status'
import type { PhotosFeature } from './feature-types'
import { createHistoryHandlers } from './history-handlers'
import { NOTICE_IDS, openJobHistory } from './history-store'
import { startOfDay, toJobView } from './job-view'
import { createPhotoImages, purgedError } from './photo-images'
import { createPhotoJobHandlers } from './photo-job-handlers'
import { createPhotoReportHandlers } from './photo-report'
import { createSensitivityStore, createSpecsHandlers } from './specs-handlers'
import { t } from '../services/i18n/main-language'

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
  const requirementsFor = async (specCode: string) =>
    parseSpecRequirements(await catalogue().details(specCode))

  // The face engine loads in the background now (about half a second of work in its own thread), so the first
  // customer's photo is checked as quickly as the rest. A failure here is not final: each check tries again, and
  // a photo that cannot be checked is held with a plain message, never sent unchecked by itself.
  const faces = sharedFaceEngine
  void faces()
    .start()
    .catch((error: unknown) => host.log?.write('warn', 'The face engine did not start at launch.', error))
  const uploadCheck = createUploadCheck(faces)
  const appCheck = createAppCheck(faces, core.now)

  const repository = await openJobHistory({
    store: core.store,
    notices: core.notices,
    dataDir: host.dataDir,
    now: core.now,
    chain: core.chain
  })
  // Assigned once the queue is open; a purge reports to it.
  let images: ReturnType<typeof createPhotoImages> | null = null
  const queue = await openJobQueue({
    runJob: createDefaultRunJob({
      client,
      downloadImage,
      specDetails: (code, signal) => catalogue().details(code, { ...(signal ? { signal } : {}) }),
      check: uploadCheck.check,
      appCheck,
      now: core.now
    }),
    holds: (warning) => (core.currentSettings().faceChecks.hold as Record<string, boolean>)[warning] === true,
    checkFinal: async (job, photo) => appCheck(photo, await requirementsFor(job.specCode).catch(() => null)),
    unlockPhoto: createUnlockPhoto({ client, downloadImage }),
    dataDir: host.dataDir,
    repository,
    files: core.chain.photoFiles(),
    concurrency: core.currentSettings().jobs.concurrency,
    retentionDays: () => core.currentSettings().jobs.retentionDays,
    now: core.now,
    onChange: (job) => host.emit('jobs:changed', toJobView(job, startOfDay(core.now()))),
    onJobSettled: () => host.emit('account:changed', null),
    onPersistError: (error) => reportWriteFailure(core, error),
    onPhotosDeleted: (ids) => images?.forget(ids)
  })
  images = createPhotoImages(queue)
  const photoImages = images
  const unsubscribe = core.settings.onChange((settings) => queue.setConcurrency(settings.jobs.concurrency))
  const purge = () =>
    void queue.purgeExpiredPhotos().catch((error: unknown) => reportWriteFailure(core, error))
  purge()
  const purgeTimer = setInterval(purge, PURGE_EVERY_MS)
  // Another counter of the studio chain purged photos of this counter's jobs (the agreed retention): follow.
  const unsubscribePurge = core.chain.sync.onPurgedElsewhere(purge)
  purgeTimer.unref?.()

  const specFor = async (specCode: string) => parseSpec(await catalogue().details(specCode))
  const { mustJob } = photoImages

  const outputFolder = async (): Promise<string | null> =>
    core.currentSettings().jobs.outputFolder ??
    (await host.dialogs.chooseFolder(t('photos.main.chooseFolder')))

  return {
    handlers: {
      ...createSpecsHandlers({ catalogue, preferences, sensitivityStore }),
      ...createPhotoJobHandlers({
        queue,
        now: core.now,
        requirementsFor,
        uploadCheck,
        markSpecUsed: (code) => preferences.markUsed(code),
        mustJob,
        forget: (ids) => photoImages.forget(ids),
        accountChanged: () => host.emit('account:changed', null)
      }),
      ...photoImages.handlers,
      ...createPhotoReportHandlers({ core, queue, mustJob, requirementsFor, appCheck, outputFolder }),
      ...createHistoryHandlers({
        queue,
        repository,
        store: core.store,
        notices: core.notices,
        now: core.now
      }),
      'photos:save': async ({ jobId, what, key }) => {
        const job = await mustJob(jobId)
        if (what === 'sheet') {
          const bytes = key ? await queue.sheetPhotoFor(jobId, key) : null
          if (bytes === null) throw purgedError(job)
          const name = saveFileName({
            customer: job.customer,
            specCode: job.specCode,
            kind: `sheet-${key?.replace('*', 'x')}`,
            date: job.createdAt,
            extension: 'jpg'
          })
          const path = await saveWithDialog(host.dialogs, {
            title: t('photos.main.saveApiSheet'),
            folder: core.currentSettings().jobs.outputFolder,
            name,
            filters: [{ name: 'JPEG', extensions: ['jpg'] }],
            bytes: () => bytes
          })
          return { path }
        }
        const folder = await outputFolder()
        if (folder === null) return { path: null }
        return { path: await queue.saveResult(jobId, folder) }
      },
      'account:status': () => accountStatus(core, client)
    },

    // For hot folders: the photos:submit handler itself, so there is one path into the queue.
    submitFiles(this: PhotosFeature, input) {
      return this.handlers['photos:submit'](input, {})
    },

    async testConnection() {
      const demo = core.passportPhoto().demo
      try {
        const health = await client.health()
        const status = await client.queryAccountStatus()
        const left = status.subscription?.makeIdPhotoApiRemaining
        return {
          ok: health.status === 'GOOD',
          message: t('photos.main.connected', {
            demo: demo ? 'yes' : 'no',
            status: status.accountStatus,
            known: left !== null && left !== undefined ? 'yes' : 'no',
            left: left ?? 0
          }),
          demo
        }
      } catch (error) {
        return { ok: false, message: isAppError(error) ? error.message : t('photos.main.testFailed'), demo }
      }
    },

    async finalPhoto(jobId) {
      const job = await mustJob(jobId)
      mustBeAccepted(job)
      const bytes = await queue.finalPhotoFor(jobId)
      if (bytes === null) {
        throw job.watermarked && !job.unlocked
          ? new AppError('CONFIRMATION_REQUIRED', t('photos.main.previewBeforePrint'))
          : purgedError(job)
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
      unsubscribePurge()
      await queue.idle()
    }
  }
}

/** A history write that no one was waiting for failed: the person is told, it is never silent. */
function reportWriteFailure(core: Core, error: unknown): void {
  const reason = isAppError(error) ? error.message : ''
  core.host.log?.write('error', 'A job history write failed.', error)
  core.notices.add({
    id: NOTICE_IDS.writeFailed,
    level: 'error',
    title: () => t('photos.main.writeFailed.title'),
    message: () => t('photos.main.writeFailed.message', { known: reason ? 'yes' : 'no', reason })
  })
}
