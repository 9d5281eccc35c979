/**
 * Finds the person in a small RGB copy of the photo, with plain image statistics (no face model):
 * 1. background = the colours of the top band and the upper side bands (a wall, a door, a backdrop);
 * 2. subject = the largest connected region that is not background;
 * 3. face = the largest skin-coloured region inside the subject (YCbCr skin box, darker half dropped), its chin
 *    1.3 face widths below its top; head top = the subject's top above the face (hair included).
 * When no skin is found (a greyscale photo, say) the head is estimated from the subject's outline.
 */

/** A packed 3-channel image. */
export interface RgbImage {
  data: Uint8Array
  width: number
  height: number
}

/** An RGB colour. */
export interface Rgb {
  r: number
  g: number
  b: number
}

/** A background colour and how far (Euclidean RGB) a pixel may be from it and still count as background. */
export interface PaletteColour extends Rgb {
  limit: number
}

/** A box in pixel coordinates, right and bottom exclusive. */
export interface Box {
  left: number
  top: number
  right: number
  bottom: number
}

/** What the detector found. */
export type SubjectAnalysis =
  | { found: false; palette: PaletteColour[]; reason: 'uniform' | 'no-subject' }
  | {
      found: true
      palette: PaletteColour[]
      /** Crown (top of hair) to chin, and the face's horizontal extent. */
      head: Box
      /** The face itself, for brightness and balance statistics. */
      face: Box
    }

/**
 * Distance below which a pixel counts as background colour: 30 for a light backdrop, less for a dark one,
 * because in a dim photo every colour is squeezed together and a fixed distance would swallow the face.
 */
function backgroundLimit(c: Rgb): number {
  return Math.min(30, Math.max(12, 8 + 0.12 * (0.2126 * c.r + 0.7152 * c.g + 0.0722 * c.b)))
}
/** Whole-image luminance standard deviation below which there is nothing to find. */
const UNIFORM_STDDEV = 6

/** Rec. 709 luma of a pixel. */
export function luminance(data: Uint8Array, i: number): number {
  return 0.2126 * (data[i] ?? 0) + 0.7152 * (data[i + 1] ?? 0) + 0.0722 * (data[i + 2] ?? 0)
}

/** Up to eight colours that make up the background, from the top band and the upper side bands. */
export function estimateBackground(img: RgbImage): PaletteColour[] {
  const { data, width, height } = img
  const buckets = new Map<number, { n: number; r: number; g: number; b: number }>()
  let samples = 0
  const band = Math.max(1, Math.round(Math.min(width, height) * 0.08))
  for (let y = 0; y < Math.round(height * 0.6); y++) {
    for (let x = 0; x < width; x++) {
      if (y >= band && x >= band && x < width - band) continue
      const i = (y * width + x) * 3
      const r = data[i] ?? 0
      const g = data[i + 1] ?? 0
      const b = data[i + 2] ?? 0
      const key = ((r >> 4) << 8) | ((g >> 4) << 4) | (b >> 4)
      const bucket = buckets.get(key) ?? { n: 0, r: 0, g: 0, b: 0 }
      bucket.n++
      bucket.r += r
      bucket.g += g
      bucket.b += b
      buckets.set(key, bucket)
      samples++
    }
  }
  const sorted = [...buckets.values()].sort((a, b) => b.n - a.n)
  const palette: PaletteColour[] = []
  let covered = 0
  for (const bucket of sorted) {
    if (palette.length >= 8 || covered >= samples * 0.95 || bucket.n < samples * 0.01) break
    const colour = { r: bucket.r / bucket.n, g: bucket.g / bucket.n, b: bucket.b / bucket.n }
    palette.push({ ...colour, limit: backgroundLimit(colour) })
    covered += bucket.n
  }
  return palette
}

/** True when the pixel at byte offset i is within the limit of a palette colour. */
export function isBackground(data: Uint8Array, i: number, palette: PaletteColour[]): boolean {
  const r = data[i] ?? 0
  const g = data[i + 1] ?? 0
  const b = data[i + 2] ?? 0
  for (const c of palette) {
    const dr = r - c.r
    const dg = g - c.g
    const db = b - c.b
    if (dr * dr + dg * dg + db * db < c.limit * c.limit) return true
  }
  return false
}

function isSkin(data: Uint8Array, i: number): boolean {
  const r = data[i] ?? 0
  const g = data[i + 1] ?? 0
  const b = data[i + 2] ?? 0
  const cb = 128 - 0.168736 * r - 0.331264 * g + 0.5 * b
  const cr = 128 + 0.5 * r - 0.418688 * g - 0.081312 * b
  return cb >= 77 && cb <= 127 && cr >= 135 && cr <= 173 && r > b
}

/** Labels 4-connected regions of `mask` and returns the largest one as a mask (empty when none). */
function largestRegion(mask: Uint8Array, width: number): { mask: Uint8Array; area: number } {
  const labels = new Int32Array(mask.length)
  const stack = new Int32Array(mask.length)
  let best = 0
  let bestArea = 0
  let next = 0
  for (let start = 0; start < mask.length; start++) {
    if (mask[start] === 0 || labels[start] !== 0) continue
    next++
    let area = 0
    let sp = 0
    stack[sp++] = start
    labels[start] = next
    while (sp > 0) {
      const p = stack[--sp] ?? 0
      area++
      const x = p % width
      const neighbours = [x > 0 ? p - 1 : -1, x < width - 1 ? p + 1 : -1, p - width, p + width]
      for (const q of neighbours) {
        if (q < 0 || q >= mask.length || mask[q] === 0 || labels[q] !== 0) continue
        labels[q] = next
        stack[sp++] = q
      }
    }
    if (area > bestArea) {
      bestArea = area
      best = next
    }
  }
  const out = new Uint8Array(mask.length)
  for (let p = 0; p < mask.length; p++) if (best !== 0 && labels[p] === best) out[p] = 1
  return { mask: out, area: bestArea }
}

/** Keeps a pixel when at least 5 of its 3x3 neighbourhood are set: removes specks and thin lines. */
function majority(mask: Uint8Array, width: number, height: number): Uint8Array {
  const out = new Uint8Array(mask.length)
  for (let y = 1; y < height - 1; y++) {
    for (let x = 1; x < width - 1; x++) {
      let n = 0
      for (let dy = -1; dy <= 1; dy++)
        for (let dx = -1; dx <= 1; dx++) n += mask[(y + dy) * width + x + dx] ?? 0
      if (n >= 5) out[y * width + x] = 1
    }
  }
  return out
}

function rowSpans(
  mask: Uint8Array,
  width: number,
  height: number
): { left: number; right: number; count: number }[] {
  const spans = []
  for (let y = 0; y < height; y++) {
    let left = -1
    let right = -1
    let count = 0
    for (let x = 0; x < width; x++) {
      if (mask[y * width + x] === 0) continue
      if (left < 0) left = x
      right = x
      count++
    }
    spans.push({ left, right, count })
  }
  return spans
}

/** Finds background, subject, head and face in a small image (about 256 px on the long side). */
export function analyseSubject(img: RgbImage): SubjectAnalysis {
  const { data, width, height } = img
  const pixels = width * height
  let sum = 0
  let sumSq = 0
  for (let p = 0; p < pixels; p++) {
    const l = luminance(data, p * 3)
    sum += l
    sumSq += l * l
  }
  const mean = sum / pixels
  const palette = estimateBackground(img)
  if (Math.sqrt(Math.max(0, sumSq / pixels - mean * mean)) < UNIFORM_STDDEV) {
    return { found: false, palette, reason: 'uniform' }
  }

  const foreground = new Uint8Array(pixels)
  for (let p = 0; p < pixels; p++) foreground[p] = isBackground(data, p * 3, palette) ? 0 : 1
  const subject = largestRegion(majority(foreground, width, height), width)
  if (subject.area < pixels * 0.015) return { found: false, palette, reason: 'no-subject' }
  const subjectSpans = rowSpans(subject.mask, width, height)
  const minRow = Math.max(2, Math.round(width * 0.01))
  const subjectTop = subjectSpans.findIndex((s) => s.count >= minRow)

  const skin = new Uint8Array(pixels)
  const skinLuminance: number[] = []
  for (let p = 0; p < pixels; p++) {
    if (subject.mask[p] === 1 && isSkin(data, p * 3)) {
      skin[p] = 1
      skinLuminance.push(luminance(data, p * 3))
    }
  }
  // Brown hair passes the chroma test too; it is much darker than the lit face, so drop the dark half.
  // Relative to the brightest skin, so a dim photo still has a face (and gets ISSUE_FACE_BRIGHTNESS_BAD).
  skinLuminance.sort((a, b) => a - b)
  const floor = 0.5 * (skinLuminance[Math.floor(skinLuminance.length * 0.9)] ?? 0)
  for (let p = 0; p < pixels; p++) if (skin[p] === 1 && luminance(data, p * 3) < floor) skin[p] = 0
  const face = largestRegion(majority(skin, width, height), width)
  let head: Box
  let faceBox: Box
  if (face.area >= pixels * 0.005) {
    const spans = rowSpans(face.mask, width, height)
    const faceTop = spans.findIndex((s) => s.count > 0)
    // The widest skin row is the cheeks (ears excluded by the hair); forehead to chin is about 1.3 times that
    // in adults. Measuring the chin directly fails: the jaw narrows before the chin, and the lower face and
    // neck are often shadowed out of the skin region, so the ratio is the steadier estimate.
    let widest = { left: width, right: -1 }
    for (let y = faceTop; y < height; y++) {
      const s = spans[y]
      if (s === undefined || s.count === 0) continue
      if (widest.right >= 0 && y - faceTop > 1.3 * (widest.right - widest.left + 1)) break
      if (s.right - s.left > widest.right - widest.left) widest = { left: s.left, right: s.right }
    }
    const faceWidth = widest.right - widest.left + 1
    const chin = Math.min(height, faceTop + Math.round(1.3 * faceWidth))
    const centre = Math.round((widest.left + widest.right) / 2)
    const above = subjectSpans.findIndex(
      (s, y) => y <= faceTop && s.count > 0 && s.left <= centre && s.right >= centre
    )
    faceBox = { left: widest.left, top: faceTop, right: widest.right + 1, bottom: chin }
    head = { left: widest.left, top: above >= 0 ? above : faceTop, right: widest.right + 1, bottom: chin }
  } else {
    // No skin: take the top of the outline, about as tall as 1.3 times its width near the top.
    const probe = subjectSpans[Math.min(height - 1, subjectTop + Math.round(height * 0.08))]
    const left = probe && probe.count > 0 ? probe.left : 0
    const right = probe && probe.count > 0 ? probe.right + 1 : width
    const bottom = Math.min(height, subjectTop + Math.round(1.3 * (right - left)))
    head = { left, top: subjectTop, right, bottom }
    faceBox = { left, top: subjectTop + Math.round((bottom - subjectTop) * 0.2), right, bottom }
  }
  return { found: true, palette, head, face: faceBox }
}
