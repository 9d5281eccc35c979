import sharp from 'sharp'
import { isAppError } from '../../../shared/errors'
import { analyseUpload, type FaceAnalysis } from '../face/analyse-photo'
import { cropUploadToFace, faceCropRect } from '../face/crop-to-face'
import type { FaceEngine } from '../face/face-engine'
import type { RawImage, Rect } from '../face/face-types'
import type { SensitivityOverride } from '../face/thresholds'
import { ANALYSIS_EDGE, preparePhoto } from '../image/prepare-photo'
import type { PreparedUpload } from '../image/prepare-upload'
import type { SpecRequirements } from '../specs/spec-parse'
import type { LocalCheck } from './job-types'
import { t } from '../i18n/main-language'

/** The upload to send and what the local face check found on it. */
export interface CheckedUpload {
  upload: PreparedUpload
  local: LocalCheck
}

/** What the check of one run needs to know of the job. */
export interface UploadCheckOptions {
  sensitivity?: SensitivityOverride | undefined
  /** The operator picked one of several faces: the upload is cropped to it (upload pixels) before the check. */
  faceCrop?: Rect | undefined
  /** The dropped file's name (only to recognise camera RAW files that look like TIFF). */
  fileName?: string | undefined
}

/** Prepares the upload and checks the face on it; the run's one local step before the paid call. */
export type CheckUpload = (
  bytes: Uint8Array,
  requirements: SpecRequirements | null,
  options: UploadCheckOptions
) => Promise<CheckedUpload>

/** The upload check, and its first half run early, when the photo is dropped. */
export interface UploadCheck {
  check: CheckUpload
  /**
   * Pre-flight at the drop: the same one decode and face check, run at once, so a bad file is refused before a
   * job exists (the AppErrors of preflightImage) and the first run of the job reuses the result instead of
   * decoding the photo again. Kept against these very bytes (the queue hands the run the same array) and dropped
   * with them.
   */
  prime(bytes: Uint8Array, requirements: SpecRequirements | null, options: UploadCheckOptions): Promise<void>
}

/**
 * The real check: one decode of the dropped photo gives the upload and the analysis pixels (preparePhoto), the
 * engine measures the face in its worker, and the findings are worded for the counter. A picked face crops the
 * upload and is measured again. The engine failing never loses the upload: the check is then "unchecked", with the
 * engine's own message, and the job rules hold it for the operator.
 */
export function createUploadCheck(faces: () => FaceEngine): UploadCheck {
  const primed = new WeakMap<Uint8Array, { key: string; result: CheckedUpload }>()
  const keyOf = (requirements: SpecRequirements | null, options: UploadCheckOptions) =>
    JSON.stringify([
      requirements?.spec.specCode ?? null,
      Object.entries(options.sensitivity ?? {})
        .filter(([, level]) => level !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : 1))
    ])
  const check = checkUpload(faces)
  return {
    async check(bytes, requirements, options) {
      const early = primed.get(bytes)
      primed.delete(bytes)
      if (early && !options.faceCrop && early.key === keyOf(requirements, options)) return early.result
      return check(bytes, requirements, options)
    },
    async prime(bytes, requirements, options) {
      primed.set(bytes, {
        key: keyOf(requirements, options),
        result: await check(bytes, requirements, options)
      })
    }
  }
}

function checkUpload(faces: () => FaceEngine): CheckUpload {
  return async (bytes, requirements, options) => {
    const analyse = requirements
      ? (pixels: RawImage, uploadWidth: number) =>
          analyseUpload(faces(), pixels, requirements, {
            uploadWidth,
            ...(options.sensitivity ? { sensitivity: options.sensitivity } : {})
          })
      : null
    const prepared = await preparePhoto(bytes, requirements?.spec ?? null, {
      ...(options.fileName ? { fileName: options.fileName } : {}),
      ...(analyse && !options.faceCrop ? { analyse: (px, size) => analyse(px, size.width) } : {})
    })
    let upload = prepared.upload
    let analysed: FaceAnalysis | null = prepared.analysed
    let failure: unknown = prepared.analysisError
    if (options.faceCrop) {
      const jpeg = await cropUploadToFace(upload.jpeg, options.faceCrop, 1)
      const pixels = await analysisPixels(jpeg)
      upload = {
        ...upload,
        jpeg,
        bytes: jpeg.byteLength,
        width: pixels.uploadWidth,
        height: pixels.uploadHeight
      }
      if (analyse) {
        analysed = await analyse(pixels.image, pixels.uploadWidth).catch((error: unknown) => {
          failure = error
          return null
        })
      }
    }
    const origin = options.faceCrop ?? { left: 0, top: 0 }
    return { upload, local: localCheck(upload, analysed, analyse ? failure : NO_SPEC, origin) }
  }
}

const NO_SPEC = Symbol('no spec details')

/**
 * The check as the job keeps it. `origin` is where the checked photo sits in the uncropped upload: the crops
 * offered for a pick are kept in the uncropped upload's pixels, so a second pick still crops the right part.
 */
function localCheck(
  upload: PreparedUpload,
  analysed: FaceAnalysis | null,
  failure: unknown,
  origin: { left: number; top: number }
): LocalCheck {
  if (!analysed) {
    const message =
      failure === NO_SPEC
        ? t('jobs.upload.noSpec')
        : isAppError(failure)
          ? failure.message
          : t('jobs.upload.unchecked')
    return { check: { unchecked: true, message, findings: [], overlay: null }, photo: upload.jpeg }
  }
  const several = analysed.measurement.faces.length > 1
  return {
    check: {
      unchecked: false,
      findings: analysed.findings,
      overlay: analysed.overlay,
      // One crop per face, in the upload's pixels, for the operator's pick.
      ...(several
        ? {
            faceCrops: analysed.measurement.faces.map((_, i) => {
              const crop = scaleRect(faceCropRect(analysed.measurement, i), analysed.uploadScale)
              return { ...crop, left: crop.left + origin.left, top: crop.top + origin.top }
            })
          }
        : {})
    },
    photo: upload.jpeg
  }
}

function scaleRect(r: Rect, k: number): Rect {
  return { left: r.left * k, top: r.top * k, width: r.width * k, height: r.height * k }
}

/** Pixels of a cropped upload for the analysis, at most ANALYSIS_EDGE on the long side. */
async function analysisPixels(jpeg: Uint8Array) {
  const meta = await sharp(jpeg).metadata()
  const { data, info } = await sharp(jpeg)
    .resize(ANALYSIS_EDGE, ANALYSIS_EDGE, { fit: 'inside', withoutEnlargement: true })
    .removeAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true })
  const image: RawImage = { data, width: info.width, height: info.height, channels: 3 }
  return { image, uploadWidth: meta.width ?? info.width, uploadHeight: meta.height ?? info.height }
}
