import { AppError } from '../../../shared/errors'
import { parseRetryAfter } from '../http/http-client'

/** How the service is named in messages. */
export const SERVICE_NAME = 'ID.me Document Passback'

/** Which endpoint answered; the advice differs. */
export type Call = 'attributes' | 'document' | 'refresh'

/** Turns a non-2xx answer into an error that says what to do; the body is never echoed (it may quote tokens). */
export function statusError(call: Call, response: Response): AppError {
  const status = response.status
  if (status === 401 || status === 403) {
    if (call === 'attributes') {
      return new AppError(
        'CREDENTIALS_REJECTED',
        'ID.me did not accept the access token; it may have expired. Get a new access token from the verification and try again.'
      )
    }
    return new AppError(
      'CREDENTIALS_REJECTED',
      'ID.me refused the Document Passback API token, or Document Passback is not enabled for this consumer. Check the API token in Settings; if it is right, ask your ID.me account team to enable Document Passback.'
    )
  }
  if (status === 404) {
    if (call === 'attributes') {
      return new AppError(
        'NOT_FOUND',
        'ID.me could not find the attributes for this access token. Check the environment (sandbox or production) in Settings.'
      )
    }
    return new AppError(
      'NOT_FOUND',
      'ID.me does not know this document token, or it was already used. Get fresh document tokens with the access token, then try again.'
    )
  }
  if (status === 429) {
    const retryAfterSeconds = parseRetryAfter(response.headers.get('retry-after'))
    const wait = retryAfterSeconds === undefined ? 'a minute' : `${retryAfterSeconds} s`
    return new AppError(
      'RATE_LIMITED',
      `ID.me allows only 2 requests a minute for each document. Wait ${wait}, then try again.`,
      retryAfterSeconds === undefined ? undefined : { retryAfterSeconds }
    )
  }
  if (status === 400 && call === 'document') {
    return new AppError(
      'BAD_REQUEST',
      'ID.me refused the requested size. Choose a width and height between 100 and 1000 pixels.'
    )
  }
  if (status >= 500) {
    return new AppError(
      'SERVER_ERROR',
      `${SERVICE_NAME} had a problem (HTTP ${status}). Try again in a few minutes; if it persists, contact ID.me support.`
    )
  }
  return new AppError(
    'SERVER_ERROR',
    `${SERVICE_NAME} gave an unexpected answer (HTTP ${status}). Try again; if it persists, contact ID.me support.`
  )
}

/** An answer that arrived but cannot be used. */
export function malformed(what: string, cause?: unknown): AppError {
  return new AppError(
    'MALFORMED_RESPONSE',
    `${SERVICE_NAME} sent ${what} that could not be read. Try again in a moment.`,
    cause === undefined ? undefined : { cause }
  )
}
