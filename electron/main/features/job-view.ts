import type { JobView } from '../../shared/contract'
import { explainIssue } from '../services/passport-photo/explain-issue'
import { describeApiSheetSize } from '../services/sheets/api-sheet-size'
import {
  canPickFace,
  canRemake,
  canSendAnyway,
  isActive,
  isCancellable,
  isWaiting,
  retryPlan
} from '../services/jobs/job-rules'
import type { JobRecord } from '../services/jobs/job-types'

/**
 * A job as the window sees it. What the buttons offer comes from the job rules: "Try again" only where it
 * cannot spend quota a second time, "Make a new photo" only where a new photo is the one way on.
 */
export function toJobView(job: JobRecord, startOfToday: number): JobView {
  // A result exists once the service answered: a photo (done) or issues about the photo (needs attention).
  const answered = job.state === 'done' || job.state === 'needs-attention'
  const plan = retryPlan(job)
  // Another counter's job (shared studio database): viewed, saved and printed here; run only by its own counter.
  const here = job.fromCounter === undefined
  return {
    id: job.id,
    orderNumber: job.orderNumber ?? null,
    customer: job.customer ?? null,
    specCode: job.specCode,
    specName: job.specName ?? null,
    mode: job.mode,
    state: job.state,
    progress: job.progress,
    createdAt: job.createdAt,
    updatedAt: job.updatedAt,
    cancellable: here && isCancellable(job.state),
    retry: !here || plan.kind === 'refused' ? null : plan.kind,
    remake: here && canRemake(job) && job.files.source !== undefined,
    inQueue:
      here &&
      (isActive(job.state) ||
        isWaiting(job.state) ||
        (job.createdAt >= startOfToday && job.clearedFromQueue !== true)),
    error: job.error ?? null,
    result: answered
      ? {
          photoUuid: job.photoUuid ?? null,
          hasPhoto: job.files.result !== undefined,
          issues: (job.issues ?? []).map(explainIssue),
          // The UK code is how the final photo reaches the passport office: not sent while still a locked preview.
          idPhotoCode: job.watermarked === true && job.unlocked !== true ? null : (job.idPhotoCode ?? null),
          watermarked: job.watermarked === true,
          unlocked: job.unlocked === true,
          sheets: Object.keys(job.files.sheets ?? {}).map((key) => ({ key, label: sheetLabel(key) }))
        }
      : null,
    photosPurged: job.photosPurged === true,
    savedTo: job.savedTo ?? null,
    counter: job.fromCounter ?? null,
    attentionAccepted: job.attentionAccepted ?? null,
    faceCheck: job.faceCheck ?? null,
    sentAnyway: job.sendAnyway ?? null,
    faceChoice: job.faceChoice ? { index: job.faceChoice.index, at: job.faceChoice.at } : null,
    canSendAnyway: here && canSendAnyway({ state: job.state, hold: job.faceCheck?.hold }),
    canPickFace: here && canPickFace({ state: job.state, hold: job.faceCheck?.hold }),
    appCheck: job.appCheck ?? null
  }
}

function sheetLabel(key: string): string {
  try {
    return describeApiSheetSize(key).label
  } catch {
    return key
  }
}

/** Midnight of the day of `now`, in the machine's own time zone (the counter's "today"). */
export function startOfDay(now: number): number {
  const day = new Date(now)
  day.setHours(0, 0, 0, 0)
  return day.getTime()
}
