import { z } from 'zod'
import { AppError } from '../../../shared/errors'
import { t } from '../i18n/main-language'
import { parseRetryAfter } from '../http/http-client'

/** What the call was, so a status can be worded for the person who asked for it. */
export type CallKind = 'read' | 'spec' | 'make' | 'unlock'

const ErrorBodySchema = z.object({ code: z.string().optional(), message: z.string().optional() })

/** Reads `{ code, message }` when the body has it (the demo does); the real service may send anything. */
function errorBodyCode(text: string): { code: string; text: string } {
  let code = ''
  try {
    const parsed = ErrorBodySchema.safeParse(JSON.parse(text))
    if (parsed.success) code = (parsed.data.code ?? '').toUpperCase()
  } catch {
    // Not JSON: the status decides alone.
  }
  return { code, text: text.slice(0, 2000).toLowerCase() }
}

/**
 * Turns a non-2xx answer into an AppError a person at the counter can act on.
 * The status decides; the body's `code` (when present) only sharpens the wording.
 */
export function errorForStatus(status: number, bodyText: string, headers: Headers, kind: CallKind): AppError {
  const { code, text } = errorBodyCode(bodyText)
  if (status === 401) {
    return new AppError('CREDENTIALS_REJECTED', t('passportPhoto.error.rejected'))
  }
  if (status === 403) {
    if (code.includes('REVOKED') || text.includes('revoked') || text.includes('disabled')) {
      return new AppError('CREDENTIALS_REJECTED', t('passportPhoto.error.revoked'))
    }
    if (code.includes('QUOTA') || text.includes('quota') || kind === 'make') {
      return new AppError('QUOTA_EXHAUSTED', t('passportPhoto.error.quota'))
    }
    return new AppError('CREDENTIALS_REJECTED', t('passportPhoto.error.refused'))
  }
  if (status === 429) {
    const retryAfterSeconds = parseRetryAfter(headers.get('retry-after'))
    return new AppError(
      'RATE_LIMITED',
      t('passportPhoto.error.rateLimited', { seconds: retryAfterSeconds ?? 'unknown' }),
      retryAfterSeconds === undefined ? undefined : { retryAfterSeconds }
    )
  }
  if (code.includes('SPEC') || (kind === 'spec' && (status === 400 || status === 404))) {
    return new AppError('UNKNOWN_SPEC', t('passportPhoto.error.unknownSpec'))
  }
  if (status === 404 || code.includes('NOT_FOUND')) {
    return new AppError(
      'NOT_FOUND',
      kind === 'unlock' ? t('passportPhoto.error.previewExpired') : t('passportPhoto.error.notFound')
    )
  }
  if (status >= 400 && status < 500) {
    return new AppError(
      'BAD_REQUEST',
      kind === 'make'
        ? t('passportPhoto.error.photoRefused')
        : t('passportPhoto.error.badRequest', { status: String(status) })
    )
  }
  return new AppError(
    'SERVER_ERROR',
    t('passportPhoto.error.server', { status: String(status), make: String(kind === 'make') })
  )
}

/** The error for a 2xx answer we cannot use (not JSON, or missing the fields we need). */
export function malformedResponse(kind: CallKind, cause?: unknown): AppError {
  return new AppError(
    'MALFORMED_RESPONSE',
    t('passportPhoto.error.malformed', { make: String(kind === 'make') }),
    {
      cause
    }
  )
}
