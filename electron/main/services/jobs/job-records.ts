import { AppError, isAppError } from '../../../shared/errors'
import { detectImageType, extensionFor } from '../passport-photo/image-type'
import { ACTIVE_STATES, type JobError, type JobRecord, type JobRequest } from './job-types'

/**
 * A job that was running when the app stopped is restored as failed, keeping its source photo so
 * "Try again" works. If it had reached the service, the message says quota may have been used.
 */
export function restoreRecord(record: JobRecord, now: number): JobRecord {
  if (!ACTIVE_STATES.includes(record.state)) return record
  const mayHaveSpent = record.state === 'uploading' || record.state === 'processing'
  return {
    ...record,
    state: 'failed',
    progress: 1,
    updatedAt: now,
    error: {
      code: 'INTERRUPTED',
      message: mayHaveSpent
        ? 'The app closed while this photo was being made; it may have used one photo from your quota. Check the account panel, then try again.'
        : 'The app closed before this photo was sent. Try again.'
    }
  }
}

/** The error a job keeps: an AppError's own words, or a generic one for anything unexpected. */
export function toJobError(error: unknown): JobError {
  if (isAppError(error)) return { code: error.code, message: error.message }
  return new AppError('INTERNAL', 'Something went wrong while making this photo. Try again.').toIpcError()
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
