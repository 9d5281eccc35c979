import { z } from 'zod'
import { AppError } from '../../../shared/errors'
import { parseRetryAfter } from '../http/http-client'

/** The service named in messages. */
export const SERVICE_NAME = 'the Passport Photo service'

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

const MAY_HAVE_SPENT =
  'It may have used one photo from your quota; check the account panel before trying again.'

/**
 * Turns a non-2xx answer into an AppError a person at the counter can act on.
 * The status decides; the body's `code` (when present) only sharpens the wording.
 */
export function errorForStatus(status: number, bodyText: string, headers: Headers, kind: CallKind): AppError {
  const { code, text } = errorBodyCode(bodyText)
  if (status === 401) {
    return new AppError(
      'CREDENTIALS_REJECTED',
      'The API key or secret was rejected. Open Settings and check them, or use Demo mode.'
    )
  }
  if (status === 403) {
    if (code.includes('REVOKED') || text.includes('revoked') || text.includes('disabled')) {
      return new AppError(
        'CREDENTIALS_REJECTED',
        'This Passport Photo account has been revoked or disabled. Contact the account owner, or enter another key in Settings.'
      )
    }
    if (code.includes('QUOTA') || text.includes('quota') || kind === 'make') {
      return new AppError(
        'QUOTA_EXHAUSTED',
        'The photo quota for this account is used up, so nothing was made or charged. Top up or renew the subscription, then try again.'
      )
    }
    return new AppError(
      'CREDENTIALS_REJECTED',
      'The Passport Photo service refused this account. Check the API key in Settings and the account status.'
    )
  }
  if (status === 429) {
    const retryAfterSeconds = parseRetryAfter(headers.get('retry-after'))
    const wait = retryAfterSeconds === undefined ? 'a moment' : `${retryAfterSeconds} s`
    return new AppError(
      'RATE_LIMITED',
      `Too many requests to ${SERVICE_NAME}. Wait ${wait}, then try again.`,
      {
        ...(retryAfterSeconds === undefined ? {} : { retryAfterSeconds })
      }
    )
  }
  if (code.includes('SPEC') || (kind === 'spec' && (status === 400 || status === 404))) {
    return new AppError(
      'UNKNOWN_SPEC',
      'The service does not know this photo specification. Refresh the spec list and choose the document again.'
    )
  }
  if (status === 404 || code.includes('NOT_FOUND')) {
    return new AppError(
      'NOT_FOUND',
      kind === 'unlock'
        ? 'The service no longer has this photo (previews expire). Make the photo again.'
        : `${capitalise(SERVICE_NAME)} could not find what was asked for. Try again, or make the photo again.`
    )
  }
  if (status >= 400 && status < 500) {
    return new AppError(
      'BAD_REQUEST',
      kind === 'make'
        ? 'The service could not accept this photo. Try another photo or check the chosen document, then try again.'
        : `${capitalise(SERVICE_NAME)} did not accept the request (HTTP ${status}). Try again; if it keeps happening, contact support.`
    )
  }
  const suffix = kind === 'make' ? ` ${MAY_HAVE_SPENT}` : ' Wait a minute and try again.'
  return new AppError('SERVER_ERROR', `${capitalise(SERVICE_NAME)} had a problem (HTTP ${status}).${suffix}`)
}

/** The error for a 2xx answer we cannot use (not JSON, or missing the fields we need). */
export function malformedResponse(kind: CallKind, cause?: unknown): AppError {
  const suffix = kind === 'make' ? ` ${MAY_HAVE_SPENT}` : ' Try again in a moment.'
  return new AppError(
    'MALFORMED_RESPONSE',
    `${capitalise(SERVICE_NAME)} sent an answer we could not read.${suffix}`,
    {
      cause
    }
  )
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1)
}
