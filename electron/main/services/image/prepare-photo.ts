import type { ParsedSpec } from '../specs/spec-parse'
import { preflightHeader, type PreflightOptions, type PreflightResult } from './preflight'
import { prepareUpload, type PreparedUpload } from './prepare-upload'

/**
 * The long edge of the pixels handed to the face analysis: the worker's own working size (resample.ts WORK_EDGE);
 * libvips makes that copy from the decoded upload far faster than the worker could.
 */
export const ANALYSIS_EDGE = 640

/** A dropped photo, checked and prepared for upload, with pixels for the face analysis. */
export interface PreparedPhoto<T = undefined> {
  preflight: PreflightResult
  upload: PreparedUpload
  /** The upload's pixels, at most ANALYSIS_EDGE on the long side, for analyseUpload. */
  analysis: NonNullable<PreparedUpload['analysis']>
  /** What `analyse` returned; null without it, or when it failed (see analysisError). */
  analysed: T | null
  /** Why `analyse` failed (for a face check: FACE_CHECK_UNAVAILABLE); the upload is made all the same. */
  analysisError: unknown
}

/** Options for preparePhoto. */
export interface PreparePhotoOptions<T> extends Omit<PreflightOptions, 'spec'> {
  quality?: number
  /**
   * Runs on the analysis pixels as soon as they exist, alongside the upload's JPEG encoding (for example
   * analyseUpload). A failure is returned as analysisError, never thrown: a failed face check must not lose the
   * upload, and the photo can still be sent unchecked.
   */
  analyse?: (pixels: PreparedPhoto['analysis'], upload: { width: number; height: number }) => Promise<T>
}

/**
 * The whole local path for a dropped photo, decoding it once: the header checks of pre-flight (type, bomb,
 * HEIC, enough pixels), then one decode (shrink-on-load for JPEG) that both proves the file is intact and gives
 * the upload JPEG and the analysis pixels. Throws the same AppErrors as preflightImage and prepareUpload.
 */
export async function preparePhoto<T = undefined>(
  bytes: Uint8Array,
  spec: ParsedSpec | null,
  options: PreparePhotoOptions<T> = {}
): Promise<PreparedPhoto<T>> {
  const { analyse, quality, ...preflightOptions } = options
  const { maxInputPixels, ...preflight } = await preflightHeader(bytes, {
    ...preflightOptions,
    ...(spec ? { spec } : {})
  })
  let analysing: Promise<T> | undefined
  const upload = await prepareUpload(bytes, spec, {
    maxInputPixels,
    analysisEdge: ANALYSIS_EDGE,
    ...(quality !== undefined ? { quality } : {}),
    ...(analyse
      ? {
          onAnalysisPixels: (pixels, size) => {
            analysing = analyse(pixels, size)
            analysing.catch(() => undefined)
          }
        }
      : {})
  })
  if (!upload.analysis) throw new Error('prepareUpload returned no analysis pixels')
  let analysed: T | null = null
  let analysisError: unknown = null
  try {
    analysed = analysing ? await analysing : null
  } catch (error) {
    analysisError = error
  }
  return { preflight, upload, analysis: upload.analysis, analysed, analysisError }
}
