import { AppError } from '../../../shared/errors'
import { t } from '../i18n/main-language'

/** The fetch function a service is given; the real one, or the demo service's in-process one. */
export type FetchLike = (input: string | URL | Request, init?: RequestInit) => Promise<Response>

/** Options for one HTTP request. */
export interface RequestOptions {
  /** Abort after this many milliseconds without a complete response. */
  timeoutMs: number
  /** Cancelled by the caller, for example when a job is cancelled or a window closes. */
  signal?: AbortSignal
  /** Who the request is for, named in error messages ("the Passport Photo service"). */
  service: ServiceId
}

/** The services the app talks to, as error messages name them (an ICU select in the catalogue). */
export type ServiceId = 'passportPhoto' | 'documents' | 'storage'

/**
 * Sends one request with a timeout and turns transport failures into AppErrors a person can act on.
 * It never retries: whether a retry is safe depends on the call (one that spends quota is not).
 * It never follows a redirect, whatever the caller asks: our requests carry credentials (the Passport Photo key
 * and secret in the body, the Document Passback API token in the query), and a 307/308 would send them on to
 * wherever the Location points. A redirect answer is an error instead.
 * Error messages never include the URL, because our URLs can carry tokens in the query string.
 */
export async function sendRequest(
  fetchFn: FetchLike,
  url: string,
  init: RequestInit,
  options: RequestOptions
): Promise<Response> {
  const timeout = AbortSignal.timeout(options.timeoutMs)
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout
  let response: Response
  try {
    response = await fetchFn(url, { ...init, redirect: 'manual', signal })
  } catch (error) {
    if (options.signal?.aborted) {
      throw new AppError('CANCELLED', t('errors.http.cancelled'), { cause: error })
    }
    if (timeout.aborted) {
      throw new AppError(
        'TIMEOUT',
        t('errors.http.timeout', { service: options.service, seconds: Math.round(options.timeoutMs / 1000) }),
        { cause: error }
      )
    }
    throw new AppError('NETWORK', t('errors.http.network', { service: options.service }), { cause: error })
  }
  if (isRedirect(response)) {
    await response.body?.cancel().catch(() => undefined)
    throw new AppError('SERVER_ERROR', t('errors.http.redirect', { service: options.service }))
  }
  return response
}

/** A 3xx answer, or the opaque form a browser-style fetch gives a redirect under `redirect: 'manual'`. */
function isRedirect(response: Response): boolean {
  return response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400)
}

/** Reads a body as text under the same timeout rules; a dropped connection mid-body is a NETWORK error. */
export async function readBody(response: Response, service: ServiceId): Promise<Uint8Array> {
  try {
    return new Uint8Array(await response.arrayBuffer())
  } catch (error) {
    throw new AppError('NETWORK', t('errors.http.dropped', { service }), { cause: error })
  }
}

/** Parses Retry-After (seconds or an HTTP date) into whole seconds, or undefined. */
export function parseRetryAfter(header: string | null, now: number = Date.now()): number | undefined {
  if (header === null || header.trim() === '') return undefined
  const seconds = Number(header)
  if (Number.isFinite(seconds) && seconds >= 0) return Math.ceil(seconds)
  const date = Date.parse(header)
  if (Number.isNaN(date)) return undefined
  return Math.max(0, Math.ceil((date - now) / 1000))
}
