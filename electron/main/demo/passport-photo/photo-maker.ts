import sharp from 'sharp'
import { faceIssues, measureFace } from './photo-issues'
import type { SensitivityOverride } from './passport-schemas'
import type { SpecEntry } from './spec-catalogue'
import { backgroundRgb, headRatio } from './spec-catalogue'
import type { Box, PaletteColour, Rgb, RgbImage } from './subject-detection'
import { analyseSubject, isBackground } from './subject-detection'

/** The outcome of one make-photo request. */
export interface MadePhoto {
  issues: string[]
  /** The ID photo (JPEG, the spec's exact pixel size); absent when it could not be made. */
  photo?: Uint8Array
  /** The upload, auto-oriented, as JPEG; absent when it could not be decoded. */
  original?: Uint8Array
}

/** The long side of the copy the detector works on: enough for a head box, small enough to be quick. */
const ANALYSIS_SIZE = 256

/** Share of the space left above and below the head that goes above the crown. */
const CROWN_SHARE = 0.4

/** Largest colour change between neighbouring pixels that the background fill flows across. */
const STEP_DISTANCE = 10

/** Makes an ID photo for a spec from uploaded bytes (any format sharp reads). */
export async function makePhoto(
  input: Uint8Array,
  spec: SpecEntry,
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
  const subject = analyseSubject(small)
  if (!subject.found) return { issues: ['ISSUE_FACE_NOT_FOUND'], original }

  // Crop in full-resolution coordinates: the head fills the spec's head ratio, centred on the face.
  const k = full.width / small.width
  const headTop = subject.head.top * k
  const headHeight = Math.max(1, (subject.head.bottom - subject.head.top) * k)
  const centreX = ((subject.face.left + subject.face.right) / 2) * k
  const ratio = headRatio(spec)
  const cropH = headHeight / ratio
  const cropW = (cropH * spec.widthPx) / spec.heightPx
  const crop = {
    left: centreX - cropW / 2,
    top: headTop - (1 - ratio) * CROWN_SHARE * cropH,
    width: cropW,
    height: cropH
  }
  const issues = faceIssues(measureFace(small, subject.face), override)
  const slack = 0.03
  if (crop.top + crop.height > full.height + crop.height * slack) issues.push('ISSUE_BOTTOM_INCOMPLETE')
  if (crop.left < -crop.width * slack) issues.push('ISSUE_LEFT_INCOMPLETE')
  if (crop.left + crop.width > full.width + crop.width * slack) issues.push('ISSUE_RIGHT_INCOMPLETE')

  const face = {
    left: subject.face.left * k,
    top: subject.face.top * k,
    right: subject.face.right * k,
    bottom: subject.face.bottom * k
  }
  const rendered = await renderCrop(
    full,
    crop,
    face,
    spec.widthPx,
    spec.heightPx,
    backgroundRgb(spec),
    subject.palette
  )
  return { issues, photo: await encodeJpeg(rendered, 92, spec.dpi), original }
}

async function resizeRaw(img: RgbImage, longSide: number): Promise<RgbImage> {
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

/**
 * Draws the crop at the output size on a canvas of the spec's background colour (so a crop that runs past
 * the photo is padded with it), then repaints the background: every background-coloured pixel connected to
 * the edge, so a white shirt inside the outline keeps its colour.
 */
async function renderCrop(
  full: RgbImage,
  crop: { left: number; top: number; width: number; height: number },
  face: Box,
  outW: number,
  outH: number,
  fill: Rgb,
  palette: PaletteColour[]
): Promise<RgbImage> {
  const out = new Uint8Array(outW * outH * 3)
  const padding = new Uint8Array(outW * outH).fill(1)
  for (let p = 0; p < outW * outH; p++) {
    out[p * 3] = fill.r
    out[p * 3 + 1] = fill.g
    out[p * 3 + 2] = fill.b
  }
  const scale = outW / crop.width
  const left = Math.max(0, Math.floor(crop.left))
  const top = Math.max(0, Math.floor(crop.top))
  const right = Math.min(full.width, Math.ceil(crop.left + crop.width))
  const bottom = Math.min(full.height, Math.ceil(crop.top + crop.height))
  const dx = Math.round((left - crop.left) * scale)
  const dy = Math.round((top - crop.top) * scale)
  const dw = Math.round((right - left) * scale)
  const dh = Math.round((bottom - top) * scale)
  if (right > left && bottom > top && dw > 0 && dh > 0) {
    const region = await sharp(full.data, { raw: { width: full.width, height: full.height, channels: 3 } })
      .extract({ left, top, width: right - left, height: bottom - top })
      .resize(dw, dh, { fit: 'fill' })
      .raw()
      .toBuffer()
    for (let y = Math.max(0, dy); y < Math.min(outH, dy + dh); y++) {
      const sy = y - dy
      const x0 = Math.max(0, dx)
      const x1 = Math.min(outW, dx + dw)
      if (x1 <= x0) continue
      const from = (sy * dw + (x0 - dx)) * 3
      out.set(region.subarray(from, from + (x1 - x0) * 3), (y * outW + x0) * 3)
      padding.fill(0, y * outW + x0, y * outW + x1)
    }
  }
  // The face is never repainted, however close light skin comes to a beige wall.
  const protectedArea = new Uint8Array(outW * outH)
  const cx = ((face.left + face.right) / 2 - crop.left) * scale
  const cy = ((face.top + face.bottom) / 2 - crop.top) * scale
  const rx = ((face.right - face.left) / 2) * scale * 1.05
  const ry = ((face.bottom - face.top) / 2) * scale * 1.05
  for (let y = Math.max(0, Math.floor(cy - ry)); y < Math.min(outH, Math.ceil(cy + ry)); y++) {
    for (let x = Math.max(0, Math.floor(cx - rx)); x < Math.min(outW, Math.ceil(cx + rx)); x++) {
      if (((x - cx) / rx) ** 2 + ((y - cy) / ry) ** 2 <= 1) protectedArea[y * outW + x] = 1
    }
  }
  repaintBackground(out, padding, protectedArea, outW, outH, fill, palette)
  return { data: out, width: outW, height: outH }
}

function repaintBackground(
  out: Uint8Array,
  padding: Uint8Array,
  protectedArea: Uint8Array,
  w: number,
  h: number,
  fill: Rgb,
  palette: PaletteColour[]
): void {
  const seen = new Uint8Array(w * h)
  const stack = new Int32Array(w * h)
  let sp = 0
  const painted: number[] = []
  // A step is allowed into padding, or into a background-coloured pixel that is close to the one it comes
  // from: the fill flows across a smooth wall or door but stops at the outline of a grey shirt.
  const step = (from: number, p: number): void => {
    if (seen[p] === 1 || protectedArea[p] === 1) return
    let ok = padding[p] === 1
    if (!ok && isBackground(out, p * 3, palette)) {
      if (from < 0 || padding[from] === 1) ok = true
      else {
        const dr = (out[p * 3] ?? 0) - (out[from * 3] ?? 0)
        const dg = (out[p * 3 + 1] ?? 0) - (out[from * 3 + 1] ?? 0)
        const db = (out[p * 3 + 2] ?? 0) - (out[from * 3 + 2] ?? 0)
        ok = dr * dr + dg * dg + db * db < STEP_DISTANCE * STEP_DISTANCE
      }
    }
    if (!ok) return
    seen[p] = 1
    stack[sp++] = p
  }
  // Not from the bottom edge: that is where the body is cut off, and skin or a shirt can match the wall.
  for (let x = 0; x < w; x++) step(-1, x)
  for (let y = 0; y < h; y++) {
    step(-1, y * w)
    step(-1, y * w + w - 1)
  }
  while (sp > 0) {
    const p = stack[--sp] ?? 0
    painted.push(p)
    const x = p % w
    if (x > 0) step(p, p - 1)
    if (x < w - 1) step(p, p + 1)
    if (p >= w) step(p, p - w)
    if (p < (h - 1) * w) step(p, p + w)
  }
  // Paint after the walk, so the steps compare original colours.
  for (const p of painted) {
    out[p * 3] = fill.r
    out[p * 3 + 1] = fill.g
    out[p * 3 + 2] = fill.b
  }
}
