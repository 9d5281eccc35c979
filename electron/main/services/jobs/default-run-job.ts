import { AppError } from '../../../shared/errors'
import { prepareUpload, toBase64, type PreparedUpload } from '../image/prepare-upload'
import type { DownloadImage } from '../passport-photo/image-download'
import { detectImageType } from '../passport-photo/image-type'
import type { PassportPhotoClient } from '../passport-photo/passport-photo-client'
import { parseSpec, type ParsedSpec, type SpecDetails } from '../specs/spec-parse'
import { LinkExpiredError, type JobOutcome, type MadePhoto, type RunJob, type UnlockPhoto } from './job-types'

/** Dependencies of the app's real job runner. */
export interface DefaultRunJobDeps {
  client: Pick<PassportPhotoClient, 'makeIdPhoto' | 'makeIdPhotoWatermark' | 'getIdPhotoNoWatermark'>
  downloadImage: DownloadImage
  /** Spec details, cache first (the spec catalogue); null when unknown offline, so the upload uses the default size. */
  specDetails: (specCode: string, signal?: AbortSignal) => Promise<SpecDetails | null>
  /** Injected for tests; defaults to the image service's prepareUpload. */
  prepare?: (bytes: Uint8Array, spec: ParsedSpec | null) => Promise<PreparedUpload>
  download?: { timeoutMs: number; maxBytes: number }
}

/** Result photos are a few hundred KB; sheets a few MB. 25 MB leaves room and still stops a runaway download. */
export const DEFAULT_DOWNLOAD = { timeoutMs: 30_000, maxBytes: 25_000_000 } as const

/**
 * The real runJob: prepare the upload locally, make the photo (the one call that spends quota, sent once),
 * then fetch the result and any sheets.
 */
export function createDefaultRunJob(deps: DefaultRunJobDeps): RunJob {
  const prepare = deps.prepare ?? ((bytes, spec) => prepareUpload(bytes, spec))
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
      const cause = error instanceof AppError ? ` (${error.message})` : ''
      throw new AppError(
        error instanceof AppError ? error.code : 'NETWORK',
        `The photo was made and counted against the quota, but downloading it failed${cause}. ` +
          '"Try again" downloads it again without using quota.',
        { cause: error }
      )
    }
    return outcome
  }

  return async (input, ctx) => {
    // A kept answer is only downloaded: no upload, no make call, no quota.
    if (input.resume) return collect(input.resume.made, input.resume.photo)
    const details = await deps.specDetails(input.specCode, ctx.signal).catch((error: unknown) => {
      // Offline with no cached details: the service still knows the spec; only the upload size is generic.
      if (error instanceof AppError && (error.code === 'NETWORK' || error.code === 'TIMEOUT')) return null
      throw error
    })
    const prepared = await prepare(input.source, details ? parseSpec(details) : null)
    const imageBase64 = toBase64(prepared)
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
      return collect(made, null)
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
    return collect(made, photo)
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
    throw new AppError(
      'NOT_IMAGE',
      'The service sent a photo we could not open. Check the account panel before trying again.'
    )
  }
  return bytes
}
