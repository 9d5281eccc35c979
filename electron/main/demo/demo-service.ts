/**
 * The simulated Passport Photo and Document Passback services, in one request handler.
 *
 * What the vendor docs leave open, decided here (clients must cope with these; the real services may differ):
 * - Errors are non-2xx JSON `{ "code": "...", "message": "..." }`, the message written for a person:
 *   400 INVALID_REQUEST (the message names the field), 401 INVALID_CREDENTIALS, 403 ACCOUNT_REVOKED,
 *   403 QUOTA_EXHAUSTED, 400 SPEC_NOT_FOUND, 404 PHOTO_NOT_FOUND / DOCUMENT_NOT_FOUND, 405 METHOD_NOT_ALLOWED,
 *   413 PAYLOAD_TOO_LARGE (bodies over 40 MB), 429 RATE_LIMITED with Retry-After, 500 SERVER_ERROR.
 * - Passport Photo checks run in this order: JSON body, schema (400), key and secret (401), revoked (403),
 *   spec (400), quota (403). A call that finds its quota at 0 charges nothing.
 * - A photo that cannot be made (undecodable image: ISSUE_PHOTO_LOAD_FAILED; no face found by the app's face
 *   engine: ISSUE_FACE_NOT_FOUND) is HTTP 200 with those issues and no image, and it IS charged: the server did
 *   the work, as a real one would.
 * - Yaw, pitch and expression come from the face landmarks (services/face), with the same thresholds as the
 *   app's pre-flight; issueSensitivityOverride moves the yaw, pitch, brightness and balance limits.
 * - imageBase64 may carry a `data:image/...;base64,` prefix, as other clients of the real API send it.
 * - Document tokens go stale 15 minutes after issue (then 404); `tokenTtlMs` in the options or
 *   POST /__demo/documents changes that. Refresh accepts a stale token but not one already refreshed.
 * - Document rate limit: 2 accepted document requests per sliding 60 s per underlying document, shared by
 *   refreshed tokens; refresh calls are not counted. Rejected requests do not hold a slot.
 * - Faults (see fault-controller.ts) never touch /__demo/* (control) or /demo-files/* (the "S3" images).
 */
import { z } from 'zod'
import type { FaceEngine } from '../services/face/face-engine'
import { sharedFaceEngine } from '../services/face/shared-engine'
import {
  createDocumentPassback,
  DOCUMENT_PASSBACK_PREFIX
} from './document-passback/document-passback-handler'
import type { DocumentStats } from './document-passback/document-rate-limiter'
import { createDemoFileStore } from './demo-file-store'
import { cryptoRandom } from './demo-random'
import { bytesResponse, errorResponse, jsonResponse, readJsonBody } from './demo-responses'
import type { FaultController, FaultRule, FaultTarget } from './fault-controller'
import {
  createFaultController,
  DemoConnectionDropped,
  faultResponse,
  faultRuleSchema
} from './fault-controller'
import type { DemoAccounts, DemoAccountStats } from './passport-photo/demo-accounts'
import { accountUpdateSchema, createDemoAccounts } from './passport-photo/demo-accounts'
import { createPassportPhoto, PASSPORT_PHOTO_PREFIX } from './passport-photo/passport-photo-handler'

/** Options for createDemoService. */
export interface DemoServiceOptions {
  /** The path of resources/demo (specs.json and documents/). */
  resourcesDir: string
  /** Clock in ms; injectable so tests can move time (rate limit, token lifetime). */
  now?: () => number
  /** Numbers in [0, 1) for ids and tokens. */
  random?: () => number
  /** How long a document token stays usable; 15 minutes when absent. */
  documentTokenTtlMs?: number
  /** The face engine the simulated Passport Photo service measures faces with; the process's shared one when absent. */
  faces?: FaceEngine
}

/** Everything the demo counts; GET /__demo/stats returns the same JSON. */
export interface DemoStats {
  /** Requests received per pathname, tokens and file ids replaced by {token} / {file} (control routes excluded). */
  requestsByPath: Record<string, number>
  /** Requests a fault rule applied to. */
  faultsApplied: number
  /** Per Passport Photo apiKey. */
  accounts: Record<string, DemoAccountStats>
  /** Per underlying document ('specimen-front', 'specimen-back'). */
  documents: Record<string, DocumentStats>
  /** The fault rules still in force. */
  faults: FaultRule[]
}

/** The control half of the Document Passback simulation. */
export interface DemoDocumentControl {
  configure(options: { tokenTtlMs?: number; expireIssuedTokens?: boolean }): void
}

/** The simulated services behind one web-standard handler. */
export interface DemoService {
  /** Answers one request; throws DemoConnectionDropped when a fault drops the connection. */
  handle(request: Request): Promise<Response>
  faults: FaultController
  stats(): DemoStats
  /** Back to the initial state: fresh accounts, no tokens, files, faults or counts. */
  reset(): void
  accounts: DemoAccounts
  documents: DemoDocumentControl
}

const documentControlSchema = z.strictObject({
  tokenTtlMs: z.number().int().min(0).optional(),
  expireIssuedTokens: z.boolean().optional()
})

/** Creates the demo service. */
export function createDemoService(options: DemoServiceOptions): DemoService {
  const now = options.now ?? Date.now
  const random = options.random ?? cryptoRandom
  const faults = createFaultController()
  const accounts = createDemoAccounts(now)
  const files = createDemoFileStore(random)
  const documents = createDocumentPassback({
    resourcesDir: options.resourcesDir,
    now,
    random,
    ...(options.documentTokenTtlMs === undefined ? {} : { tokenTtlMs: options.documentTokenTtlMs })
  })
  const passport = createPassportPhoto({
    resourcesDir: options.resourcesDir,
    random,
    accounts,
    files,
    faces: options.faces ?? sharedFaceEngine()
  })
  let requestsByPath: Record<string, number> = {}
  let faultsApplied = 0

  function stats(): DemoStats {
    return {
      requestsByPath: { ...requestsByPath },
      faultsApplied,
      accounts: accounts.stats(),
      documents: documents.stats(),
      faults: faults.list()
    }
  }

  function reset(): void {
    faults.clear()
    accounts.reset()
    files.clear()
    documents.reset()
    passport.reset()
    requestsByPath = {}
    faultsApplied = 0
  }

  async function route(target: FaultTarget, request: Request, url: URL): Promise<Response> {
    try {
      return target === 'passport-photo'
        ? await passport.handle(request, url)
        : await documents.handle(request, url)
    } catch (error) {
      if (error instanceof DemoConnectionDropped || request.signal.aborted) throw error
      return errorResponse(500, 'SERVER_ERROR', 'The demo service failed unexpectedly. Try again.')
    }
  }

  async function control(request: Request, url: URL): Promise<Response> {
    const key = `${request.method} ${url.pathname}`
    if (key === 'GET /__demo/stats') return jsonResponse(200, stats())
    if (key === 'DELETE /__demo/faults') {
      faults.clear()
      return jsonResponse(200, { faults: [] })
    }
    if (key === 'POST /__demo/reset') {
      reset()
      return jsonResponse(200, { reset: true })
    }
    const schemas = {
      'POST /__demo/faults': faultRuleSchema,
      'POST /__demo/accounts': accountUpdateSchema,
      'POST /__demo/documents': documentControlSchema
    } as const
    if (!(key in schemas)) return errorResponse(404, 'NOT_FOUND', 'There is no such demo control route.')
    const body = await readJsonBody(request)
    if (!body.ok) return body.response
    const parsed = schemas[key as keyof typeof schemas].safeParse(body.value)
    if (!parsed.success) return errorResponse(400, 'INVALID_REQUEST', z.prettifyError(parsed.error))
    if (key === 'POST /__demo/faults') {
      faults.add(parsed.data as FaultRule)
      return jsonResponse(201, { faults: faults.list() })
    }
    if (key === 'POST /__demo/accounts') {
      try {
        accounts.update(parsed.data as z.infer<typeof accountUpdateSchema>)
      } catch (error) {
        return errorResponse(404, 'NOT_FOUND', error instanceof Error ? error.message : 'Unknown account.')
      }
      return jsonResponse(200, { accounts: accounts.stats() })
    }
    documents.configure(parsed.data as z.infer<typeof documentControlSchema>)
    return jsonResponse(200, { configured: true })
  }

  async function handle(request: Request): Promise<Response> {
    const url = new URL(request.url)
    const pathname = url.pathname
    if (pathname.startsWith('/__demo/')) return control(request, url)
    const counted = statsPath(pathname)
    requestsByPath[counted] = (requestsByPath[counted] ?? 0) + 1
    if (pathname.startsWith('/demo-files/')) {
      const bytes =
        request.method === 'GET' || request.method === 'HEAD' ? files.get(pathname.slice(12)) : undefined
      return bytes === undefined
        ? errorResponse(
            404,
            'NOT_FOUND',
            'This photo link is unknown or has been cleared. Make the photo again.'
          )
        : bytesResponse(bytes, 'image/jpeg')
    }
    const target: FaultTarget | undefined = pathname.startsWith(PASSPORT_PHOTO_PREFIX)
      ? 'passport-photo'
      : pathname.startsWith(DOCUMENT_PASSBACK_PREFIX)
        ? 'document-passback'
        : undefined
    if (target === undefined)
      return errorResponse(404, 'NOT_FOUND', 'There is no such endpoint on the demo service.')
    const rule = faults.take(target, pathname)
    if (rule === undefined) return route(target, request, url)
    faultsApplied++
    if (rule.latencyMs !== undefined && rule.latencyMs > 0) await delay(rule.latencyMs, request.signal)
    if (rule.afterProcessing !== true) return faultResponse(rule) ?? route(target, request, url)
    const real = await route(target, request, url)
    const replacement = faultResponse(rule)
    if (replacement === undefined) return real
    await real.body?.cancel()
    return replacement
  }

  return { handle, faults, stats, reset, accounts, documents }
}

/** The pathname as counted in stats: document tokens and file ids replaced, so stats hold no tokens. */
function statsPath(pathname: string): string {
  if (pathname.startsWith('/demo-files/')) return '/demo-files/{file}'
  return pathname
    .replace(/^\/api\/public\/v3\/documents\/refresh\/[^/]+$/, '/api/public/v3/documents/refresh/{token}')
    .replace(/^\/api\/public\/v3\/documents\/(?!refresh\/)[^/]+$/, '/api/public/v3/documents/{token}')
}

function delay(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) {
      reject(signal.reason)
      return
    }
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort)
      resolve()
    }, ms)
    const onAbort = (): void => {
      clearTimeout(timer)
      reject(signal.reason)
    }
    signal.addEventListener('abort', onAbort, { once: true })
  })
}
