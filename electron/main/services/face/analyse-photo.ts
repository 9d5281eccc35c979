import sharp from 'sharp'
import type { SpecRequirements } from '../specs/spec-parse'
import type { FaceEngine } from './face-engine'
import type { CrownMethod, PhotoMeasurement, Point, RawImage, Rect } from './face-types'
import { preflightFindings, type Finding } from './findings'
import { headGeometry } from './placement'
import type { SensitivityOverride } from './thresholds'

/** What the overlay on the upload draws, in the upload's pixels. */
export interface FaceOverlay {
  width: number
  height: number
  faces: Rect[]
  /** For the first (largest) face. */
  eyes: [Point, Point] | null
  chinY: number | null
  crownY: number | null
  crownMethod: CrownMethod | null
}

/** The local pre-flight analysis of an upload. */
export interface FaceAnalysis {
  /** Findings in the order shown: refusals first, then warnings. */
  findings: Finding[]
  /** True when a refusal was found: send nothing, spend no quota. */
  refused: boolean
  overlay: FaceOverlay
  /** The raw measurement, in the analysed image's pixels (see uploadScale). */
  measurement: PhotoMeasurement
  /** Upload pixels per analysed pixel. */
  uploadScale: number
}

function scaleRect(r: Rect, k: number): Rect {
  return { left: r.left * k, top: r.top * k, width: r.width * k, height: r.height * k }
}

/** The overlay of a measurement, scaled to the upload. */
export function overlayOf(measurement: PhotoMeasurement, k: number): FaceOverlay {
  const face = measurement.faces[0]
  const geometry = face ? headGeometry(face) : null
  return {
    width: Math.round(measurement.width * k),
    height: Math.round(measurement.height * k),
    faces: measurement.faces.map((f) => scaleRect(f.box, k)),
    eyes: face
      ? [
          { x: face.eyes[0].x * k, y: face.eyes[0].y * k },
          { x: face.eyes[1].x * k, y: face.eyes[1].y * k }
        ]
      : null,
    chinY: geometry ? geometry.chinY * k : null,
    crownY: geometry ? geometry.crownY * k : null,
    crownMethod: face?.crown.method ?? null
  }
}

/**
 * Analyses the photo as it will be uploaded. `image` is the decoded upload (or a smaller copy of it, from the same
 * decode: see preparePhoto); `uploadWidth` tells the scale. The engine runs in its worker.
 */
export async function analyseUpload(
  engine: FaceEngine,
  image: RawImage,
  requirements: SpecRequirements,
  options: { uploadWidth?: number; sensitivity?: SensitivityOverride } = {}
): Promise<FaceAnalysis> {
  const measurement = await engine.measure(image)
  const uploadScale = (options.uploadWidth ?? image.width) / image.width
  const findings = preflightFindings(measurement, requirements, {
    uploadScale,
    ...(options.sensitivity ? { sensitivity: options.sensitivity } : {})
  })
  return {
    findings,
    refused: findings.some((f) => f.kind === 'refusal'),
    overlay: overlayOf(measurement, uploadScale),
    measurement,
    uploadScale
  }
}

/** The long side a live frame is analysed at: enough for a face at arm's length, small enough for 5+ a second. */
export const FRAME_EDGE = 640

/**
 * The fast entry for a live camera view: a frame (JPEG bytes, or RGBA pixels from a canvas) is reduced to 640 px
 * and measured for faces only (no colour or background statistics). Same findings rules as pre-flight.
 */
export async function analyseFrame(
  engine: FaceEngine,
  frame: Uint8Array | RawImage,
  requirements: SpecRequirements,
  sensitivity?: SensitivityOverride
): Promise<{ findings: Finding[]; overlay: FaceOverlay; elapsedMs: number }> {
  const started = performance.now()
  const input =
    frame instanceof Uint8Array
      ? sharp(frame)
      : sharp(frame.data, { raw: { width: frame.width, height: frame.height, channels: frame.channels } })
  const { data, info } = await input
    .resize(FRAME_EDGE, FRAME_EDGE, { fit: 'inside', withoutEnlargement: true, fastShrinkOnLoad: true })
    .removeAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true })
  const fullWidth =
    frame instanceof Uint8Array ? ((await sharp(frame).metadata()).width ?? info.width) : frame.width
  const measurement = await engine.measure(
    { data, width: info.width, height: info.height, channels: 3 },
    { facesOnly: true }
  )
  const k = fullWidth / info.width
  const findings = preflightFindings(measurement, requirements, {
    uploadScale: k,
    ...(sensitivity ? { sensitivity } : {})
  }).filter((f) => f.code !== 'GREYSCALE_PHOTO')
  return { findings, overlay: overlayOf(measurement, k), elapsedMs: performance.now() - started }
}
