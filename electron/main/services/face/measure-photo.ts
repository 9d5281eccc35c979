import { estimateCrown } from './crown'
import type { DetectedFace, MeasuredFace, PhotoMeasurement, RawImage } from './face-types'
import { measureBackground, measureChroma, measureLighting, measureSharpness } from './image-measures'

/** What to measure beyond the landmarks. */
export interface MeasureOptions {
  /** Skip the background and colour statistics (the live camera view needs only the face). Default false. */
  facesOnly?: boolean
}

/** Adds crown, lighting and focus to detected faces, and the photo's colour and background. Pure; no engine. */
export function measureDetections(
  img: RawImage,
  detected: DetectedFace[],
  elapsedMs: number,
  options: MeasureOptions = {}
): PhotoMeasurement {
  const faces: MeasuredFace[] = [...detected]
    .sort((a, b) => b.box.width * b.box.height - a.box.width * a.box.height)
    .map((face) => ({
      ...face,
      crown: estimateCrown(img, face),
      lighting: measureLighting(img, face),
      sharpness: measureSharpness(img, face)
    }))
  const first = faces[0]
  return {
    width: img.width,
    height: img.height,
    faces,
    chroma: options.facesOnly ? 255 : measureChroma(img),
    background: first && !options.facesOnly ? measureBackground(img, first, first.crown) : null,
    elapsedMs
  }
}
