import sharp from 'sharp'
import { estimateBackground } from '../../services/face/background'
import type { FaceEngine } from '../../services/face/face-engine'
import type { MeasuredFace } from '../../services/face/face-types'
import { faceInOutput, headGeometry, placeHead } from '../../services/face/placement'
import { ANALYSIS_EDGE } from '../../services/image/prepare-photo'
import { parseSpecRequirements, SpecDetailsSchema } from '../../services/specs/spec-parse'
import { faceIssues, framingIssues } from './photo-issues'
import type { SensitivityOverride } from './passport-schemas'
import { renderCrop, type RgbImage } from './render-crop'
import type { SpecEntry } from './spec-catalogue'
import { backgroundRgb, specDetails } from './spec-catalogue'

/** The outcome of one make-photo request. */
export interface MadePhoto {
  issues: string[]
  /** The ID photo (JPEG, the spec's exact pixel size); absent when it could not be made. */
  photo?: Uint8Array
  /** The upload, auto-oriented, as JPEG; absent when it could not be decoded. */
  original?: Uint8Array
}

/** The long side the face analysis runs at (the app's own pre-flight uses the same; see prepare-photo.ts). */
const ANALYSIS_SIZE = ANALYSIS_EDGE

/**
 * Makes an ID photo for a spec from uploaded bytes (any format sharp reads), with the app's own face analysis:
 * a real face detection (none: ISSUE_FACE_NOT_FOUND), pose and expression from the landmarks, and a crop that
 * puts the head height and the eye line in the middle of the spec's ranges (placement.ts), so that the app's
 * post-check passes its output.
 */
export async function makePhoto(
  input: Uint8Array,
  spec: SpecEntry,
  faces: FaceEngine,
  override?: SensitivityOverride
): Promise<MadePhoto> {
  let full: RgbImage
  try {
    const { data, info } = await sharp(input, { failOn: 'error' })
      .rotate()
      .flatten({ background: '#ffffff' })
      .toColourspace('srgb')
      .removeAlpha()
      .raw()
      .toBuffer({ resolveWithObject: true })
    if (info.channels !== 3) throw new Error(`unexpected ${info.channels} channels`)
    full = {
      data: new Uint8Array(data.buffer, data.byteOffset, data.byteLength),
      width: info.width,
      height: info.height
    }
  } catch {
    return { issues: ['ISSUE_PHOTO_LOAD_FAILED'] }
  }
  const original = await encodeJpeg(full, 90)
  const small = await resizeRaw(full, ANALYSIS_SIZE)
  const measurement = await faces.measure({ ...small, channels: 3 })
  const found = measurement.faces[0]
  if (!found) return { issues: ['ISSUE_FACE_NOT_FOUND'], original }

  // Work in full-resolution coordinates from here on.
  const k = full.width / small.width
  const face = faceInOutput(found, {
    crop: { left: 0, top: 0, width: small.width, height: small.height },
    scale: k,
    outWidth: full.width,
    outHeight: full.height,
    target: { headPx: 0, eyeFromBottomPx: 0 },
    feasible: true
  })
  const requirements = parseSpecRequirements(SpecDetailsSchema.parse(specDetails(spec)))
  const placement = placeHead(face, requirements)
  const issues = [...faceIssues(face, override), ...framingIssues(placement, full.width, full.height)]
  const rendered = await renderCrop(
    full,
    placement.crop,
    faceEllipse(face),
    placement.outWidth,
    placement.outHeight,
    backgroundRgb(spec),
    estimateBackground({ ...full, channels: 3 }, headColumns(face))
  )
  return { issues, photo: await encodeJpeg(rendered, 92, spec.dpi), original }
}

/** The face (forehead to chin, cheek to cheek) as an ellipse the background repaint must leave alone. */
function faceEllipse(face: MeasuredFace) {
  const g = headGeometry(face)
  const xs = face.outline.map((p) => p.x)
  return {
    cx: g.centreX,
    cy: (g.crownY + g.chinY) / 2,
    rx: (Math.max(...xs) - Math.min(...xs)) / 2,
    ry: (g.chinY - g.crownY) / 2
  }
}

/** The columns above the head, left out of the background palette (hair may reach the top edge there). */
function headColumns(face: MeasuredFace) {
  const xs = face.outline.map((p) => p.x)
  const width = Math.max(...xs) - Math.min(...xs)
  return { from: Math.floor(Math.min(...xs) - width * 0.2), to: Math.ceil(Math.max(...xs) + width * 0.2) }
}

async function resizeRaw(img: RgbImage, longSide: number): Promise<RgbImage> {
  if (Math.max(img.width, img.height) <= longSide) return img
  const { data, info } = await sharp(img.data, { raw: { width: img.width, height: img.height, channels: 3 } })
    .resize(longSide, longSide, { fit: 'inside', withoutEnlargement: true })
    .raw()
    .toBuffer({ resolveWithObject: true })
  return {
    data: new Uint8Array(data.buffer, data.byteOffset, data.byteLength),
    width: info.width,
    height: info.height
  }
}

async function encodeJpeg(img: RgbImage, quality: number, dpi = 0): Promise<Uint8Array> {
  let pipeline = sharp(img.data, { raw: { width: img.width, height: img.height, channels: 3 } }).jpeg({
    quality
  })
  // Printing software reads the density to size the photo; digital-only specs (dpi 0) carry none.
  if (dpi > 0) pipeline = pipeline.withDensity(dpi)
  return new Uint8Array(await pipeline.toBuffer())
}
