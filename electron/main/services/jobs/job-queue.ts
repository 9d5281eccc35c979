import { AppError } from '../../../shared/errors'
import { detectImageType, extensionFor } from '../passport-photo/image-type'
import { JOB_ID_PATTERN, JobStore } from './job-store'
import type { JobQueue, JobQueueDeps } from './job-queue-api'
import { pickRequest, restoreRecord, sourceExtension, toJobError } from './job-records'
import { resultFileName } from './result-file-name'
import { saveUniqueFile } from './save-result-file'
import {
  ACTIVE_STATES,
  JobRequestSchema,
  LOCAL_STATES,
  SETTLED_STATES,
  type JobOutcome,
  type JobRecord
} from './job-types'

const PROGRESS = { queued: 0, preparing: 0.1, uploading: 0.3, processing: 0.6, saving: 0.9 } as const
const DAY_MS = 86_400_000

/** Opens the queue: loads the history, marks jobs cut off by a crash as interrupted, and starts. */
export async function openJobQueue(deps: JobQueueDeps): Promise<JobQueue> {
  const now = deps.now ?? Date.now
  const store = new JobStore(deps.dataDir)
  let limit = Math.max(1, deps.concurrency ?? 2)
  const jobs = new Map<string, JobRecord>()
  const pending: string[] = []
  const running = new Map<string, { controller: AbortController; run: number }>()
  const sources = new Map<string, Uint8Array>() // bytes kept in memory while a job waits or runs
  const idleWaiters: (() => void)[] = []
  let saving: Promise<void> | null = null
  let dirty = false

  for (const record of await store.loadRecords()) jobs.set(record.id, restoreRecord(record, now()))
  persist()

  function persist(): void {
    dirty = true
    saving ??= (async () => {
      while (dirty) {
        dirty = false
        try {
          await store.saveRecords([...jobs.values()])
        } catch (error) {
          deps.onPersistError?.(error)
        }
      }
      saving = null
      checkIdle()
    })()
  }

  function update(id: string, change: Partial<JobRecord>): JobRecord {
    const current = mustGet(id)
    const next: JobRecord = { ...current, ...change, updatedAt: now() }
    jobs.set(id, next)
    persist()
    deps.onChange?.(structuredClone(next))
    if (change.state && SETTLED_STATES.includes(change.state)) deps.onJobSettled?.(structuredClone(next))
    return next
  }

  function mustGet(id: string): JobRecord {
    const job = jobs.get(id)
    if (!job) throw new AppError('NOT_FOUND', 'This job is no longer in the list.')
    return job
  }

  function pump(): void {
    while (running.size < limit && pending.length > 0) {
      const id = pending.shift()
      if (id !== undefined && jobs.get(id)?.state === 'queued') void start(id)
    }
    checkIdle()
  }

  function checkIdle(): void {
    if (running.size === 0 && pending.length === 0 && saving === null)
      idleWaiters.splice(0).forEach((w) => w())
  }

  async function start(id: string): Promise<void> {
    const controller = new AbortController()
    const run = mustGet(id).attempts + 1
    running.set(id, { controller, run })
    let uploading = false
    const current = () => running.get(id)?.run === run && !controller.signal.aborted
    try {
      update(id, { state: 'preparing', progress: PROGRESS.preparing, attempts: run })
      const request = mustGet(id)
      const source = sources.get(id) ?? (await store.readPhoto(id, request.files.source ?? ''))
      if (source === null)
        throw new AppError('NOT_FOUND', 'The customer photo is no longer stored. Add the photo again.')
      const made = request.made
      const resume = made
        ? { made, photo: made.photoFile ? await store.readPhoto(id, made.photoFile) : null }
        : undefined
      const outcome = await deps.runJob(
        { ...pickRequest(request), source, ...(resume ? { resume } : {}) },
        {
          signal: controller.signal,
          beginUpload() {
            if (controller.signal.aborted) throw new AppError('CANCELLED', 'The job was cancelled.')
            uploading = true
            update(id, { state: 'uploading', progress: PROGRESS.uploading })
          },
          markProcessing() {
            if (current()) update(id, { state: 'processing', progress: PROGRESS.processing })
          },
          async recordMade(answer, photo) {
            const kept = { ...answer }
            if (photo) {
              kept.photoFile = `made.${extensionFor(detectImageType(photo) ?? 'jpeg')}`
              await store.writePhoto(id, kept.photoFile, photo)
            }
            update(id, { made: kept })
          }
        }
      )
      if (!current() && !uploading) return
      await storeOutcome(id, outcome)
    } catch (error) {
      if (controller.signal.aborted && !uploading) return // cancel() has already set the state
      update(id, { state: 'failed', progress: 1, error: toJobError(error) })
    } finally {
      // A cancelled run may end after a retry started a new one; it must not clear the new run's slot.
      if (running.get(id)?.run === run) {
        running.delete(id)
        sources.delete(id)
      }
      pump()
    }
  }

  async function storeOutcome(id: string, outcome: JobOutcome): Promise<void> {
    update(id, { progress: PROGRESS.saving, photoUuid: outcome.photoUuid, idPhotoCode: outcome.idPhotoCode })
    const files: JobRecord['files'] = { ...mustGet(id).files }
    delete files.result
    delete files.final
    delete files.sheets
    if (outcome.photo) {
      files.result = `result.${extensionFor(detectImageType(outcome.photo) ?? 'jpeg')}`
      await store.writePhoto(id, files.result, outcome.photo)
    }
    for (const [size, bytes] of Object.entries(outcome.sheets ?? {})) {
      const name = `sheet-${size.replace('*', 'x')}.${extensionFor(detectImageType(bytes) ?? 'jpeg')}`
      await store.writePhoto(id, name, bytes)
      files.sheets = { ...(files.sheets ?? {}), [size]: name }
    }
    // The answer's own copy of the photo was only kept in case its downloads failed.
    const madeFile = mustGet(id).made?.photoFile
    if (madeFile !== undefined) await store.deletePhoto(id, madeFile)
    if (outcome.issues.length === 0 && !outcome.photo) {
      throw new AppError(
        'MALFORMED_RESPONSE',
        'The service answered without a photo. Check the account panel, then try again.'
      )
    }
    update(id, {
      state: outcome.issues.length > 0 ? 'needs-attention' : 'done',
      progress: 1,
      files,
      issues: outcome.issues,
      watermarked: outcome.watermarked,
      unlocked: !outcome.watermarked,
      error: undefined,
      made: undefined
    })
  }

  async function photo(id: string, name: string | undefined): Promise<Buffer | null> {
    const job = mustGet(id)
    if (name === undefined || job.photosPurged) return null
    return store.readPhoto(id, name)
  }

  async function finalPhotoFor(id: string): Promise<Buffer | null> {
    const job = mustGet(id)
    if (job.watermarked && !job.unlocked) return null
    return photo(id, job.watermarked ? job.files.final : job.files.result)
  }

  return {
    async enqueue(input) {
      const parsed = JobRequestSchema.safeParse(pickRequest(input))
      if (!parsed.success) {
        throw new AppError(
          'IPC_INVALID_INPUT',
          'This job could not be added: some of its settings are not valid.'
        )
      }
      const request = parsed.data
      if (!JOB_ID_PATTERN.test(request.id) || jobs.has(request.id)) {
        throw new AppError(
          'IPC_INVALID_INPUT',
          'This job could not be added (its id is invalid or already used).'
        )
      }
      const sourceName = `source${sourceExtension(input.source.bytes, input.source.fileName)}`
      // The source is on disk before the job exists, so a crash can never leave a job without its photo.
      await store.writePhoto(request.id, sourceName, input.source.bytes)
      const t = now()
      jobs.set(request.id, {
        ...request,
        sourceFileName: input.source.fileName,
        state: 'queued',
        progress: PROGRESS.queued,
        createdAt: t,
        updatedAt: t,
        attempts: 0,
        files: { source: sourceName }
      })
      sources.set(request.id, input.source.bytes)
      const job = update(request.id, {})
      pending.push(request.id)
      pump()
      return structuredClone(mustGet(job.id))
    },

    cancel(id) {
      const job = mustGet(id)
      if (!LOCAL_STATES.includes(job.state)) return false
      running.get(id)?.controller.abort()
      const index = pending.indexOf(id)
      if (index >= 0) pending.splice(index, 1)
      update(id, { state: 'cancelled', progress: 0, error: undefined })
      sources.delete(id)
      pump()
      return true
    },

    async retry(id, changes) {
      const job = mustGet(id)
      if (ACTIVE_STATES.includes(job.state) || job.state === 'done') {
        throw new AppError(
          'IPC_INVALID_INPUT',
          'Only a job that failed, needs attention or was cancelled can be tried again.'
        )
      }
      if (job.photosPurged || job.files.source === undefined) {
        throw new AppError(
          'NOT_FOUND',
          'The customer photo has been deleted (retention period). Add the photo again.'
        )
      }
      const next = JobRequestSchema.parse({ ...pickRequest(job), ...changes })
      // Only a failed run that already has the service's answer resumes (download only, no new charge); asking
      // again after issues, or with other settings, is a new photo.
      const resume = job.state === 'failed' && changes === undefined ? job.made : undefined
      update(id, {
        ...next,
        state: 'queued',
        progress: PROGRESS.queued,
        error: undefined,
        issues: undefined,
        made: resume
      })
      pending.push(id)
      pump()
      return structuredClone(mustGet(id))
    },

    async unlock(id) {
      const job = mustGet(id)
      if (!job.watermarked || job.unlocked) return structuredClone(job)
      if (!deps.unlockPhoto || job.photoUuid === undefined) {
        throw new AppError('NOT_FOUND', 'This preview cannot be unlocked. Make the photo again.')
      }
      const bytes = await deps.unlockPhoto(job.photoUuid)
      const name = `final.${extensionFor(detectImageType(bytes) ?? 'jpeg')}`
      await store.writePhoto(id, name, bytes)
      return structuredClone(update(id, { unlocked: true, files: { ...mustGet(id).files, final: name } }))
    },

    get: (id) => {
      const job = jobs.get(id)
      return job ? structuredClone(job) : undefined
    },
    list: () => [...jobs.values()].sort((a, b) => b.createdAt - a.createdAt).map((j) => structuredClone(j)),
    sourcePhotoFor: (id) => photo(id, mustGet(id).files.source),
    previewPhotoFor: (id) => photo(id, mustGet(id).files.result),
    sheetPhotoFor: (id, size) => photo(id, mustGet(id).files.sheets?.[size]),
    finalPhotoFor,

    async remove(id) {
      const job = mustGet(id)
      if (ACTIVE_STATES.includes(job.state)) {
        throw new AppError(
          'IPC_INVALID_INPUT',
          'This job is still running. Cancel it or wait until it finishes.'
        )
      }
      jobs.delete(id)
      await store.deletePhotos(id)
      persist()
    },

    async saveResult(id, folder) {
      const job = mustGet(id)
      const bytes = await finalPhotoFor(id)
      if (bytes === null) {
        throw new AppError(
          job.watermarked && !job.unlocked ? 'CONFIRMATION_REQUIRED' : 'NOT_FOUND',
          job.watermarked && !job.unlocked
            ? 'This is still a watermarked preview. Unlock the final photo first.'
            : 'There is no finished photo stored for this job.'
        )
      }
      const extension = extensionFor(detectImageType(bytes) ?? 'jpeg')
      const nameFor = (n: number) =>
        resultFileName({ customer: job.customer, specCode: job.specCode, date: job.createdAt, extension, n })
      const path = await saveUniqueFile(folder, nameFor, bytes)
      update(id, { savedTo: path })
      return path
    },

    async purgeExpiredPhotos() {
      const cutoff = now() - (deps.retentionDays?.() ?? 14) * DAY_MS
      let purged = 0
      for (const job of [...jobs.values()]) {
        if (job.photosPurged || ACTIVE_STATES.includes(job.state) || job.createdAt > cutoff) continue
        await store.deletePhotos(job.id)
        update(job.id, { photosPurged: true, files: {}, made: undefined })
        purged++
      }
      return purged
    },

    setConcurrency(next) {
      limit = Math.max(1, Math.floor(next))
      pump()
    },

    idle: () =>
      new Promise<void>((resolve) => {
        idleWaiters.push(resolve)
        checkIdle()
      })
  }
}
