import type { z } from 'zod'
import { AppError, isAppError } from '../../../shared/errors'
import { t } from '../i18n/main-language'
import { readBody, sendRequest, type FetchLike } from '../http/http-client'
import { SpecDetailsSchema } from '../specs/spec-parse'
import { errorForStatus, malformedResponse, type CallKind } from './api-errors'
import {
  AccountStatusSchema,
  HealthSchema,
  MakeIdPhotoResponseSchema,
  MakeIdPhotoWatermarkResponseSchema,
  NoWatermarkResponseSchema,
  SpecListResponseSchema,
  type AccountStatus,
  type MakeIdPhotoResult,
  type MakeIdPhotoWatermarkResult,
  type NoWatermarkResult,
  type SpecSummary
} from './api-schemas'

/** The API's credentials; they travel only in request bodies, never in URLs, messages or logs. */
export interface PassportPhotoCredentials {
  apiKey: string
  apiSecret: string
}

/** Per-check strictness the service accepts. */
export type SensitivityLevel = 'VERY_LOW' | 'LOW' | 'MEDIUM' | 'HIGH' | 'VERY_HIGH'

/** The checks whose strictness can be overridden. */
export type SensitivityOverride = Partial<
  Record<
    | 'ISSUE_FACE_LIGHT_NOT_BALANCE'
    | 'ISSUE_FACE_BRIGHTNESS_BAD'
    | 'ISSUE_HEAD_YAW_OVER_THRESHOLD'
    | 'ISSUE_HEAD_PITCH_OVER_THRESHOLD',
    SensitivityLevel
  >
>

/** How makeIdPhoto returns the photo. */
export type OutputFormat = 'S3_URL' | 'IMAGE_BASE64'

/** The watermark words the service accepts. */
export type WatermarkText = 'Preview' | 'Aperçu'

/** Input of makeIdPhoto. */
export interface MakeIdPhotoInput {
  /** The prepared JPEG, base64 without a data: prefix. */
  imageBase64: string
  specCode: string
  outputFormat: OutputFormat
  issueSensitivityOverride?: SensitivityOverride
  /** Sheet sizes in pixels as "width*height", e.g. "1800*1200". */
  sheetSizes?: string[]
}

/** Input of makeIdPhotoWatermark. */
export interface MakeIdPhotoWatermarkInput {
  imageBase64: string
  specCode: string
  watermarkText?: WatermarkText
  issueSensitivityOverride?: SensitivityOverride
}

/** Options of a call that spends quota. */
export interface SpendingCallOptions {
  signal?: AbortSignal
  /** Called once the request has been handed to the network: from here on it may spend quota. */
  onSent?: () => void
}

/** Dependencies of the client. */
export interface PassportPhotoClientDeps {
  fetch: FetchLike
  /** The region's base URL, read on every call so a Settings change applies at once. */
  baseUrl: () => string
  credentials: () => Promise<PassportPhotoCredentials>
  /** Milliseconds; reads are quick, making a photo is not. */
  timeoutMs?: { read: number; make: number }
  /** Wait before the single retry of a free read; injectable so tests do not wait. */
  sleep?: (ms: number) => Promise<void>
  /** Backoff before retrying a free read once. */
  retryDelayMs?: number
}

/** The Passport Photo API, one method per endpoint. */
export interface PassportPhotoClient {
  health(signal?: AbortSignal): Promise<{ status: string }>
  queryAccountStatus(signal?: AbortSignal): Promise<AccountStatus>
  makeIdPhoto(input: MakeIdPhotoInput, options?: SpendingCallOptions): Promise<MakeIdPhotoResult>
  makeIdPhotoWatermark(
    input: MakeIdPhotoWatermarkInput,
    options?: SpendingCallOptions
  ): Promise<MakeIdPhotoWatermarkResult>
  getIdPhotoNoWatermark(photoUuid: string, signal?: AbortSignal): Promise<NoWatermarkResult>
  listSpecs(signal?: AbortSignal): Promise<SpecSummary[]>
  getSpec(specCode: string, signal?: AbortSignal): Promise<z.infer<typeof SpecDetailsSchema>>
}

/** Default timeouts: reads answer in a second or two; making a photo can take half a minute under load. */
export const DEFAULT_TIMEOUTS = { read: 15_000, make: 90_000 } as const

interface CallSpec<S extends z.ZodType> {
  method: 'GET' | 'POST'
  path: string
  body?: Record<string, unknown>
  schema: S
  kind: CallKind
  /** Only free, idempotent reads may be retried, and only once. */
  retryable: boolean
  signal?: AbortSignal | undefined
  onSent?: (() => void) | undefined
}

/** Creates the client. It never retries a call that spends quota; free reads are retried once on network/5xx. */
export function createPassportPhotoClient(deps: PassportPhotoClientDeps): PassportPhotoClient {
  const timeouts = deps.timeoutMs ?? DEFAULT_TIMEOUTS
  const sleep = deps.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)))
  const retryDelayMs = deps.retryDelayMs ?? 500

  async function callOnce<S extends z.ZodType>(spec: CallSpec<S>): Promise<z.output<S>> {
    const url = joinUrl(deps.baseUrl(), spec.path)
    const init: RequestInit = { method: spec.method, headers: { accept: 'application/json' } }
    if (spec.body !== undefined) {
      const credentials = await deps.credentials()
      init.body = JSON.stringify({
        apiKey: credentials.apiKey,
        apiSecret: credentials.apiSecret,
        ...spec.body
      })
      init.headers = { accept: 'application/json', 'content-type': 'application/json' }
    }
    const timeoutMs = spec.kind === 'make' ? timeouts.make : timeouts.read
    // The key and secret are in the body: sendRequest refuses redirects, so a 307/308 cannot carry them elsewhere.
    const pending = sendRequest(deps.fetch, url, init, {
      timeoutMs,
      service: 'passportPhoto',
      ...signalOpt(spec.signal)
    })
    spec.onSent?.()
    const response = await pending
    const bytes = await readBody(response, 'passportPhoto')
    const text = new TextDecoder().decode(bytes)
    if (!response.ok) throw errorForStatus(response.status, text, response.headers, spec.kind)
    let json: unknown
    try {
      json = JSON.parse(text)
    } catch (error) {
      throw malformedResponse(spec.kind, error)
    }
    const parsed = spec.schema.safeParse(json)
    if (!parsed.success) throw malformedResponse(spec.kind, parsed.error)
    return parsed.data
  }

  async function call<S extends z.ZodType>(spec: CallSpec<S>): Promise<z.output<S>> {
    try {
      return await callOnce(spec)
    } catch (error) {
      if (spec.kind === 'make') throw withQuotaNote(error, timeouts.make)
      if (!spec.retryable || !isTransient(error) || spec.signal?.aborted) throw error
      await sleep(retryDelayMs)
      if (spec.signal?.aborted) throw new AppError('CANCELLED', t('errors.http.cancelled'))
      return callOnce(spec)
    }
  }

  return {
    health: (signal) =>
      call({
        method: 'GET',
        path: '/v2/health',
        schema: HealthSchema,
        kind: 'read',
        retryable: true,
        signal
      }),
    queryAccountStatus: (signal) =>
      call({
        method: 'POST',
        path: '/v2/queryAccountStatus',
        body: {},
        schema: AccountStatusSchema,
        kind: 'read',
        retryable: true,
        signal
      }),
    makeIdPhoto: (input, options) =>
      call({
        method: 'POST',
        path: '/v2/makeIdPhoto',
        body: {
          imageBase64: input.imageBase64,
          specCode: input.specCode,
          outputFormat: input.outputFormat,
          ...(input.issueSensitivityOverride
            ? { issueSensitivityOverride: input.issueSensitivityOverride }
            : {}),
          ...(input.sheetSizes && input.sheetSizes.length > 0
            ? { photoSheet: { sheetSizes: input.sheetSizes } }
            : {})
        },
        schema: MakeIdPhotoResponseSchema,
        kind: 'make',
        retryable: false,
        signal: options?.signal,
        onSent: options?.onSent
      }),
    makeIdPhotoWatermark: (input, options) =>
      call({
        method: 'POST',
        path: '/v2/makeIdPhotoWatermark',
        body: {
          imageBase64: input.imageBase64,
          specCode: input.specCode,
          ...(input.watermarkText ? { watermarkText: input.watermarkText } : {}),
          ...(input.issueSensitivityOverride
            ? { issueSensitivityOverride: input.issueSensitivityOverride }
            : {})
        },
        schema: MakeIdPhotoWatermarkResponseSchema,
        kind: 'make',
        retryable: false,
        signal: options?.signal,
        onSent: options?.onSent
      }),
    getIdPhotoNoWatermark: (photoUuid, signal) =>
      call({
        method: 'POST',
        path: '/v2/getIdPhotoNoWatermark',
        body: { photoUuid },
        schema: NoWatermarkResponseSchema,
        kind: 'unlock',
        retryable: true,
        signal
      }),
    listSpecs: async (signal) =>
      (
        await call({
          method: 'POST',
          path: '/v2/listIdPhotoSpecCode',
          body: {},
          schema: SpecListResponseSchema,
          kind: 'read',
          retryable: true,
          signal
        })
      ).results,
    getSpec: (specCode, signal) =>
      call({
        method: 'POST',
        path: '/v2/getIdPhotoSpec',
        body: { specCode },
        schema: SpecDetailsSchema,
        kind: 'spec',
        retryable: true,
        signal
      })
  }
}

function signalOpt(signal: AbortSignal | undefined): { signal?: AbortSignal } {
  return signal ? { signal } : {}
}

function joinUrl(base: string, path: string): string {
  return base.replace(/\/+$/, '') + path
}

function isTransient(error: unknown): boolean {
  return isAppError(error) && (error.code === 'NETWORK' || error.code === 'SERVER_ERROR')
}

/** A transport failure on a spending call may still have been charged; say so, so nobody retries blindly. */
function withQuotaNote(error: unknown, timeoutMs: number): unknown {
  if (!isAppError(error)) return error
  if (error.code === 'NETWORK') {
    return new AppError('NETWORK', t('passportPhoto.error.makeConnectionLost'), { cause: error })
  }
  if (error.code === 'TIMEOUT') {
    return new AppError(
      'TIMEOUT',
      t('passportPhoto.error.makeTimeout', { seconds: Math.round(timeoutMs / 1000) }),
      {
        cause: error
      }
    )
  }
  return error
}
