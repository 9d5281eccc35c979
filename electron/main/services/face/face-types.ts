/**
 * Plain data shared by the face worker and the main process. Nothing here holds a tensor or a class: every value
 * crosses the worker boundary by structured clone.
 */

/** A point in image pixels, x to the right and y down from the top-left corner. */
export interface Point {
  x: number
  y: number
}

/** A rectangle in image pixels. */
export interface Rect {
  left: number
  top: number
  width: number
  height: number
}

/** Decoded pixels, packed row by row: 3 channels (RGB) or 4 (RGBA, the alpha ignored). */
export interface RawImage {
  data: Uint8Array
  width: number
  height: number
  channels: 3 | 4
}

/** Head pose in degrees: roll (tilt to a shoulder), yaw (turned left or right), pitch (chin up or down). */
export interface HeadPose {
  roll: number
  yaw: number
  pitch: number
}

/** One face as the detector sees it, in the pixels of the image it was given. */
export interface DetectedFace {
  /** The detector's confidence, 0–1. Faces below 0.5 are never reported. */
  score: number
  /** The detector's face box (forehead to chin, cheek to cheek, with a margin). */
  box: Rect
  /** Iris centres, the one further left in the image first. */
  eyes: [Point, Point]
  /** Mesh point 10: the top of the forehead on the face's midline (the mesh ends there; the crown is above). */
  forehead: Point
  /** Mesh point 152: the bottom of the chin. */
  chin: Point
  noseTip: Point
  /** Upper and lower lid gap ÷ eye width, per eye (image-left first): about 0.25–0.35 open, under 0.12 shut. */
  eyeOpenness: [number, number]
  /** Inner lip gap ÷ mouth width: about 0 closed, over 0.12 open. */
  mouthOpenness: number
  /** Mouth width ÷ the distance between the eyes: a broad smile widens it. */
  mouthWidthRatio: number
  pose: HeadPose
  /** The face outline (36 mesh points around the oval), for an overlay and the lighting mask. */
  outline: Point[]
}

/** How the crown (top of the head) was found. */
export type CrownMethod =
  /** Scanned up from the forehead to the first background rows above the hair. */
  | 'background-scan'
  /** The background was too busy to scan; chin-to-forehead times a calibrated ratio. */
  | 'ratio'
  /** The head reaches the top edge of the photo: the crown is cut off (the value is the top edge). */
  | 'cut-off'

/** The crown estimate and how it was made. */
export interface CrownEstimate {
  point: Point
  method: CrownMethod
}

/** Lighting over the inner face (cheeks, eyes, nose), from Rec. 709 luma 0–255. */
export interface FaceLighting {
  mean: number
  /** Mean of the face's image-left and image-right halves. */
  left: number
  right: number
}

/** One face with what was measured around it. */
export interface MeasuredFace extends DetectedFace {
  crown: CrownEstimate
  lighting: FaceLighting
  /** Focus measure over the face, scale-free (Laplacian spread on a face resized to a fixed width); higher is sharper. */
  sharpness: number
}

/** The photo's background as measured beside and above the head. */
export interface BackgroundMeasure {
  /** Mean colour of the background samples. */
  mean: { r: number; g: number; b: number }
  /** Share (0–1) of samples within 12 (RGB distance) of the mean. */
  uniformity: number
  /** Number of sampled pixels; 0 when nothing beside the head could be sampled. */
  samples: number
}

/** Everything the worker measured on one image. Coordinates are in that image's pixels. */
export interface PhotoMeasurement {
  width: number
  height: number
  /** Faces, largest first. */
  faces: MeasuredFace[]
  /** 99th percentile of per-pixel chroma (max − min channel): under about 12 the photo is greyscale. */
  chroma: number
  /** The background around the first face; null without a face. */
  background: BackgroundMeasure | null
  /** Time spent in the worker, ms. */
  elapsedMs: number
}
