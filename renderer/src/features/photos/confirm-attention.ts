import type { JobView } from '../../../../electron/shared/contract'
import { call } from '../../lib/studio'
import { attentionQuestion, needsConfirmation } from './job-labels'

/**
 * Before a photo leaves the app (saved, put on a sheet): a "needs attention" photo the operator has not confirmed
 * asks first, saying why. A yes is recorded on the job by main (photos:accept-attention), which refuses the save
 * or the sheet without it. Returns the job as it now is, or null when the person said no.
 */
export async function confirmAttention(job: JobView, action: 'save' | 'print'): Promise<JobView | null> {
  if (!needsConfirmation(job)) return job
  if (!window.confirm(attentionQuestion(job, action))) return null
  return call('photos:accept-attention', { jobId: job.id, confirmed: true })
}
