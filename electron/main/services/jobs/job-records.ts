import { AppError, isAppError } from '../../../shared/errors'
import { detectImageType, extensionFor } from '../passport-photo/image-type'
import { interruptedMessage, maySpendNextStep } from './job-rules'
import type { JobError, JobRecord, JobRequest } from './job-types'
import { t } from '../i18n/main-language'

/**
 * A job that was running when the app stopped is restored as failed, keeping its source photo and any kept
 * answer. The message says what the money rule allows next (job-rules.ts: interruptedMessage).
 */
export function interruptedChange(record: JobRecord): Partial<JobRecord> {
  return {
    state: 'failed',
    progress: 1,
    error: { code: 'INTERRUPTED', message: interruptedMessage(record) }
  }
}

/**
 * The error a failed run leaves on the job. After the grant was spent with no answer kept, the quota may be spent,
 * so the message ends with the only way on: "Make a new photo".
 */
export function failureError(job: JobRecord, error: unknown): JobError {
  const base = toJobError(error)
  if (job.made !== undefined || job.makeGrant === true || job.state === 'queued' || job.state === 'preparing')
    return base
  return {
    code: base.code,
    message: t('jobs.withNextStep', { message: base.message, next: maySpendNextStep() })
  }
}

/** The error a job keeps: an AppError's own words, or a generic one for anything unexpected. */
export function toJobError(error: unknown): JobError {
  if (isAppError(error)) return { code: error.code, message: error.message }
  return new AppError('INTERNAL', t('jobs.error.internal')).toIpcError()
}

/** Only the request fields of a job, without undefined values. */
export function pickRequest(job: JobRequest): JobRequest {
  const { id, customer, specCode, specName, mode, watermarkText, sensitivity, sheetSizes, outputFormat } = job
  return JSON.parse(
    JSON.stringify({
      id,
      customer,
      specCode,
      specName,
      mode,
      watermarkText,
      sensitivity,
      sheetSizes,
      outputFormat
    })
  ) as JobRequest
}

/** The stored source's extension, from its bytes first and its name second. */
export function sourceExtension(bytes: Uint8Array, fileName: string): string {
  const type = detectImageType(bytes)
  if (type) return `.${extensionFor(type)}`
  const match = /\.[A-Za-z0-9]{1,5}$/.exec(fileName)
  return match ? match[0].toLowerCase() : '.bin'
}
