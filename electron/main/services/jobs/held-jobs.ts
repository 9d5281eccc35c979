import { AppError } from '../../../shared/errors'
import type { JobLedger } from './job-ledger'
import { canPickFace, canSendAnyway, heldNextStep, sendAnywayChanges } from './job-rules'
import { PROGRESS } from './job-run'
import { refuseOtherCounters } from './record-merge'
import type { JobRecord } from './job-types'
import { t } from '../i18n/main-language'

/**
 * The operator's two ways on for a job held after the local face check; "Don't send" is the queue's cancel. Both
 * queue the job again with its grant unspent: the paid call is still made once, by the run, after a new check.
 */

/** "Send anyway": records what the operator accepted, and when, then queues the job. */
export function sendAnyway(ledger: JobLedger, id: string, now: () => number): Promise<JobRecord> {
  return ledger.change(id, (job) => {
    refuseOtherCounters(job)
    const hold = job.faceCheck?.hold
    if (!hold || !canSendAnyway({ state: job.state, hold })) {
      throw new AppError(
        'STATE_CONFLICT',
        job.state !== 'held' ? t('jobs.error.notHeld') : t('jobs.error.noSingleFace')
      )
    }
    return {
      ...sendAnywayChanges(hold, now(), job.sendAnyway),
      progress: PROGRESS.queued,
      error: undefined,
      clearedFromQueue: undefined
    }
  })
}

/** Picking one of several faces: the upload is cropped to that face on this and every later run. */
export function pickFace(
  ledger: JobLedger,
  id: string,
  index: number,
  now: () => number
): Promise<JobRecord> {
  return ledger.change(id, (job) => {
    refuseOtherCounters(job)
    const check = job.faceCheck
    const crop = check?.faceCrops?.[index]
    if (!check || !canPickFace({ state: job.state, hold: check.hold })) {
      throw new AppError('STATE_CONFLICT', job.state !== 'held' ? t('jobs.error.notHeld') : heldNextStep())
    }
    if (!crop) throw new AppError('IPC_INVALID_INPUT', t('jobs.error.noSuchFace'))
    return {
      state: 'queued',
      faceChoice: { index, crop, at: now() },
      progress: PROGRESS.queued,
      error: undefined,
      clearedFromQueue: undefined
    }
  })
}
