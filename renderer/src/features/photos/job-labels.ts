import type { JobState, JobView } from '../../../../electron/shared/contract'
import { translateNow } from '../../lib/i18n'

// These helpers word things in the language on screen (translateNow); the components that call them use useT(),
// so they render again when the language changes.

/** The state as the counter reads it; an unexpected state is shown as is rather than hidden. */
export function stateLabel(state: JobState | string): string {
  return translateNow('photos.state', { state: state === 'needs-attention' ? 'needsAttention' : state })
}

/** True once a job has stopped moving (it may still be retried by hand). */
export function isSettled(job: Pick<JobView, 'state'>): boolean {
  return (
    job.state === 'done' ||
    job.state === 'needs-attention' ||
    job.state === 'failed' ||
    job.state === 'cancelled'
  )
}

/**
 * Jobs that "Try again" may run once more (only ever on the operator's request). Main decides, by its job rules:
 * a photo already made and paid for is only downloaded; a job that never reached the service is sent.
 */
export function canRetry(job: Pick<JobView, 'retry'>): boolean {
  return job.retry !== null
}

/** What "Try again" will do, in the counter's words. */
export function retryHint(job: Pick<JobView, 'retry'>): string | null {
  if (job.retry === 'download') return translateNow('photos.retry.download')
  return null
}

/** The label of the one action that spends quota again for a job. */
export function remakeLabel(): string {
  return translateNow('photos.remake.label')
}

/** The question asked before "Make a new photo". */
export function remakeQuestion(job: JobView): string {
  return translateNow('photos.remake.question', { title: jobTitle(job) })
}

/** The short order number as shown ("#1042"), or null. */
export function orderLabel(job: Pick<JobView, 'orderNumber'>): string | null {
  return job.orderNumber === null ? null : `#${job.orderNumber}`
}

/** True when the job has a made photo to show. */
export function hasResultPhoto(job: JobView): boolean {
  return !job.photosPurged && job.result !== null && job.result.hasPhoto
}

/** Direct photos are final at once; a watermark preview only after "Unlock final photo". */
export function isSavable(job: JobView): boolean {
  if (!hasResultPhoto(job) || job.result === null) return false
  return !job.result.watermarked || job.result.unlocked
}

/** True when saving or printing must ask first: the photo needs attention and the operator has not confirmed it. */
export function needsConfirmation(job: JobView): boolean {
  return job.state === 'needs-attention' && job.attentionAccepted === null
}

/** Why a photo needs attention, in words, for the question asked before it is saved or printed. */
export function attentionReason(job: JobView): string {
  const reasons: string[] = []
  if (job.appCheck?.verdict === 'fail') {
    const failed = job.appCheck.criteria.filter((c) => c.status === 'fail').map((c) => c.display)
    reasons.push(
      translateNow('photos.attention.measure', {
        known: failed.length > 0 ? 'yes' : 'no',
        failed: failed.join('; ')
      })
    )
  }
  const issues = job.result?.issues ?? []
  if (issues.length > 0) {
    reasons.push(
      translateNow('photos.attention.issues', {
        count: issues.length,
        issues: issues.map((i) => i.title).join('; ')
      })
    )
  }
  return reasons.length > 0 ? reasons.join(' ') : translateNow('photos.attention.marked')
}

/** The question asked before a "needs attention" photo is saved or put on a sheet. */
export function attentionQuestion(job: JobView, action: 'save' | 'print'): string {
  return translateNow('photos.attention.question', {
    title: jobTitle(job),
    reason: attentionReason(job),
    action
  })
}

/** The pill colour for a state. */
export function statePill(state: string): string {
  if (state === 'done') return 'pill pill-ok'
  if (state === 'failed') return 'pill pill-err'
  if (state === 'needs-attention' || state === 'held') return 'pill pill-warn'
  return 'pill'
}

/** "Anna Smith · US Passport" or the spec alone. */
export function jobTitle(job: JobView): string {
  const spec = job.specName ?? job.specCode
  return job.customer ? `${job.customer} · ${spec}` : spec
}

/** Why a held job waits, in one line for the queue and for screen readers. */
export function holdReason(job: Pick<JobView, 'state' | 'faceCheck'>): string | null {
  const check = job.faceCheck
  if (job.state !== 'held' || !check?.hold) return null
  if (check.hold.refusals.length > 0) {
    const refusal = check.findings.find((f) => check.hold?.refusals.includes(f.code))
    return refusal?.message ?? translateNow('photos.hold.cannotSend')
  }
  const blocking = check.findings.filter((f) => check.hold?.warnings.includes(f.code))
  if (blocking.length > 0) return blocking.map((f) => f.message).join(' ')
  return translateNow('photos.hold.unchecked')
}
