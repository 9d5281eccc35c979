import type { ParsedSpec } from '../specs/spec-parse'
import { preflightHeader, type PreflightOptions, type PreflightResult } from './preflight'
import { prepareUpload, type PreparedUpload } from './prepare-upload'

/**
 * The long edge of the pixels handed to the face analysis. The worker works at 800 px (see resample.ts WORK_EDGE):
 * libvips makes that copy from the decoded upload far faster than the worker could.
 */
export const ANALYSIS_EDGE = 800

/** A dropped photo, checked and prepared for upload, with pixels for the face analysis. */
export interface PreparedPhoto {
  preflight: PreflightResult
  upload: PreparedUpload
  /** The upload's pixels, at most ANALYSIS_EDGE on the long side, for analyseUpload. */
  analysis: NonNullable<PreparedUpload['analysis']>
}

/**
 * The whole local path for a dropped photo, decoding it once: the header checks of pre-flight (type, bomb,
 * HEIC, enough pixels), then one decode (shrink-on-load for JPEG) that both proves the file is intact and gives
 * the upload JPEG and the analysis pixels. Throws the same AppErrors as preflightImage and prepareUpload.
 */
export async function preparePhoto(
  bytes: Uint8Array,
  spec: ParsedSpec | null,
  options: Omit<PreflightOptions, 'spec'> & { quality?: number } = {}
): Promise<PreparedPhoto> {
  const { maxInputPixels, ...preflight } = await preflightHeader(bytes, {
    ...options,
    ...(spec ? { spec } : {})
  })
  const upload = await prepareUpload(bytes, spec, {
    maxInputPixels,
    analysisEdge: ANALYSIS_EDGE,
    ...(options.quality !== undefined ? { quality: options.quality } : {})
  })
  if (!upload.analysis) throw new Error('prepareUpload returned no analysis pixels')
  return { preflight, upload, analysis: upload.analysis }
}
