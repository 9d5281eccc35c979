import { AppError } from '../../../shared/errors'
import type { JobLedger } from './job-ledger'
import type { JobRecord } from './job-types'
import { t } from '../i18n/main-language'

/**
 * A "needs attention" photo leaves the app (saved, put on a sheet) only once the operator has confirmed it, and
 * that confirmation is kept on the job. The window asks first; main checks again, so no path skips the question.
 */

/** True when the job's photo may be saved or printed as far as "needs attention" goes. */
export function attentionSettled(job: Pick<JobRecord, 'state' | 'attentionAccepted'>): boolean {
  return job.state !== 'needs-attention' || job.attentionAccepted !== undefined
}

/** Throws CONFIRMATION_REQUIRED for a "needs attention" photo the operator has not confirmed. */
export function mustBeAccepted(job: Pick<JobRecord, 'state' | 'attentionAccepted'>): void {
  if (attentionSettled(job)) return
  throw new AppError('CONFIRMATION_REQUIRED', t('jobs.error.mustAccept'))
}

/** Records the operator's "save or print it anyway" on a job that needs attention, with the time. */
export function acceptAttention(ledger: JobLedger, id: string, now: () => number): Promise<JobRecord> {
  return ledger.change(id, (job) => {
    if (job.state !== 'needs-attention') {
      throw new AppError('STATE_CONFLICT', t('jobs.error.noAttention'))
    }
    return job.attentionAccepted ? null : { attentionAccepted: { at: now() } }
  })
}
