import { readFile } from 'node:fs/promises'
import path from 'node:path'
import sharp from 'sharp'
import { DEMO_CREDENTIALS } from '../demo-credentials'
import type { RandomSource } from '../demo-random'
import { bytesResponse, errorResponse, jsonResponse } from '../demo-responses'
import type { DocumentStats } from './document-rate-limiter'
import { createDocumentRateLimiter } from './document-rate-limiter'
import { createDocumentTokens } from './document-tokens'

/** The two sides of the specimen identity document the demo hands out (PassportEye test data, MIT). */
const DOCUMENTS = {
  'specimen-front': 'specimen-id-card-utopia-front.jpg',
  'specimen-back': 'specimen-card-back-usa.jpg'
} as const

type DocumentId = keyof typeof DOCUMENTS

/** Where the Document Passback routes live. */
export const DOCUMENT_PASSBACK_PREFIX = '/api/public/v3/'

const SIZE_PATTERN = /^(\d+)x(\d+)$/
const SIZE_MIN = 100
const SIZE_MAX = 1000

/** Options for the simulated Document Passback service. */
export interface DocumentPassbackOptions {
  resourcesDir: string
  now: () => number
  random: RandomSource
  tokenTtlMs?: number
}

/** The simulated Document Passback service. */
export interface DocumentPassback {
  handle(request: Request, url: URL): Promise<Response>
  stats(): Record<string, DocumentStats>
  /** Control: change the token lifetime and/or make every issued token stale. */
  configure(options: { tokenTtlMs?: number; expireIssuedTokens?: boolean }): void
  reset(): void
}

/** Creates the service; document images are read from `<resourcesDir>/documents` on first use. */
export function createDocumentPassback(options: DocumentPassbackOptions): DocumentPassback {
  const tokens = createDocumentTokens(options.random, options.tokenTtlMs)
  const limiter = createDocumentRateLimiter()
  const images = new Map<DocumentId, Promise<Uint8Array>>()

  function loadImage(id: DocumentId): Promise<Uint8Array> {
    let image = images.get(id)
    if (image === undefined) {
      image = readFile(path.join(options.resourcesDir, 'documents', DOCUMENTS[id])).then(
        (b) => new Uint8Array(b)
      )
      images.set(id, image)
    }
    return image
  }

  function attributes(request: Request, url: URL): Response {
    if (request.method !== 'GET') return methodNotAllowed('GET')
    const header = request.headers.get('authorization') ?? ''
    const bearer = /^Bearer\s+(.+)$/i.exec(header)?.[1]?.trim()
    const accessToken = bearer ?? url.searchParams.get('access_token')
    if (accessToken !== DEMO_CREDENTIALS.documentPassback.accessToken) {
      return errorResponse(401, 'INVALID_CREDENTIALS', 'The access token was not accepted. Sign in again.', {
        'www-authenticate': 'Bearer error="invalid_token"'
      })
    }
    const now = options.now()
    return jsonResponse(200, {
      attributes: [
        { handle: 'fname', name: 'First Name', value: 'Jane' },
        { handle: 'lname', name: 'Last Name', value: 'Specimen' },
        { handle: 'email', name: 'Email', value: 'jane.specimen@example.com' },
        {
          handle: 'document_tokens',
          name: 'Document Passback Tokens',
          value: { front: tokens.issue('specimen-front', now), back: tokens.issue('specimen-back', now) }
        }
      ],
      status: [{ group: 'identity', subgroups: ['IAL2'], verified: true }]
    })
  }

  function checkApiToken(request: Request, url: URL): Response | undefined {
    if (request.method !== 'POST') return methodNotAllowed('POST')
    if (url.searchParams.get('token') !== DEMO_CREDENTIALS.documentPassback.apiToken) {
      return errorResponse(
        401,
        'INVALID_CREDENTIALS',
        'The API token was not accepted. Check the Document Passback settings.'
      )
    }
    return undefined
  }

  function refresh(request: Request, url: URL, token: string): Response {
    const denied = checkApiToken(request, url)
    if (denied) return denied
    const fresh = tokens.refresh(token, options.now())
    if (fresh === undefined) return documentNotFound()
    return jsonResponse(200, { document_token: fresh })
  }

  async function documentImage(request: Request, url: URL, token: string): Promise<Response> {
    const denied = checkApiToken(request, url)
    if (denied) return denied
    const size = url.searchParams.get('size')
    let box: { width: number; height: number } | undefined
    if (size !== null) {
      const match = SIZE_PATTERN.exec(size)
      const width = Number(match?.[1])
      const height = Number(match?.[2])
      if (!match || !inBounds(width) || !inBounds(height)) {
        return errorResponse(
          400,
          'INVALID_REQUEST',
          `size must be WIDTHxHEIGHT with each value from ${SIZE_MIN} to ${SIZE_MAX}, for example 300x200.`
        )
      }
      box = { width, height }
    }
    const now = options.now()
    const documentId = tokens.resolve(token, now) as DocumentId | undefined
    if (documentId === undefined) return documentNotFound()
    const waitSeconds = limiter.check(documentId, now)
    if (waitSeconds !== undefined) {
      return errorResponse(
        429,
        'RATE_LIMITED',
        `This document was requested too often (2 a minute). Wait ${waitSeconds} s, then try again.`,
        { 'retry-after': String(waitSeconds) }
      )
    }
    const original = await loadImage(documentId)
    if (box === undefined) return bytesResponse(original, 'image/jpeg')
    const meta = await sharp(original).metadata()
    const scale = Math.min(box.width / meta.width, box.height / meta.height)
    const resized = await sharp(original)
      .resize(Math.round(meta.width * scale), Math.round(meta.height * scale), { fit: 'fill' })
      .jpeg({ quality: 90 })
      .toBuffer()
    return bytesResponse(new Uint8Array(resized), 'image/jpeg')
  }

  return {
    async handle(request, url) {
      const rest = url.pathname.slice(DOCUMENT_PASSBACK_PREFIX.length)
      if (rest === 'attributes.json') return attributes(request, url)
      const refreshMatch = /^documents\/refresh\/([^/]+)$/.exec(rest)
      if (refreshMatch?.[1] !== undefined) return refresh(request, url, decodeURIComponent(refreshMatch[1]))
      const documentMatch = /^documents\/([^/]+)$/.exec(rest)
      if (documentMatch?.[1] !== undefined)
        return documentImage(request, url, decodeURIComponent(documentMatch[1]))
      return errorResponse(404, 'NOT_FOUND', 'There is no such Document Passback endpoint.')
    },
    stats: () => limiter.stats(),
    configure(change) {
      if (change.tokenTtlMs !== undefined) tokens.setTtlMs(change.tokenTtlMs)
      if (change.expireIssuedTokens === true) tokens.expireAll()
    },
    reset() {
      tokens.reset()
      limiter.reset()
    }
  }
}

function inBounds(value: number): boolean {
  return Number.isInteger(value) && value >= SIZE_MIN && value <= SIZE_MAX
}

function documentNotFound(): Response {
  return errorResponse(
    404,
    'DOCUMENT_NOT_FOUND',
    'This document link has expired or is unknown. Fetch the person’s attributes again to get a new one.'
  )
}

function methodNotAllowed(allowed: string): Response {
  return errorResponse(405, 'METHOD_NOT_ALLOWED', `Use ${allowed} for this endpoint.`, { allow: allowed })
}
