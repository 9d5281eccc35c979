import { AppError } from '../../../shared/errors'
import { t } from '../i18n/main-language'
import { parseRetryAfter } from '../http/http-client'

/** Which endpoint answered; the advice differs. */
export type Call = 'attributes' | 'document' | 'refresh'

/** Turns a non-2xx answer into an error that says what to do; the body is never echoed (it may quote tokens). */
export function statusError(call: Call, response: Response): AppError {
  const status = response.status
  if (status === 401 || status === 403) {
    if (call === 'attributes') {
      return new AppError('CREDENTIALS_REJECTED', t('documentsApi.error.accessTokenRejected'))
    }
    return new AppError('CREDENTIALS_REJECTED', t('documentsApi.error.apiTokenRejected'))
  }
  if (status === 404) {
    if (call === 'attributes') {
      return new AppError('NOT_FOUND', t('documentsApi.error.attributesNotFound'))
    }
    return new AppError('NOT_FOUND', t('documentsApi.error.tokenNotFound'))
  }
  if (status === 429) {
    const retryAfterSeconds = parseRetryAfter(response.headers.get('retry-after'))
    return new AppError(
      'RATE_LIMITED',
      t('documentsApi.error.rateLimited', { seconds: retryAfterSeconds ?? 'unknown' }),
      retryAfterSeconds === undefined ? undefined : { retryAfterSeconds }
    )
  }
  if (status === 400 && call === 'document') {
    return new AppError('BAD_REQUEST', t('documentsApi.error.sizeRefused'))
  }
  if (status >= 500) {
    return new AppError('SERVER_ERROR', t('documentsApi.error.server', { status: String(status) }))
  }
  return new AppError('SERVER_ERROR', t('documentsApi.error.unexpected', { status: String(status) }))
}

/** What an unreadable answer was meant to be (an ICU select in the catalogue). */
export type AnswerKind = 'answer' | 'attributes' | 'tokens' | 'refreshed'

/** An answer that arrived but cannot be used. */
export function malformed(what: AnswerKind, cause?: unknown): AppError {
  return new AppError(
    'MALFORMED_RESPONSE',
    t('documentsApi.error.malformed', { what }),
    cause === undefined ? undefined : { cause }
  )
}
