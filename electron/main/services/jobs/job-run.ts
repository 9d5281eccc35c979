import { AppError } from '../../../shared/errors'
import { detectImageType, extensionFor } from '../passport-photo/image-type'
import type { JobFiles } from './job-files'
import type { JobLedger } from './job-ledger'
import { failureError, pickRequest } from './job-records'
import type { JobRepository } from './job-repository'
import {
  holdFor,
  isActive,
  mayCallMake,
  maySpendNextStep,
  settledState,
  spendGrantChanges
} from './job-rules'
import {
  JobHeld,
  LinkExpiredError,
  type JobOutcome,
  type LocalCheck,
  type JobRecord,
  type RunJob,
  type RunJobContext,
  type RunJobInput
} from './job-types'
import { t } from '../i18n/main-language'

/** How far along a job is, for the progress bar. */
export const PROGRESS = {
  queued: 0,
  preparing: 0.1,
  uploading: 0.3,
  processing: 0.6,
  downloading: 0.8,
  saving: 0.9
} as const

/** What one run needs. */
export interface JobRunDeps {
  ledger: JobLedger
  repository: JobRepository
  files: JobFiles
  runJob: RunJob
  /** The customer's photo in memory while a new job waits and runs (read from disk otherwise). */
  sources: Map<string, Uint8Array>
  /** A write that nobody awaits (the "processing" mark) failed: the app must hear of it. */
  onPersistError: (error: unknown) => void
  /** Whether a warning of the local face check holds the job for the operator (Settings → Face checks). */
  holds: (warning: string) => boolean
  now: () => number
}

/**
 * Runs one queued job to a settled state and never throws. With a kept answer it only downloads; otherwise it
 * prepares, spends the grant (committed) just before the make call, keeps the answer (committed) as soon as it
 * arrives, stores the files, commits the final record, and only then drops the kept photo.
 */
export async function runOneJob(deps: JobRunDeps, id: string, signal: AbortSignal): Promise<void> {
  const { ledger } = deps
  try {
    const queued = await ledger.mustRead(id)
    if (queued.state !== 'queued') return // cancelled, or removed, while it waited
    const outcome = queued.made ? await download(deps, queued, signal) : await make(deps, id, signal)
    if (outcome === null) return
    await storeOutcome(deps, id, outcome)
  } catch (error) {
    if (error instanceof AppError && error.code === 'CANCELLED') return // cancel() has set the state
    if (error instanceof JobHeld) return // held for the operator: committed by checked()
    await ledger
      .change(id, (job) => {
        if (!isActive(job.state)) return null
        if (error instanceof LinkExpiredError && job.made) {
          return {
            state: 'failed',
            progress: 1,
            error: error.toIpcError(),
            made: { ...job.made, linkExpired: true }
          }
        }
        return { state: 'failed', progress: 1, error: failureError(job, error) }
      })
      .catch(deps.onPersistError)
  } finally {
    deps.sources.delete(id)
  }
}

async function download(deps: JobRunDeps, queued: JobRecord, signal: AbortSignal): Promise<JobOutcome> {
  const job = await deps.ledger.change(queued.id, (current) => ({
    state: 'downloading',
    progress: PROGRESS.downloading,
    attempts: current.attempts + 1,
    error: undefined
  }))
  const made = job.made
  if (!made) throw new AppError('INTERNAL', t('jobs.error.keptAnswerMissing'))
  const photo = made.photoFile !== undefined ? await deps.repository.keptPhoto(job.id) : null
  const input: RunJobInput = { ...pickRequest(job), resume: { made, photo } }
  return deps.runJob(input, context(deps, job.id, signal))
}

async function make(deps: JobRunDeps, id: string, signal: AbortSignal): Promise<JobOutcome | null> {
  const job = await deps.ledger.change(id, (current) => ({
    state: 'preparing',
    progress: PROGRESS.preparing,
    attempts: current.attempts + 1,
    error: undefined,
    issues: undefined,
    appCheck: undefined
  }))
  const source = deps.sources.get(id) ?? (await deps.files.readPhoto(id, job.files.source ?? ''))
  if (source === null) throw new AppError('NOT_FOUND', t('jobs.error.sourceGone'))
  const faceCrop = job.faceChoice?.crop
  try {
    return await deps.runJob(
      { ...pickRequest(job), source, ...(faceCrop ? { faceCrop } : {}) },
      context(deps, id, signal)
    )
  } catch (error) {
    // Cancelled while still local: cancel() has already set the state.
    if (signal.aborted && (await deps.ledger.mustRead(id)).state === 'cancelled') return null
    throw error
  }
}

function context(deps: JobRunDeps, id: string, signal: AbortSignal): RunJobContext {
  const { ledger } = deps
  const stillLocal = (state: JobRecord['state']) => {
    if (signal.aborted || state === 'cancelled') throw new AppError('CANCELLED', t('jobs.error.cancelled'))
  }
  return {
    signal,
    checked: (result) => recordCheck(deps, id, result, stillLocal),
    async beginUpload() {
      await ledger.change(id, (job) => {
        stillLocal(job.state)
        // The structural guard: no make call without an unspent grant (job-rules.ts).
        if (!mayCallMake(job)) {
          throw new AppError('STATE_CONFLICT', t('jobs.error.alreadySent', { next: maySpendNextStep() }))
        }
        return { ...spendGrantChanges(), progress: PROGRESS.uploading }
      })
    },
    markProcessing() {
      void ledger
        .change(id, (job) =>
          job.state === 'uploading' ? { state: 'processing', progress: PROGRESS.processing } : null
        )
        .catch(deps.onPersistError)
    },
    async recordMade(answer, photo) {
      const made = { ...answer }
      if (photo) made.photoFile = `made.${extensionFor(detectImageType(photo) ?? 'jpeg')}`
      await ledger.keepAnswer(id, made, photo ?? null)
    }
  }
}

async function storeOutcome(deps: JobRunDeps, id: string, outcome: JobOutcome): Promise<void> {
  const { ledger, files: store } = deps
  const job = await ledger.change(id, () => ({ progress: PROGRESS.saving }))
  if (outcome.issues.length === 0 && !outcome.photo) {
    // An answer with neither a photo nor issues cannot be downloaded again into anything better.
    await ledger.change(id, () => ({
      state: 'failed',
      progress: 1,
      made: undefined,
      error: {
        code: 'MALFORMED_RESPONSE',
        message: t('jobs.error.noPhotoInAnswer', { next: maySpendNextStep() })
      }
    }))
    await deps.repository.dropKeptPhoto(id).catch(deps.onPersistError)
    return
  }
  const files: JobRecord['files'] = job.files.source === undefined ? {} : { source: job.files.source }
  if (outcome.photo) {
    files.result = `result.${extensionFor(detectImageType(outcome.photo) ?? 'jpeg')}`
    await store.writePhoto(id, files.result, outcome.photo)
  }
  for (const [size, bytes] of Object.entries(outcome.sheets ?? {})) {
    const name = `sheet-${size.replace('*', 'x')}.${extensionFor(detectImageType(bytes) ?? 'jpeg')}`
    await store.writePhoto(id, name, bytes)
    files.sheets = { ...(files.sheets ?? {}), [size]: name }
  }
  await ledger.change(id, () => ({
    state: settledState(outcome.issues, outcome.appCheck?.verdict ?? null),
    progress: 1,
    files: job.files.checked === undefined ? files : { ...files, checked: job.files.checked },
    issues: outcome.issues,
    appCheck: outcome.appCheck,
    photoUuid: outcome.photoUuid,
    idPhotoCode: outcome.idPhotoCode,
    watermarked: outcome.watermarked,
    unlocked: !outcome.watermarked,
    error: undefined,
    made: undefined
  }))
  // Only now that the final record is committed is the answer's own copy of the photo no longer needed.
  await deps.repository.dropKeptPhoto(id).catch(deps.onPersistError)
}

/**
 * Records the local face check on the job and, where the job rules say so, holds it: committed as "held" with its
 * grant unspent before JobHeld stops the run, so no make call can follow. The checked photo is written first, so a
 * committed check always has its picture for the overlay.
 */
async function recordCheck(
  deps: JobRunDeps,
  id: string,
  result: LocalCheck,
  stillLocal: (state: JobRecord['state']) => void
): Promise<void> {
  const checkedFile = result.photo ? 'checked.jpg' : undefined
  if (result.photo && checkedFile) await deps.files.writePhoto(id, checkedFile, result.photo)
  let held = false
  await deps.ledger.change(id, (job) => {
    stillLocal(job.state)
    if (job.state !== 'preparing') throw new AppError('STATE_CONFLICT', t('jobs.error.notPreparing'))
    const facts = {
      refusals: result.check.findings.filter((f) => f.kind === 'refusal').map((f) => f.code),
      warnings: result.check.findings.filter((f) => f.kind === 'warning').map((f) => f.code),
      unchecked: result.check.unchecked
    }
    const hold = holdFor(facts, deps.holds, job.sendAnyway)
    held = hold !== null
    return {
      faceCheck: { ...result.check, at: deps.now(), ...(hold ? { hold } : {}) },
      files: { ...job.files, checked: checkedFile },
      ...(hold ? { state: 'held' as const } : {})
    }
  })
  if (held) throw new JobHeld()
}
