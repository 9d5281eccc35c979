import { AppError } from '../../../shared/errors'
import { sharedFaceEngine } from '../face/shared-engine'
import { toBase64 } from '../image/prepare-upload'
import type { DownloadImage } from '../passport-photo/image-download'
import { detectImageType } from '../passport-photo/image-type'
import type { PassportPhotoClient } from '../passport-photo/passport-photo-client'
import { parseSpecRequirements, type SpecDetails, type SpecRequirements } from '../specs/spec-parse'
import { waitingForUnlock, type AppCheck } from './app-check'
import {
  LinkExpiredError,
  type JobOutcome,
  type MadePhoto,
  type RunJob,
  type RunJobInput,
  type UnlockPhoto
} from './job-types'
import { createUploadCheck, type CheckUpload } from './upload-check'
import { t } from '../i18n/main-language'

/** Dependencies of the app's real job runner. */
export interface DefaultRunJobDeps {
  client: Pick<PassportPhotoClient, 'makeIdPhoto' | 'makeIdPhotoWatermark' | 'getIdPhotoNoWatermark'>
  downloadImage: DownloadImage
  /** Spec details, cache first (the spec catalogue); null when unknown offline, so the upload uses the default size. */
  specDetails: (specCode: string, signal?: AbortSignal) => Promise<SpecDetails | null>
  /**
   * Prepares the upload and checks the face on it, before any quota (upload-check.ts, with the process's face
   * engine); injected by tests.
   */
  check?: CheckUpload
  /** The app's own post-check of a returned photo (app-check.ts); without it none is made. */
  appCheck?: AppCheck
  now?: () => number
  download?: { timeoutMs: number; maxBytes: number }
}

/** Result photos are a few hundred KB; sheets a few MB. 25 MB leaves room and still stops a runaway download. */
export const DEFAULT_DOWNLOAD = { timeoutMs: 30_000, maxBytes: 25_000_000 } as const

/**
 * The real runJob: prepare the upload locally and check the face on it (the job may be held there, before any
 * quota), make the photo (the one call that spends quota, sent once), fetch the result and any sheets, and
 * measure the result against the spec.
 */
export function createDefaultRunJob(deps: DefaultRunJobDeps): RunJob {
  const check = deps.check ?? createUploadCheck(sharedFaceEngine).check
  const now = deps.now ?? Date.now
  const download = deps.download ?? DEFAULT_DOWNLOAD
  const fetchImage = async (url: string, signal: AbortSignal | undefined) =>
    (await deps.downloadImage(url, { ...download, ...(signal ? { signal } : {}) })).bytes

  /** Downloads what the service made; downloads are free, so this is what "Try again" repeats after a failure. */
  const collect = async (made: MadePhoto, photo: Uint8Array | null): Promise<JobOutcome> => {
    const outcome: JobOutcome = { issues: made.issues, watermarked: made.watermarked }
    if (made.photoUuid) outcome.photoUuid = made.photoUuid
    if (made.idPhotoCode) outcome.idPhotoCode = made.idPhotoCode
    try {
      if (photo) outcome.photo = photo
      else if (made.photoUrl) outcome.photo = await fetchImage(made.photoUrl, undefined)
      const sheets: Record<string, Uint8Array> = {}
      for (const [size, url] of Object.entries(made.sheetUrls))
        sheets[size] = await fetchImage(url, undefined)
      if (Object.keys(sheets).length > 0) outcome.sheets = sheets
    } catch (error) {
      // The storage answers 403/404/410 for a link that has expired: downloading again cannot help (issue 15.4).
      if (error instanceof AppError && error.code === 'NOT_FOUND') throw new LinkExpiredError(error)
      const known = error instanceof AppError
      throw new AppError(
        known ? error.code : 'NETWORK',
        t('jobs.error.downloadFailed', { known: known ? 'yes' : 'no', cause: known ? error.message : '' }),
        { cause: error }
      )
    }
    return outcome
  }

  const requirementsFor = async (
    specCode: string,
    signal?: AbortSignal
  ): Promise<SpecRequirements | null> => {
    const details = await deps.specDetails(specCode, signal).catch((error: unknown) => {
      // Offline with no cached details: the service still knows the spec; only the upload size is generic.
      if (error instanceof AppError && (error.code === 'NETWORK' || error.code === 'TIMEOUT')) return null
      throw error
    })
    return details ? parseSpecRequirements(details) : null
  }

  /** The photo as made, with the app's own post-check (a watermarked preview waits for its unlock). */
  const measured = async (
    input: RunJobInput,
    outcome: JobOutcome,
    requirements?: SpecRequirements | null
  ) => {
    if (!deps.appCheck || !outcome.photo) return outcome
    if (outcome.watermarked) return { ...outcome, appCheck: waitingForUnlock(now()) }
    // Never let the measuring fail a photo that is made and paid for: no spec details means "not measured".
    const spec =
      requirements === undefined ? await requirementsFor(input.specCode).catch(() => null) : requirements
    return { ...outcome, appCheck: await deps.appCheck(outcome.photo, spec) }
  }

  return async (input, ctx) => {
    // A kept answer is only downloaded (and measured): no upload, no make call, no quota.
    if (input.resume) return measured(input, await collect(input.resume.made, input.resume.photo))
    const requirements = await requirementsFor(input.specCode, ctx.signal)
    const prepared = await check(input.source, requirements, {
      sensitivity: input.sensitivity,
      faceCrop: input.faceCrop
    })
    // The local face check before any quota: the job rules may hold the job here (ctx.checked throws then).
    await ctx.checked(prepared.local)
    const imageBase64 = toBase64(prepared.upload)
    await ctx.beginUpload()
    const sendOptions = { onSent: () => ctx.markProcessing() }
    const sensitivity = input.sensitivity ? { issueSensitivityOverride: input.sensitivity } : {}

    if (input.mode === 'watermark') {
      const result = await deps.client.makeIdPhotoWatermark(
        {
          imageBase64,
          specCode: input.specCode,
          ...(input.watermarkText ? { watermarkText: input.watermarkText } : {}),
          ...sensitivity
        },
        sendOptions
      )
      const made: MadePhoto = { issues: result.issues, watermarked: true, sheetUrls: {} }
      if (result.photoUuid) made.photoUuid = result.photoUuid
      if (result.idPhotoCode) made.idPhotoCode = result.idPhotoCode
      if (result.idPhotoUrl) made.photoUrl = result.idPhotoUrl
      await ctx.recordMade(made)
      return measured(input, await collect(made, null), requirements)
    }

    const result = await deps.client.makeIdPhoto(
      {
        imageBase64,
        specCode: input.specCode,
        outputFormat: input.outputFormat,
        ...sensitivity,
        ...(input.sheetSizes ? { sheetSizes: input.sheetSizes } : {})
      },
      sendOptions
    )
    const made: MadePhoto = { issues: result.issues, watermarked: false, sheetUrls: result.sheets }
    if (result.photoUuid) made.photoUuid = result.photoUuid
    if (result.idPhotoCode) made.idPhotoCode = result.idPhotoCode
    const photo = result.imageBase64 ? decodeImageBase64(result.imageBase64) : null
    if (!photo && result.idPhotoUrl) made.photoUrl = result.idPhotoUrl
    await ctx.recordMade(made, photo ?? undefined)
    return measured(input, await collect(made, photo), requirements)
  }
}

/** The real unlock: ask for the unwatermarked photo (free) and download it. */
export function createUnlockPhoto(
  deps: Pick<DefaultRunJobDeps, 'client' | 'downloadImage' | 'download'>
): UnlockPhoto {
  const download = deps.download ?? DEFAULT_DOWNLOAD
  return async (photoUuid, signal) => {
    const result = await deps.client.getIdPhotoNoWatermark(photoUuid, signal)
    return (await deps.downloadImage(result.idPhotoUrl, { ...download, ...(signal ? { signal } : {}) })).bytes
  }
}

/** Decodes the base64 photo and checks it is an image; tolerates a data: prefix. */
export function decodeImageBase64(text: string): Buffer {
  const bytes = Buffer.from(text.replace(/^data:[^,]*,/, ''), 'base64')
  if (detectImageType(bytes) === null) {
    throw new AppError('NOT_IMAGE', t('jobs.error.unreadablePhoto'))
  }
  return bytes
}
