import { AppError } from '../../../../electron/shared/errors'
import type { DefaultRunJobDeps } from '../../../../electron/main/services/jobs/default-run-job'
import type { CheckUpload } from '../../../../electron/main/services/jobs/upload-check'
import type { FindingView } from '../../../../electron/shared/contract/face-check'
import type { DownloadImage } from '../../../../electron/main/services/passport-photo/image-download'

/** What the next make call does. The request counts as a make call in every case. */
export type MakeBehaviour =
  /** The request never left: no connection. */
  | 'unreachable'
  /** Sent; the service failed before it processed (and charged) anything. */
  | 'fails-before-processing'
  /** Sent; the service processed and charged, then failed to answer. */
  | 'fails-after-processing'
  /** Answered with a photo (and a sheet). */
  | 'ok'
  /** Answered with issues about the photo and no photo. */
  | 'issues'
  /** Answers with a photo, but only once the test calls release(): meanwhile the job holds its slot. */
  | 'slow'

/** What the next download does. */
export type DownloadBehaviour = 'ok' | 'fails' | 'expired'

/**
 * What the local face check finds on a job's photo (the same every time, as with a real photo). 'mouth-open' is a
 * warning that holds a job by default; 'tilted' one that only shows; 'unavailable' is the engine failing. Once a
 * face is picked the cropped photo shows one face.
 */
export type CheckBehaviour = 'clear' | 'no-face' | 'two-faces' | 'mouth-open' | 'tilted' | 'unavailable'

const FINDINGS: Record<Exclude<CheckBehaviour, 'clear' | 'unavailable'>, FindingView> = {
  'no-face': {
    code: 'NO_FACE',
    kind: 'refusal',
    message: 'No face was found.',
    advice: 'Use another photo.'
  },
  'two-faces': {
    code: 'MULTIPLE_FACES',
    kind: 'refusal',
    message: 'There are 2 faces.',
    advice: 'Pick one.',
    faces: [
      { left: 0, top: 0, width: 1, height: 1 },
      { left: 1, top: 0, width: 1, height: 1 }
    ]
  },
  'mouth-open': { code: 'MOUTH_OPEN', kind: 'warning', message: 'The mouth is open.', advice: 'Close it.' },
  tilted: { code: 'HEAD_TILTED', kind: 'warning', message: 'The head is tilted.', advice: 'Straighten it.' }
}

const JPEG = (tag: number) => new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, tag & 0xff, 1, 2, 3])

/**
 * The Passport Photo service and its storage, at the edge of the real runner: counts every make call (which job
 * it came from is read from the upload, since each test source carries its job's tag), charges as the real
 * service would, and answers as scripted.
 */
export function createFakePhotoService() {
  const makeScript: MakeBehaviour[] = []
  const photoShows = new Map<number, CheckBehaviour>()
  let checks = 0
  const downloadScript: DownloadBehaviour[] = []
  const stored = new Map<string, Uint8Array>()
  const callsByTag = new Map<number, number>()
  let makeCalls = 0
  let charges = 0
  const held: (() => void)[] = []
  const hold = () => new Promise<void>((resolve) => held.push(resolve))

  const tagOf = (imageBase64: string) => Buffer.from(imageBase64, 'base64')[6] ?? -1

  async function make(imageBase64: string, outputFormat: string, onSent?: () => void) {
    makeCalls++
    const tag = tagOf(imageBase64)
    callsByTag.set(tag, (callsByTag.get(tag) ?? 0) + 1)
    const behaviour = makeScript.shift() ?? 'ok'
    await Promise.resolve()
    if (behaviour === 'unreachable')
      throw new AppError('NETWORK', 'Could not reach the Passport Photo service.')
    onSent?.()
    await Promise.resolve()
    if (behaviour === 'fails-before-processing')
      throw new AppError('SERVER_ERROR', 'The service had a problem (HTTP 503).')
    if (behaviour === 'slow') await hold()
    charges++
    if (behaviour === 'fails-after-processing')
      throw new AppError('SERVER_ERROR', 'The service had a problem (HTTP 500). It may have used one photo.')
    const photoUuid = `photo-${makeCalls}`
    if (behaviour === 'issues') return { photoUuid, issues: ['ISSUE_FACE_NOT_FOUND'], sheets: {} }
    const sheetUrl = `https://storage.test/${photoUuid}-sheet.jpg`
    stored.set(sheetUrl, JPEG(tag))
    if (outputFormat === 'IMAGE_BASE64') {
      return {
        photoUuid,
        issues: [],
        imageBase64: Buffer.from(JPEG(tag)).toString('base64'),
        sheets: { '1800*1200': sheetUrl }
      }
    }
    const idPhotoUrl = `https://storage.test/${photoUuid}.jpg`
    stored.set(idPhotoUrl, JPEG(tag))
    return { photoUuid, idPhotoUrl, issues: [], sheets: { '1800*1200': sheetUrl } }
  }

  const download = async (url: string) => {
    await Promise.resolve()
    const behaviour = downloadScript.shift() ?? 'ok'
    if (behaviour === 'fails')
      throw new AppError('NETWORK', 'The connection dropped while the photo was downloading.')
    const bytes = stored.get(url)
    if (behaviour === 'expired' || !bytes) {
      // What the real downloader says for a 403/404/410 from the storage.
      throw new AppError(
        'NOT_FOUND',
        'The photo link has expired or is no longer available. Make the photo again.'
      )
    }
    return { bytes: Buffer.from(bytes), type: 'jpeg' as const }
  }

  /**
   * One app process's connection to the service. `kill()` plays a crash: no call of this connection, in flight
   * or later, ever comes back (a make call already sent still counts, and may still be charged).
   */
  function connect() {
    let dead = false
    const never = () => new Promise<never>(() => undefined)
    const live = <T>(work: () => Promise<T>): Promise<T> =>
      dead
        ? never()
        : work().then(
            (value) => (dead ? never() : value),
            (error: unknown) => (dead ? never() : Promise.reject(error))
          )
    const client: DefaultRunJobDeps['client'] = {
      makeIdPhoto: (input, options) =>
        live(() => make(input.imageBase64, input.outputFormat ?? 'IMAGE_BASE64', options?.onSent)) as never,
      makeIdPhotoWatermark: (input, options) =>
        live(() => make(input.imageBase64, 'S3_URL', options?.onSent)) as never,
      getIdPhotoNoWatermark: (photoUuid) =>
        live(async () => {
          const idPhotoUrl = `https://storage.test/${photoUuid}-final.jpg`
          stored.set(idPhotoUrl, JPEG(0))
          return { photoUuid, idPhotoUrl, issues: [], watermarked: false }
        })
    }
    const downloadImage: DownloadImage = (url) => live(() => download(url))
    return {
      client,
      downloadImage,
      kill: () => {
        dead = true
      }
    }
  }

  /**
   * The run's local step: the bytes go on as the upload, unchanged (they carry the job's tag), with what the
   * script says the face check found. A picked face crops the photo to one face.
   */
  const check: CheckUpload = async (bytes, _requirements, options) => {
    checks++
    await Promise.resolve()
    const behaviour = photoShows.get(bytes[6] ?? -1) ?? 'clear'
    const upload = { jpeg: Buffer.from(bytes), width: 1, height: 1, bytes: bytes.length } as never
    const found = options.faceCrop && behaviour === 'two-faces' ? 'clear' : behaviour
    if (found === 'unavailable') {
      return {
        upload,
        local: {
          check: { unchecked: true, message: 'Not checked.', findings: [], overlay: null },
          photo: null
        }
      }
    }
    const findings = found === 'clear' ? [] : [FINDINGS[found]]
    const faceCrops = found === 'two-faces' ? FINDINGS['two-faces'].faces : undefined
    return {
      upload,
      local: {
        check: { unchecked: false, findings, overlay: null, ...(faceCrops ? { faceCrops } : {}) },
        photo: null
      }
    }
  }

  return {
    connect,
    check,
    /** What the local face check finds on the photo of job `tag`. */
    photoShows: (tag: number, behaviour: CheckBehaviour) => void photoShows.set(tag, behaviour),
    /** How many local checks ran (none spends quota). */
    checks: () => checks,
    /** The upload as the runner would send it, tagged with the job's number. */
    source: (tag: number) => JPEG(tag),
    scriptMake: (...behaviours: MakeBehaviour[]) => void makeScript.push(...behaviours),
    scriptDownload: (...behaviours: DownloadBehaviour[]) => void downloadScript.push(...behaviours),
    makeCalls: () => makeCalls,
    makeCallsFor: (tag: number) => callsByTag.get(tag) ?? 0,
    charges: () => charges,
    /** Lets every 'slow' call answer. */
    release: () => held.splice(0).forEach((resolve) => resolve())
  }
}

/** The fake service's type. */
export type FakePhotoService = ReturnType<typeof createFakePhotoService>
