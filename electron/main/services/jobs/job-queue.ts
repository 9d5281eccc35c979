import { AppError } from '../../../shared/errors'
import { detectImageType, extensionFor } from '../passport-photo/image-type'
import { JobFiles, JOB_ID_PATTERN } from './job-files'
import { JobLedger } from './job-ledger'
import type { JobQueue, JobQueueDeps } from './job-queue-api'
import { interruptedChange, pickRequest, sourceExtension } from './job-records'
import { pickFace, sendAnyway } from './held-jobs'
import { acceptAttention, mustBeAccepted } from './attention'
import {
  canRemake,
  isActive,
  isCancellable,
  isWaiting,
  refusalMessage,
  remakeChanges,
  retryPlan,
  settledState,
  SETTLED_STATES
} from './job-rules'
import { PROGRESS, runOneJob } from './job-run'
import { createJobScheduler } from './job-scheduler'
import { JobRequestSchema, type JobRecord } from './job-types'
import { DEFAULT_HOLDS } from '../../../shared/contract/face-check'
import { purgeExpiredPhotos } from './retention'
import { refuseOtherCounters } from './record-merge'
import { saveFileName } from '../files/save-name'
import { saveNoClobber } from '../files/save-file'
import { t } from '../i18n/main-language'

/**
 * Opens the queue over the history: jobs cut off by a crash are marked interrupted (by the money rule, see
 * job-rules.ts), and nothing restarts by itself. The queue composes the rules, the ledger (every committed
 * change), the scheduler (what runs when) and the repository (where records live).
 */
export async function openJobQueue(deps: JobQueueDeps): Promise<JobQueue> {
  const now = deps.now ?? Date.now
  const repository = deps.repository
  const files = deps.files ?? new JobFiles(deps.dataDir)
  const ledger = new JobLedger(repository, {
    now,
    ...(deps.onChange ? { onChange: deps.onChange } : {}),
    ...(deps.onJobSettled ? { onJobSettled: deps.onJobSettled } : {})
  })
  const sources = new Map<string, Uint8Array>() // bytes kept in memory while a new job waits or runs
  const onPersistError = deps.onPersistError ?? (() => undefined)
  const holds = deps.holds ?? ((code: string) => (DEFAULT_HOLDS as Record<string, boolean>)[code] === true)
  const runDeps = { ledger, repository, files, runJob: deps.runJob, sources, onPersistError, holds, now }
  const scheduler = createJobScheduler((id, signal) => runOneJob(runDeps, id, signal), deps.concurrency ?? 2)

  for (const job of await repository.active()) await ledger.change(job.id, () => interruptedChange(job))

  const photo = async (id: string, pick: (job: JobRecord) => string | undefined): Promise<Buffer | null> => {
    const job = await ledger.mustRead(id)
    const name = pick(job)
    if (name === undefined || job.photosPurged) return null
    return files.readPhoto(id, name)
  }

  const finalPhotoFor = async (id: string): Promise<Buffer | null> => {
    const job = await ledger.mustRead(id)
    if (job.watermarked && !job.unlocked) return null
    return photo(id, (j) => (j.watermarked ? j.files.final : j.files.result))
  }

  const startOfToday = (): number => {
    const day = new Date(now())
    day.setHours(0, 0, 0, 0)
    return day.getTime()
  }

  return {
    async enqueue(input) {
      const parsed = JobRequestSchema.safeParse(pickRequest(input))
      if (!parsed.success) {
        throw new AppError('IPC_INVALID_INPUT', t('jobs.error.invalidSettings'))
      }
      const request = parsed.data
      if (!JOB_ID_PATTERN.test(request.id) || (await repository.get(request.id)) !== null) {
        throw new AppError('IPC_INVALID_INPUT', t('jobs.error.invalidId'))
      }
      const sourceName = `source${sourceExtension(input.source.bytes, input.source.fileName)}`
      // The source is on disk before the job exists, so a crash can never leave a job without its photo.
      await files.writePhoto(request.id, sourceName, input.source.bytes)
      const at = now()
      const job = await ledger.insert({
        ...request,
        sourceFileName: input.source.fileName,
        state: 'queued',
        progress: PROGRESS.queued,
        createdAt: at,
        updatedAt: at,
        attempts: 0,
        files: { source: sourceName },
        // The one make call this submit pays for (job-rules.ts).
        makeGrant: true
      })
      sources.set(request.id, input.source.bytes)
      scheduler.add(request.id)
      return job
    },

    async cancel(id) {
      let cancelled = false
      await ledger.change(id, (job) => {
        refuseOtherCounters(job)
        if (!isCancellable(job.state)) return null
        cancelled = true
        return { state: 'cancelled', progress: 0, error: undefined }
      })
      if (cancelled) {
        scheduler.drop(id)
        scheduler.abort(id)
        sources.delete(id)
      }
      return cancelled
    },

    async retry(id) {
      const job = await ledger.change(id, (current) => {
        refuseOtherCounters(current)
        const plan = retryPlan(current)
        if (plan.kind === 'refused') {
          const code = plan.reason === 'purged' ? 'NOT_FOUND' : 'STATE_CONFLICT'
          throw new AppError(code, refusalMessage(plan.reason))
        }
        if (plan.kind === 'run' && current.files.source === undefined)
          throw new AppError('NOT_FOUND', refusalMessage('purged'))
        return { state: 'queued', progress: PROGRESS.queued, error: undefined, clearedFromQueue: undefined }
      })
      scheduler.add(id)
      return job
    },

    async remake(id, { confirmed, changes }) {
      if (!confirmed) {
        throw new AppError('CONFIRMATION_REQUIRED', t('jobs.error.confirmNewPhoto'))
      }
      const next = changes
        ? JobRequestSchema.parse({ ...pickRequest(await ledger.mustRead(id)), ...changes })
        : {}
      const job = await ledger.change(id, (current) => {
        refuseOtherCounters(current)
        if (!canRemake(current) || current.files.source === undefined) {
          const plan = retryPlan(current)
          throw new AppError(
            current.photosPurged ? 'NOT_FOUND' : 'STATE_CONFLICT',
            plan.kind === 'refused' ? refusalMessage(plan.reason) : t('jobs.error.useTryAgain')
          )
        }
        return {
          ...next,
          ...remakeChanges(),
          progress: PROGRESS.queued,
          error: undefined,
          issues: undefined,
          appCheck: undefined,
          // A picked face's crop is in the upload's pixels, whose size follows the spec: another spec picks again.
          ...('specCode' in next && next.specCode !== current.specCode ? { faceChoice: undefined } : {}),
          clearedFromQueue: undefined
        }
      })
      // The old answer's photo is not needed once the new grant is committed.
      await repository.dropKeptPhoto(id)
      scheduler.add(id)
      return job
    },

    async unlock(id) {
      const job = await ledger.mustRead(id)
      refuseOtherCounters(job)
      if (!job.watermarked || job.unlocked) return job
      if (!deps.unlockPhoto || job.photoUuid === undefined) {
        throw new AppError('NOT_FOUND', t('jobs.error.cannotUnlock'))
      }
      const bytes = await deps.unlockPhoto(job.photoUuid)
      const name = `final.${extensionFor(detectImageType(bytes) ?? 'jpeg')}`
      await files.writePhoto(id, name, bytes)
      // The preview's watermark kept the app's post-check waiting: the final photo is measured now.
      const appCheck = deps.checkFinal ? await deps.checkFinal(job, bytes) : undefined
      return ledger.change(id, (current) => ({
        unlocked: true,
        files: { ...current.files, final: name },
        ...(appCheck
          ? {
              appCheck,
              state:
                current.state === 'done'
                  ? settledState(current.issues ?? [], appCheck.verdict)
                  : current.state
            }
          : {})
      }))
    },

    async sendAnyway(id) {
      const job = await sendAnyway(ledger, id, now)
      scheduler.add(id)
      return job
    },

    acceptAttention: (id) => acceptAttention(ledger, id, now),

    async pickFace(id, index) {
      const job = await pickFace(ledger, id, index, now)
      scheduler.add(id)
      return job
    },

    get: async (id) => (await ledger.read(id)) ?? undefined,
    listQueue: async () =>
      (await repository.queue(startOfToday())).filter(
        (job) => isActive(job.state) || isWaiting(job.state) || !job.clearedFromQueue
      ),
    page: (query) => repository.page(query),
    sourcePhotoFor: (id) => photo(id, (j) => j.files.source),
    previewPhotoFor: (id) => photo(id, (j) => j.files.result),
    checkedPhotoFor: (id) => photo(id, (j) => j.files.checked),
    sheetPhotoFor: (id, size) => photo(id, (j) => j.files.sheets?.[size]),
    finalPhotoFor,

    async remove(id) {
      const job = await ledger.mustRead(id)
      if (isActive(job.state)) {
        throw new AppError('IPC_INVALID_INPUT', t('jobs.error.stillRunning'))
      }
      // The record goes first: a crash before the files are gone leaves a folder that the purge sweeps later.
      await ledger.remove(id)
      await files.deletePhotos(id)
      deps.onPhotosDeleted?.([id])
    },

    async saveResult(id, folder) {
      const job = await ledger.mustRead(id)
      mustBeAccepted(job)
      const bytes = await finalPhotoFor(id)
      if (bytes === null) {
        const locked = job.watermarked === true && !job.unlocked
        throw new AppError(
          locked ? 'CONFIRMATION_REQUIRED' : 'NOT_FOUND',
          locked ? t('jobs.error.stillPreview') : t('jobs.error.noFinishedPhoto')
        )
      }
      const extension = extensionFor(detectImageType(bytes) ?? 'jpeg')
      const name = saveFileName({
        customer: job.customer,
        specCode: job.specCode,
        date: job.createdAt,
        extension
      })
      const path = await saveNoClobber(folder, name, bytes)
      await ledger.change(id, () => ({ savedTo: path }))
      return path
    },

    purgeExpiredPhotos: () =>
      purgeExpiredPhotos({
        ledger,
        repository,
        files,
        now,
        retentionDays: deps.retentionDays ?? (() => 14),
        onPhotosDeleted: deps.onPhotosDeleted
      }),

    async clearFinished() {
      let cleared = 0
      for (const job of await repository.queue(startOfToday())) {
        if (!SETTLED_STATES.includes(job.state) || job.clearedFromQueue) continue
        await ledger.change(job.id, (current) =>
          isActive(current.state) ? null : { clearedFromQueue: true }
        )
        cleared++
      }
      return cleared
    },

    setConcurrency: (limit) => scheduler.setLimit(limit),
    idle: () => scheduler.idle()
  }
}
