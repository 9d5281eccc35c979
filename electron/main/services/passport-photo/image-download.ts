import { AppError } from '../../../shared/errors'
import { t } from '../i18n/main-language'
import { sendRequest, type FetchLike } from '../http/http-client'
import { detectImageType, type ImageType } from './image-type'

/** Options of one download. */
export interface DownloadOptions {
  timeoutMs: number
  /** The download stops as soon as more than this many bytes have arrived. */
  maxBytes: number
  signal?: AbortSignal
}

/** A downloaded image, its type read from its bytes. */
export interface DownloadedImage {
  bytes: Buffer
  type: ImageType
}

/** Dependencies of the downloader. */
export interface ImageDownloaderDeps {
  fetch: FetchLike
  /** Which URLs may be fetched. Defaults to https only; demo mode adds its own local origin. */
  allowedUrl?: (url: URL) => boolean
}

/** Downloads one result image (photo, sheet) by URL. */
export type DownloadImage = (url: string, options: DownloadOptions) => Promise<DownloadedImage>

/** The default URL policy: https, and no user name or password in the URL. */
export function httpsOnly(url: URL): boolean {
  return url.protocol === 'https:' && url.username === '' && url.password === ''
}

/** Creates `downloadImage`: checks the URL, enforces the size cap while streaming, and checks the magic bytes. */
export function createImageDownloader(deps: ImageDownloaderDeps): DownloadImage {
  const allowed = deps.allowedUrl ?? httpsOnly
  return async (rawUrl, options) => {
    let url: URL
    try {
      url = new URL(rawUrl)
    } catch {
      throw new AppError('MALFORMED_RESPONSE', t('passportPhoto.download.badLink'))
    }
    if (!allowed(url)) {
      // The URL itself stays out of the message: S3 links carry signatures in the query string.
      throw new AppError('MALFORMED_RESPONSE', t('passportPhoto.download.insecureLink'))
    }
    const response = await sendRequest(
      deps.fetch,
      url.toString(),
      { method: 'GET', redirect: 'error' },
      {
        timeoutMs: options.timeoutMs,
        service: 'storage',
        ...(options.signal ? { signal: options.signal } : {})
      }
    )
    if (!response.ok) {
      await response.body?.cancel().catch(() => undefined)
      if (response.status === 403 || response.status === 404 || response.status === 410) {
        throw new AppError('NOT_FOUND', t('passportPhoto.download.expired'))
      }
      throw new AppError(
        'SERVER_ERROR',
        t('passportPhoto.download.failed', { status: String(response.status) })
      )
    }
    const declared = Number(response.headers.get('content-length'))
    if (Number.isFinite(declared) && declared > options.maxBytes) {
      await response.body?.cancel().catch(() => undefined)
      throw tooLarge(options.maxBytes)
    }
    const bytes = await readCapped(response, options.maxBytes)
    const type = detectImageType(bytes)
    if (type === null) {
      throw new AppError('NOT_IMAGE', t('passportPhoto.download.notImage'))
    }
    return { bytes, type }
  }
}

async function readCapped(response: Response, maxBytes: number): Promise<Buffer> {
  if (response.body === null) return Buffer.alloc(0)
  const reader = response.body.getReader()
  const chunks: Uint8Array[] = []
  let total = 0
  try {
    for (;;) {
      const { done, value } = await reader.read()
      if (done) break
      total += value.byteLength
      if (total > maxBytes) {
        await reader.cancel().catch(() => undefined)
        throw tooLarge(maxBytes)
      }
      chunks.push(value)
    }
  } catch (error) {
    if (error instanceof AppError) throw error
    throw new AppError('NETWORK', t('passportPhoto.download.dropped'), { cause: error })
  }
  return Buffer.concat(chunks, total)
}

function tooLarge(maxBytes: number): AppError {
  return new AppError(
    'IMAGE_TOO_LARGE',
    t('passportPhoto.download.tooLarge', { megabytes: Math.round(maxBytes / 1_000_000) })
  )
}
