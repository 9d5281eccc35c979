import { AppError } from '../../../shared/errors'
import type { JobLedger } from './job-ledger'
import { canPickFace, canSendAnyway, HELD_NEXT_STEP, sendAnywayChanges } from './job-rules'
import { PROGRESS } from './job-run'
import { refuseOtherCounters } from './record-merge'
import type { JobRecord } from './job-types'

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
        job.state !== 'held'
          ? 'This photo is not waiting for a decision any more.'
          : 'This photo cannot be sent as it is: no single face was found. Pick a face, or add another photo.'
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
      throw new AppError(
        'STATE_CONFLICT',
        job.state !== 'held' ? 'This photo is not waiting for a decision any more.' : HELD_NEXT_STEP
      )
    }
    if (!crop) throw new AppError('IPC_INVALID_INPUT', 'There is no such face in this photo. Pick one shown.')
    return {
      state: 'queued',
      faceChoice: { index, crop, at: now() },
      progress: PROGRESS.queued,
      error: undefined,
      clearedFromQueue: undefined
    }
  })
}
