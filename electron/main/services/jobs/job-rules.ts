import { t } from '../i18n/main-language'
/**
 * The rules of a photo job, in one place: its states, the moves between them, and when a call that spends quota
 * (a "make" call) may be made. Pure: no I/O, no clock. The queue, the features and the window's labels call these
 * functions; none of them re-implements a rule.
 *
 * The money rule: a job holds at most one **make grant**. Submitting a photo gives one; so does the explicit
 * "Make a new photo (uses one photo from the quota)" action, and nothing else. The grant is spent, and that is
 * committed to the history, before the request leaves. Once the service has answered, the answer is kept with the
 * job, and from then on "Try again" only downloads what was kept.
 */

import { JOB_STATES } from '../../../shared/job-states'

export { JOB_STATES }

/** One of the job states. */
export type JobState = (typeof JOB_STATES)[number]

/**
 * The allowed moves. A new state (for example one for a job that arrived from a hot folder) is added here and in
 * JOB_STATES, and nowhere else.
 *
 * `held` is entered only from `preparing`, before the grant is spent, and left only by the operator: "Send anyway"
 * or a picked face queue it again with its grant unspent; "Don't send" cancels it. `done → needs-attention` is the
 * app's own post-check of a watermarked photo's final version, measured when it is unlocked (never a paid call).
 */
export const TRANSITIONS: { readonly [S in JobState]: readonly JobState[] } = {
  queued: ['preparing', 'downloading', 'cancelled', 'failed'],
  preparing: ['held', 'uploading', 'cancelled', 'failed'],
  held: ['queued', 'cancelled'],
  uploading: ['processing', 'downloading', 'failed'],
  processing: ['downloading', 'failed'],
  downloading: ['done', 'needs-attention', 'failed'],
  done: ['needs-attention'],
  'needs-attention': ['queued'],
  failed: ['queued'],
  cancelled: ['queued']
}

/** States in which a job is still local and can be cancelled. */
export const LOCAL_STATES: readonly JobState[] = ['queued', 'preparing', 'held']

/**
 * States in which a job waits for the operator, with nothing running and no quota at stake. Such a job stays in
 * the queue (it is not "finished"), survives a restart as it is, and can be removed.
 */
export const WAITING_STATES: readonly JobState[] = ['held']

/** States in which a job is being worked on (at a crash these become failed, "interrupted"). */
export const ACTIVE_STATES: readonly JobState[] = [
  'queued',
  'preparing',
  'uploading',
  'processing',
  'downloading'
]

/** States that end a run. */
export const SETTLED_STATES: readonly JobState[] = ['done', 'needs-attention', 'failed', 'cancelled']

/** True when the move is allowed (staying in the same state, for a progress update, always is). */
export function canMove(from: JobState, to: JobState): boolean {
  return from === to || TRANSITIONS[from].includes(to)
}

/** True while the job is being worked on. */
export function isActive(state: JobState): boolean {
  return ACTIVE_STATES.includes(state)
}

/** True while the job waits for the operator's decision (held after the local face check). */
export function isWaiting(state: JobState): boolean {
  return WAITING_STATES.includes(state)
}

/** True while the job can still be cancelled without any quota being at stake. */
export function isCancellable(state: JobState): boolean {
  return LOCAL_STATES.includes(state)
}

/** The facts about a job that the money rule reads. */
export interface MoneyFacts {
  state: JobState
  /** True while the job may make one call that spends quota. Missing means false (never assume a grant). */
  makeGrant?: boolean | undefined
  /** The service's kept answer, when it has answered and its images are not all stored yet. */
  made?: { linkExpired?: boolean | undefined } | undefined
  photosPurged?: boolean | undefined
}

/** May the job call a make endpoint now? Only from `preparing`, with an unspent grant and no kept answer. */
export function mayCallMake(job: MoneyFacts): boolean {
  return job.state === 'preparing' && job.makeGrant === true && job.made === undefined
}

/** What "Try again" does for a job, or why it cannot. */
export type RetryPlan =
  | { kind: 'download' }
  | { kind: 'run' }
  | { kind: 'refused'; reason: 'not-settled' | 'held' | 'done' | 'purged' | 'remake-needed' | 'link-expired' }

/**
 * "Try again" never spends quota a second time: with a kept answer it downloads; with an unspent grant it runs
 * (the grant pays for the first and only make call); otherwise only "Make a new photo" can go on.
 */
export function retryPlan(job: MoneyFacts): RetryPlan {
  if (isActive(job.state)) return { kind: 'refused', reason: 'not-settled' }
  if (isWaiting(job.state)) return { kind: 'refused', reason: 'held' }
  if (job.state === 'done') return { kind: 'refused', reason: 'done' }
  if (job.photosPurged) return { kind: 'refused', reason: 'purged' }
  if (job.state === 'needs-attention') return { kind: 'refused', reason: 'remake-needed' }
  if (job.made)
    return job.made.linkExpired ? { kind: 'refused', reason: 'link-expired' } : { kind: 'download' }
  return job.makeGrant === true ? { kind: 'run' } : { kind: 'refused', reason: 'remake-needed' }
}

/** Whether "Make a new photo" is offered: a settled job that did not end done, with its photo still stored. */
export function canRemake(job: MoneyFacts): boolean {
  if (job.photosPurged || isActive(job.state) || isWaiting(job.state) || job.state === 'done') return false
  // While "Try again" can still finish the job without spending quota, that is the only action offered.
  const plan = retryPlan(job)
  return plan.kind === 'refused'
}

/** The changes that queue a job for "Try again" (the plan must not be refused). */
export function retryChanges(plan: RetryPlan): { state: 'queued' } {
  if (plan.kind === 'refused') throw new Error(`retry refused: ${plan.reason}`)
  return { state: 'queued' }
}

/** The changes of the explicit "Make a new photo": one new grant, and the old answer dropped. */
export function remakeChanges(): { state: 'queued'; makeGrant: true; made: undefined } {
  return { state: 'queued', makeGrant: true, made: undefined }
}

/** The changes that spend the grant; committed before the request that may spend quota leaves. */
export function spendGrantChanges(): { state: 'uploading'; makeGrant: false } {
  return { state: 'uploading', makeGrant: false }
}

/** What the counter reads when a job cannot be tried again. */
export function refusalMessage(reason: Extract<RetryPlan, { kind: 'refused' }>['reason']): string {
  switch (reason) {
    case 'not-settled':
      return t('jobs.refused.notSettled')
    case 'held':
      return heldNextStep()
    case 'done':
      return t('jobs.refused.done')
    case 'purged':
      return t('jobs.refused.purged')
    case 'link-expired':
      return linkExpiredMessage()
    case 'remake-needed':
      return t('jobs.refused.remakeNeeded')
  }
}

/** The one message for a kept answer whose download link has expired, in the language in use. */
export function linkExpiredMessage(): string {
  return t('jobs.linkExpired')
}

/** Appended to a failure after the grant was spent and no answer was kept. */
export function maySpendNextStep(): string {
  return t('jobs.maySpentNextStep')
}

/**
 * The error of a job cut off by a crash or a closed app, by what the money rule knows: never sent (Try again runs
 * it), answered (Try again downloads), or sent without a kept answer (quota may be spent; only a new photo).
 */
export function interruptedMessage(job: MoneyFacts): string {
  if (job.made) {
    return job.made.linkExpired ? linkExpiredMessage() : t('jobs.interrupted.downloading')
  }
  if (job.makeGrant === true) return t('jobs.interrupted.beforeSending')
  return t('jobs.interrupted.making', { next: maySpendNextStep() })
}

// ---------------------------------------------------------------------------------------------------------------
// Held for the operator's decision: what the local face check found before any quota is spent.

/** What "Try again" says for a held job: the decision is the operator's, on the result view. */
export function heldNextStep(): string {
  return t('jobs.heldNextStep')
}

/** What the local face check found, as the hold rule reads it. */
export interface FaceCheckFacts {
  /** Codes of the refusals (no face, several faces): never sent as they are. */
  refusals: readonly string[]
  /** Codes of the warnings. */
  warnings: readonly string[]
  /** True when the check could not run (its engine failed): the face was not checked. */
  unchecked: boolean
}

/** The operator's "Send anyway": the warnings (and an unchecked face) they accepted for this job. */
export interface OperatorAcceptance {
  warnings: readonly string[]
  unchecked: boolean
}

/** Why a job is held; nothing when it may go on to the service. */
export interface Hold {
  refusals: string[]
  /** Warnings that block (by the settings) and were not accepted. */
  warnings: string[]
  unchecked: boolean
}

/**
 * Whether a checked job must wait for the operator before the grant may be spent: any refusal; any blocking
 * warning the operator has not accepted with "Send anyway"; a face that could not be checked, unless accepted.
 * Warnings that do not block are kept on the job and shown, and the job goes on. Null means go on.
 */
export function holdFor(
  check: FaceCheckFacts,
  blocks: (warning: string) => boolean,
  accepted?: OperatorAcceptance
): Hold | null {
  const warnings = check.warnings.filter((code) => blocks(code) && !accepted?.warnings.includes(code))
  const unchecked = check.unchecked && accepted?.unchecked !== true
  if (check.refusals.length === 0 && warnings.length === 0 && !unchecked) return null
  return { refusals: [...check.refusals], warnings, unchecked }
}

/** The facts about a held job that its two ways on read. */
export interface HeldFacts {
  state: JobState
  hold?: Hold | undefined
}

/** "Send anyway" is offered for a held job whose hold has no refusal (no face, several faces). */
export function canSendAnyway(job: HeldFacts): boolean {
  return job.state === 'held' && job.hold !== undefined && job.hold.refusals.length === 0
}

/** Picking a face is offered for a job held because the photo shows several faces. */
export function canPickFace(job: HeldFacts): boolean {
  return job.state === 'held' && job.hold?.refusals.includes('MULTIPLE_FACES') === true
}

/**
 * The changes of "Send anyway": queued again with its grant unspent, and the operator's acceptance of exactly
 * what held it recorded with the time, so the next check lets those through and nothing else.
 */
export function sendAnywayChanges(
  hold: Hold,
  at: number,
  earlier?: OperatorAcceptance
): { state: 'queued'; sendAnyway: { warnings: string[]; unchecked: boolean; at: number } } {
  const warnings = [...new Set([...(earlier?.warnings ?? []), ...hold.warnings])]
  return {
    state: 'queued',
    sendAnyway: { warnings, unchecked: hold.unchecked || earlier?.unchecked === true, at }
  }
}

/**
 * How a run that got its answer settles: needs attention when the service reported issues, or when the app's own
 * post-check of the photo failed (kept apart from the service's codes); done otherwise. A post-check that could not
 * judge anything never fails a job, and never passes one either: it is shown as not checked.
 */
export function settledState(
  serviceIssues: readonly string[],
  appCheck: 'pass' | 'fail' | 'not-checked' | null
): 'done' | 'needs-attention' {
  return serviceIssues.length > 0 || appCheck === 'fail' ? 'needs-attention' : 'done'
}
