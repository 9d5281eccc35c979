import type { z } from 'zod'
import type { FaceEngine } from '../../services/face/face-engine'
import type { DemoFileStore } from '../demo-file-store'
import type { RandomSource } from '../demo-random'
import { randomCode, randomUuid } from '../demo-random'
import { errorResponse, jsonResponse, readJsonBody } from '../demo-responses'
import type { DemoAccount, DemoAccounts } from './demo-accounts'
import {
  credentialsRequestSchema,
  describeValidationError,
  makeIdPhotoRequestSchema,
  makeIdPhotoWatermarkRequestSchema,
  noWatermarkRequestSchema,
  specRequestSchema
} from './passport-schemas'
import type { SensitivityOverride } from './passport-schemas'
import type { MadePhoto } from './photo-maker'
import { makePhoto } from './photo-maker'
import { makePhotoSheet } from './photo-sheet'
import type { SpecCatalogue, SpecEntry } from './spec-catalogue'
import { loadSpecCatalogue, specDetails } from './spec-catalogue'
import { applyWatermark } from './watermark'

/** Where the Passport Photo routes live. */
export const PASSPORT_PHOTO_PREFIX = '/v2/'

/** Dependencies of the simulated Passport Photo service. */
export interface PassportPhotoOptions {
  resourcesDir: string
  random: RandomSource
  accounts: DemoAccounts
  files: DemoFileStore
  /** The app's own face engine: the demo detects and measures real faces. */
  faces: FaceEngine
}

/** The simulated Passport Photo service. */
export interface PassportPhoto {
  handle(request: Request, url: URL): Promise<Response>
  reset(): void
}

/** A watermarked photo waiting to be unlocked; only the account that made it may unlock it. */
interface StoredPhoto {
  apiKey: string
  photo?: Uint8Array
  issues: string[]
}

type Quota = 'makeIdPhoto' | 'makeIdPhotoWatermark'

interface PhotoRequest {
  apiKey: string
  apiSecret: string
  imageBase64: string
  specCode: string
  issueSensitivityOverride?: SensitivityOverride | undefined
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/

/** A data URL's prefix, as other clients of the real API send the image ("data:image/jpeg;base64,…"). */
const DATA_URL_PREFIX = /^data:image\/[a-z0-9.+-]+;base64,/i

/**
 * Decodes standard base64, with or without a `data:image/…;base64,` prefix (the real service accepts both).
 * The URL-safe alphabet is refused: a client bug should show here, not later.
 */
export function decodeBase64(text: string): Uint8Array {
  const compact = text.replace(DATA_URL_PREFIX, '').replace(/\s+/g, '')
  if (compact.length % 4 !== 0 || !BASE64.test(compact)) return new Uint8Array(0)
  return new Uint8Array(Buffer.from(compact, 'base64'))
}

/** The Passport Photo service: validation, accounts and quotas, specs, and real image work. */
export function createPassportPhoto(options: PassportPhotoOptions): PassportPhoto {
  const { accounts, files, random } = options
  const photos = new Map<string, StoredPhoto>()
  let catalogue: Promise<SpecCatalogue> | undefined
  const specs = (): Promise<SpecCatalogue> => (catalogue ??= loadSpecCatalogue(options.resourcesDir))

  /** Validates the body and the credentials; counts the call on the account the key names. */
  function authorize<T extends { apiKey: string; apiSecret: string }>(
    endpoint: string,
    raw: unknown,
    schema: z.ZodType<T>
  ): { ok: true; body: T; account: DemoAccount } | { ok: false; response: Response } {
    const claimedKey =
      typeof raw === 'object' && raw !== null ? (raw as { apiKey?: unknown }).apiKey : undefined
    const claimed = typeof claimedKey === 'string' ? accounts.find(claimedKey) : undefined
    if (claimed) claimed.calls[endpoint] = (claimed.calls[endpoint] ?? 0) + 1
    const parsed = schema.safeParse(raw)
    if (!parsed.success) {
      return {
        ok: false,
        response: errorResponse(400, 'INVALID_REQUEST', describeValidationError(parsed.error))
      }
    }
    const account = accounts.authenticate(parsed.data.apiKey, parsed.data.apiSecret)
    if (account === undefined) {
      return {
        ok: false,
        response: errorResponse(
          401,
          'INVALID_CREDENTIALS',
          'The API key or secret was not accepted. Check the Passport Photo settings.'
        )
      }
    }
    if (account.revoked) {
      return {
        ok: false,
        response: errorResponse(
          403,
          'ACCOUNT_REVOKED',
          'This API key has been revoked. Ask the account owner for a new key.'
        )
      }
    }
    return { ok: true, body: parsed.data, account }
  }

  async function findSpec(specCode: string): Promise<SpecEntry | Response> {
    const spec = (await specs()).get(specCode)
    return (
      spec ??
      errorResponse(
        400,
        'SPEC_NOT_FOUND',
        `There is no photo spec "${specCode}". Choose a spec from the list and try again.`
      )
    )
  }

  /** Spends one unit, or answers 403 and spends nothing. */
  function charge(account: DemoAccount, quota: Quota): Response | undefined {
    const s = account.subscription
    const remaining = quota === 'makeIdPhoto' ? s.makeIdPhotoApiRemaining : s.makeIdPhotoWatermarkApiRemaining
    if (remaining <= 0) {
      return errorResponse(
        403,
        'QUOTA_EXHAUSTED',
        'The photo allowance for this account is used up. Wait for the monthly reset or upgrade the plan.'
      )
    }
    if (quota === 'makeIdPhoto') s.makeIdPhotoApiRemaining--
    else s.makeIdPhotoWatermarkApiRemaining--
    account.charges++
    return undefined
  }

  /** Validation, credentials, spec and quota, in that order, then the photo itself. */
  async function prepare<T extends PhotoRequest>(
    endpoint: Quota,
    raw: unknown,
    schema: z.ZodType<T>
  ): Promise<{ body: T; spec: SpecEntry; made: MadePhoto } | Response> {
    const auth = authorize(endpoint, raw, schema)
    if (!auth.ok) return auth.response
    const spec = await findSpec(auth.body.specCode)
    if (spec instanceof Response) return spec
    const refused = charge(auth.account, endpoint)
    if (refused) return refused
    const made = await makePhoto(
      decodeBase64(auth.body.imageBase64),
      spec,
      options.faces,
      auth.body.issueSensitivityOverride
    )
    return { body: auth.body, spec, made }
  }

  const idPhotoCode = (spec: SpecEntry, made: MadePhoto): { idPhotoCode?: string } =>
    // "uk-" and not just "uk": the code is the UK Passport Office's; ukraine-* specs do not get one.
    spec.specCode.startsWith('uk-') && made.photo ? { idPhotoCode: randomCode(random, 16) } : {}

  const routes: Record<string, (raw: unknown, origin: string) => Promise<Response>> = {
    async queryAccountStatus(raw) {
      const auth = authorize('queryAccountStatus', raw, credentialsRequestSchema)
      if (!auth.ok) return auth.response
      const a = auth.account
      return jsonResponse(200, {
        accountStatus: a.accountStatus,
        ...(a.accountStatus === 'FREE_TRIAL' ? { freeTrialEndTime: a.freeTrialEndTime } : {}),
        subscription: { ...a.subscription }
      })
    },

    async listIdPhotoSpecCode(raw) {
      const auth = authorize('listIdPhotoSpecCode', raw, credentialsRequestSchema)
      if (!auth.ok) return auth.response
      const results = (await specs())
        .list()
        .map((s) => ({ specCode: s.specCode, specCodeName: s.specCodeName }))
      return jsonResponse(200, { results, total: results.length })
    },

    async getIdPhotoSpec(raw) {
      const auth = authorize('getIdPhotoSpec', raw, specRequestSchema)
      if (!auth.ok) return auth.response
      const spec = await findSpec(auth.body.specCode)
      return spec instanceof Response ? spec : jsonResponse(200, specDetails(spec))
    },

    async makeIdPhoto(raw, origin) {
      const prepared = await prepare('makeIdPhoto', raw, makeIdPhotoRequestSchema)
      if (prepared instanceof Response) return prepared
      const { body, spec, made } = prepared
      const answer: Record<string, unknown> = { photoUuid: randomUuid(random) }
      if (made.photo) {
        if (body.outputFormat === 'IMAGE_BASE64')
          answer['idphotoImageBase64'] = Buffer.from(made.photo).toString('base64')
        else answer['idPhotoUrl'] = files.put(made.photo, origin)
      }
      if (made.original) answer['originalPhotoUrl'] = files.put(made.original, origin)
      answer['issues'] = made.issues
      Object.assign(answer, idPhotoCode(spec, made))
      if (made.photo && body.photoSheet) {
        const sheets: Record<string, string> = {}
        for (const size of body.photoSheet.sheetSizes) {
          const [w, h] = size.split('*').map(Number) as [number, number]
          sheets[size] = files.put(
            await makePhotoSheet(made.photo, spec.widthPx, spec.heightPx, w, h),
            origin
          )
        }
        answer['photoSheet'] = sheets
      }
      return jsonResponse(200, answer)
    },

    async makeIdPhotoWatermark(raw, origin) {
      const prepared = await prepare('makeIdPhotoWatermark', raw, makeIdPhotoWatermarkRequestSchema)
      if (prepared instanceof Response) return prepared
      const { body, spec, made } = prepared
      const photoUuid = randomUuid(random)
      photos.set(photoUuid, {
        apiKey: body.apiKey,
        issues: made.issues,
        ...(made.photo ? { photo: made.photo } : {})
      })
      const answer: Record<string, unknown> = { photoUuid }
      if (made.photo) {
        const text = body.watermarkText ?? 'Preview'
        answer['idPhotoUrl'] = files.put(
          await applyWatermark(made.photo, spec.widthPx, spec.heightPx, text),
          origin
        )
      }
      answer['issues'] = made.issues
      answer['waterMark'] = made.photo !== undefined
      Object.assign(answer, idPhotoCode(spec, made))
      return jsonResponse(200, answer)
    },

    async getIdPhotoNoWatermark(raw, origin) {
      const auth = authorize('getIdPhotoNoWatermark', raw, noWatermarkRequestSchema)
      if (!auth.ok) return auth.response
      const stored = photos.get(auth.body.photoUuid)
      if (stored === undefined || stored.apiKey !== auth.account.apiKey) {
        return errorResponse(
          404,
          'PHOTO_NOT_FOUND',
          'This preview is unknown to the service (or belongs to another account). Make the preview again.'
        )
      }
      return jsonResponse(200, {
        photoUuid: auth.body.photoUuid,
        ...(stored.photo ? { idPhotoUrl: files.put(stored.photo, origin) } : {}),
        issues: stored.issues,
        waterMark: false
      })
    }
  }

  return {
    async handle(request, url) {
      const endpoint = url.pathname.slice(PASSPORT_PHOTO_PREFIX.length)
      if (endpoint === 'health') {
        if (request.method !== 'GET') return methodNotAllowed('GET')
        return jsonResponse(200, { status: 'GOOD' })
      }
      const route = Object.hasOwn(routes, endpoint) ? routes[endpoint] : undefined
      if (route === undefined)
        return errorResponse(404, 'NOT_FOUND', 'There is no such Passport Photo endpoint.')
      if (request.method !== 'POST') return methodNotAllowed('POST')
      const body = await readJsonBody(request)
      if (!body.ok) return body.response
      return route(body.value, url.origin)
    },
    reset() {
      photos.clear()
    }
  }
}

function methodNotAllowed(allowed: string): Response {
  return errorResponse(405, 'METHOD_NOT_ALLOWED', `Use ${allowed} for this endpoint.`, { allow: allowed })
}
