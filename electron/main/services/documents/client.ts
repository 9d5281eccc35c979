import { z } from 'zod'
import { AppError, isAppError } from '../../../shared/errors'
import { t } from '../i18n/main-language'
import { type FetchLike, readBody, sendRequest } from '../http/http-client'
import { malformed, statusError } from './client-errors'
import { type ImageFormat, readImageInfo } from './image-info'
import { type Size, formatSizeParam, validateSize } from '../../../shared/document-size'
import { assertAccessToken, assertApiToken, assertDocumentToken } from './tokens'

/** The document tokens of one verified identity; either side may be missing (a passport has no back). */
export interface DocumentTokens {
  front?: string
  back?: string
}

/** A document image as it arrived: bytes in memory only, type and size read from the bytes. */
export interface DocumentImage {
  bytes: Uint8Array
  format: ImageFormat
  width: number
  height: number
}

/** Options for createDocumentPassbackClient. */
export interface DocumentPassbackClientOptions {
  fetch: FetchLike
  /** e.g. `https://api.idmelabs.com/` (sandbox), `https://api.id.me/` (production) or the demo's URL. */
  baseUrl: () => string
  /** Read from the secret store at each call so a changed token takes effect at once. */
  apiToken: () => Promise<string>
  timeoutMs?: number
}

/** The Document Passback API: document tokens, document images, token refresh. */
export interface DocumentPassbackClient {
  /** Reads `document_tokens` from the attributes endpoint, sending the access token as a Bearer header. */
  getDocumentTokens(accessToken: string, signal?: AbortSignal): Promise<DocumentTokens>
  /** Fetches one document image, optionally resized by the service (`size=WxH`, 100..1000). */
  fetchDocument(token: string, size?: Size, signal?: AbortSignal): Promise<DocumentImage>
  /** Exchanges a document token for a new one without a new user session. */
  refreshToken(token: string, signal?: AbortSignal): Promise<string>
}

const attributesSchema = z.object({
  attributes: z.array(z.object({ handle: z.string(), name: z.string().optional(), value: z.unknown() })),
  status: z.array(z.unknown()).optional()
})

const documentTokensSchema = z.object({
  front: z.string().nullish(),
  back: z.string().nullish()
})

const refreshSchema = z.object({ document_token: z.string() })

/** Lets the socket go; the content is ignored because error bodies could quote the request. */
async function discard(response: Response): Promise<void> {
  try {
    await response.body?.cancel()
  } catch {
    // Nothing to do: the answer is already an error.
  }
}

async function readJson(response: Response): Promise<unknown> {
  const bytes = await readBody(response, 'documents')
  try {
    return JSON.parse(new TextDecoder().decode(bytes)) as unknown
  } catch (error) {
    throw malformed('answer', error)
  }
}

/**
 * Refuses to send tokens over plain http except to this machine (the demo service), so a typo in
 * Settings cannot leak the API token.
 */
function baseOf(raw: string): URL {
  let url: URL
  try {
    url = new URL(raw)
  } catch (error) {
    throw new AppError('BAD_REQUEST', t('documentsApi.error.badAddress'), { cause: error })
  }
  // `*.localhost` always means this machine (RFC 6761); Demo mode's in-process fetch uses demo.localhost.
  const loopback =
    ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname) || url.hostname.endsWith('.localhost')
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) {
    throw new AppError('BAD_REQUEST', t('documentsApi.error.httpsRequired'))
  }
  if (!url.pathname.endsWith('/')) url.pathname += '/'
  url.search = ''
  url.hash = ''
  return url
}

/** Creates the client. It never logs, and no URL, token or body ever reaches an error message. */
export function createDocumentPassbackClient(options: DocumentPassbackClientOptions): DocumentPassbackClient {
  const timeoutMs = options.timeoutMs ?? 30_000

  function request(url: URL, method: 'GET' | 'POST', headers: Record<string, string>, signal?: AbortSignal) {
    return sendRequest(
      options.fetch,
      url.toString(),
      // sendRequest follows no redirect: one would carry the API token's query string to another host.
      { method, headers },
      signal === undefined ? { timeoutMs, service: 'documents' } : { timeoutMs, service: 'documents', signal }
    )
  }

  async function documentsUrl(prefix: string, token: string): Promise<URL> {
    const apiToken = assertApiToken(await options.apiToken())
    const url = new URL(
      `api/public/v3/documents/${prefix}${encodeURIComponent(token)}`,
      baseOf(options.baseUrl())
    )
    url.searchParams.set('token', apiToken)
    return url
  }

  return {
    async getDocumentTokens(accessToken, signal) {
      const token = assertAccessToken(accessToken)
      const url = new URL('api/public/v3/attributes.json', baseOf(options.baseUrl()))
      const response = await request(
        url,
        'GET',
        { authorization: `Bearer ${token}`, accept: 'application/json' },
        signal
      )
      if (!response.ok) {
        await discard(response)
        throw statusError('attributes', response)
      }
      const parsed = attributesSchema.safeParse(await readJson(response))
      if (!parsed.success) throw malformed('attributes', parsed.error)
      const entry = parsed.data.attributes.find((attribute) => attribute.handle === 'document_tokens')
      if (entry === undefined) {
        throw new AppError('NOT_FOUND', t('documentsApi.error.noTokens'))
      }
      const value = documentTokensSchema.safeParse(entry.value)
      if (!value.success) throw malformed('tokens', value.error)
      const tokens: DocumentTokens = {}
      try {
        if (value.data.front) tokens.front = assertDocumentToken(value.data.front)
        if (value.data.back) tokens.back = assertDocumentToken(value.data.back)
      } catch (error) {
        throw malformed('tokens', error)
      }
      if (tokens.front === undefined && tokens.back === undefined) {
        throw new AppError('NOT_FOUND', t('documentsApi.error.noImages'))
      }
      return tokens
    },

    async fetchDocument(token, size, signal) {
      assertDocumentToken(token)
      const url = await documentsUrl('', token)
      if (size !== undefined) {
        const checked = validateSize(size)
        if (!checked.ok) {
          throw new AppError('BAD_REQUEST', t('documentsApi.error.size'))
        }
        url.searchParams.set('size', formatSizeParam(checked.size))
      }
      const response = await request(url, 'POST', { accept: 'image/*' }, signal)
      if (!response.ok) {
        await discard(response)
        throw statusError('document', response)
      }
      const bytes = await readBodyWithinTimeout(response)
      try {
        const info = await readImageInfo(bytes)
        return { bytes, ...info }
      } catch (error) {
        // A body that is not an image is dropped at once, zeroed like any other document bytes.
        bytes.fill(0)
        throw error
      }
    },

    async refreshToken(token, signal) {
      assertDocumentToken(token)
      const url = await documentsUrl('refresh/', token)
      const response = await request(url, 'POST', { accept: 'application/json' }, signal)
      if (!response.ok) {
        await discard(response)
        throw statusError('refresh', response)
      }
      const parsed = refreshSchema.safeParse(await readJson(response))
      if (!parsed.success) throw malformed('refreshed', parsed.error)
      try {
        return assertDocumentToken(parsed.data.document_token)
      } catch (error) {
        throw malformed('refreshed', error)
      }
    }
  }

  /** The request's timeout signal also covers the body; its abort then reads as a timeout, not a drop. */
  async function readBodyWithinTimeout(response: Response): Promise<Uint8Array> {
    try {
      return await readBody(response, 'documents')
    } catch (error) {
      if (isAppError(error) && isTimeoutCause(error.cause)) {
        throw new AppError(
          'TIMEOUT',
          t('documentsApi.error.imageTimeout', { seconds: Math.round(timeoutMs / 1000) }),
          {
            cause: error
          }
        )
      }
      throw error
    }
  }
}

/** True when the error, or one it wraps, is the abort of a timeout signal. */
function isTimeoutCause(cause: unknown): boolean {
  for (let current = cause, depth = 0; current instanceof Error && depth < 4; depth++) {
    if (current.name === 'TimeoutError') return true
    current = current.cause
  }
  return false
}
