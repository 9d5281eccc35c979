import sharp from 'sharp'
import { AppError } from '../../../shared/errors'
import { t } from '../i18n/main-language'
import { GUIDE_RGB } from './guides'
import { pixelGeometry, pxFromMm } from './pixel-geometry'
import { applyScaleCorrection } from './scale-correction'
import type { PixelRect, ScaleCorrection, SheetLabel, SheetLayout } from './types'

/** Options for a raster sheet. */
export interface RasterOptions {
  /** Output resolution; also written into the file (JPEG JFIF density, PNG pHYs). */
  dpi: number
  format: 'jpeg' | 'png'
  /** Printer correction, expected ÷ measured, across and down the page (see scale-correction.ts); left out for none. */
  scaleCorrection?: ScaleCorrection | number
  /** JPEG quality; 92 when left out. */
  quality?: number
}

/**
 * Renders the sheet as one image exactly the paper's size at `dpi`, each photo resized to its exact pixel size
 * (see pixel-geometry.ts for the rounding rule), cut guides and label drawn from the layout's own geometry, and
 * the dpi written into the file so that printing "at 100%" gives the true size.
 *
 * Each distinct photo size is resized once. The sheet is then assembled in one RGB buffer by copying pixel rows,
 * and encoded once: measured on the 2-core build machine, sharp's composite of a dozen photos onto a 600 dpi A4
 * canvas took 1.1–1.9 s, the row copies take a few milliseconds, and the JPEG encode is what remains.
 * Guides are whole-pixel rectangles; the label is an SVG rendered at the size of its box only.
 */
export async function renderSheetRaster(
  layout: SheetLayout,
  photos: ReadonlyMap<string, Uint8Array>,
  options: RasterOptions
): Promise<Buffer> {
  if (!(Number.isFinite(options.dpi) && options.dpi > 0 && options.dpi <= 2400)) {
    throw new AppError('BAD_REQUEST', t('sheetsMain.render.dpi'))
  }
  const sheet = options.scaleCorrection ? applyScaleCorrection(layout, options.scaleCorrection) : layout
  const { dpi } = options
  const geometry = pixelGeometry(sheet.paper, sheet.placements, dpi)
  const canvas: Canvas = {
    width: geometry.widthPx,
    height: geometry.heightPx,
    data: Buffer.alloc(geometry.widthPx * geometry.heightPx * 3, 255)
  }

  const resized = new Map<string, Promise<Buffer>>()
  const draws: { rect: PixelRect; pixels: Promise<Buffer> }[] = []
  for (const [index, placement] of sheet.placements.entries()) {
    const rect = geometry.placements[index] as PixelRect
    if (rect.widthPx > canvas.width || rect.heightPx > canvas.height) {
      throw new AppError('BAD_REQUEST', t('sheetsMain.render.photoLargerThanPaper'))
    }
    const key = `${placement.photoId}\u0000${rect.widthPx}x${rect.heightPx}`
    let pixels = resized.get(key)
    if (!pixels) {
      pixels = resizePhoto(photos, placement.photoId, rect.widthPx, rect.heightPx)
      resized.set(key, pixels)
    }
    draws.push({ rect, pixels })
  }
  // Awaited together so that one unreadable photo rejects once, with no other rejection left unhandled.
  const [photoPixels, label] = await Promise.all([
    Promise.all(draws.map((draw) => draw.pixels)),
    sheet.label ? renderLabel(sheet.label, dpi) : null
  ])
  draws.forEach((draw, index) => blit(canvas, photoPixels[index] as Buffer, draw.rect))
  drawGuides(canvas, sheet, dpi)
  if (label) blit(canvas, label.pixels, label.rect)

  const image = sharp(canvas.data, {
    raw: { width: canvas.width, height: canvas.height, channels: 3 }
  }).withMetadata({ density: dpi })
  if (options.format === 'png') return image.png({ compressionLevel: 6, adaptiveFiltering: false }).toBuffer()
  // Huffman optimisation off: it costs a third of the encode time for a file ~5% smaller, and sheets go to a printer.
  const jpeg = await image
    .jpeg({ quality: options.quality ?? 92, mozjpeg: false, optimiseCoding: false })
    .toBuffer()
  return withJfifDensity(jpeg, dpi)
}

/**
 * libvips writes the density into EXIF only (XResolution) and then leaves out the JFIF header. Some print and
 * layout programs read only JFIF and would assume 72 dpi, printing a 4×6 in sheet at 16×25 in; so a JFIF APP0
 * segment with the same density goes first, as cameras and Photoshop do (JFIF then EXIF).
 */
export function withJfifDensity(jpeg: Buffer, dpi: number): Buffer {
  if (jpeg[0] !== 0xff || jpeg[1] !== 0xd8) return jpeg
  const density = Math.min(65535, Math.round(dpi))
  if (jpeg[2] === 0xff && jpeg[3] === 0xe0 && jpeg.toString('latin1', 6, 11) === 'JFIF\0') {
    const out = Buffer.from(jpeg)
    out.writeUInt8(1, 13)
    out.writeUInt16BE(density, 14)
    out.writeUInt16BE(density, 16)
    return out
  }
  const app0 = Buffer.alloc(18)
  app0.writeUInt16BE(0xffe0, 0)
  app0.writeUInt16BE(16, 2)
  app0.write('JFIF\0', 4, 'latin1')
  app0.writeUInt8(1, 9) // version 1.01
  app0.writeUInt8(1, 10)
  app0.writeUInt8(1, 11) // units: dots per inch
  app0.writeUInt16BE(density, 12)
  app0.writeUInt16BE(density, 14)
  // No thumbnail: bytes 16 and 17 stay 0.
  return Buffer.concat([jpeg.subarray(0, 2), app0, jpeg.subarray(2)])
}

interface Canvas {
  width: number
  height: number
  data: Buffer
}

async function resizePhoto(
  photos: ReadonlyMap<string, Uint8Array>,
  photoId: string,
  widthPx: number,
  heightPx: number
): Promise<Buffer> {
  const bytes = photos.get(photoId)
  if (!bytes) throw new AppError('NOT_FOUND', t('sheetsMain.render.photoGone'))
  try {
    // 'fill' gives exactly the spec's pixel size; a photo made for the spec differs from it by under a pixel.
    return await sharp(bytes)
      .autoOrient()
      .resize({ width: widthPx, height: heightPx, fit: 'fill' })
      .flatten({ background: '#ffffff' })
      .toColourspace('srgb')
      .raw()
      .toBuffer()
  } catch (error) {
    throw new AppError('CORRUPT_IMAGE', t('sheetsMain.render.photoUnreadable'), { cause: error })
  }
}

/** Copies an RGB block into the canvas row by row, clipped to the canvas. */
function blit(canvas: Canvas, pixels: Buffer, rect: PixelRect): void {
  const left = Math.max(0, rect.leftPx)
  const right = Math.min(canvas.width, rect.leftPx + rect.widthPx)
  if (right <= left) return
  const rowBytes = rect.widthPx * 3
  for (let row = Math.max(0, -rect.topPx); row < rect.heightPx; row += 1) {
    const y = rect.topPx + row
    if (y >= canvas.height) break
    const source = row * rowBytes + (left - rect.leftPx) * 3
    pixels.copy(canvas.data, (y * canvas.width + left) * 3, source, source + (right - left) * 3)
  }
}

function fillRect(
  canvas: Canvas,
  x: number,
  y: number,
  width: number,
  height: number,
  rgb: readonly number[]
): void {
  const x1 = Math.max(0, x)
  const x2 = Math.min(canvas.width, x + width)
  const y1 = Math.max(0, y)
  const y2 = Math.min(canvas.height, y + height)
  if (x2 <= x1 || y2 <= y1) return
  const row = Buffer.alloc((x2 - x1) * 3)
  for (let i = 0; i < row.length; i += 3) {
    row[i] = rgb[0] ?? 0
    row[i + 1] = rgb[1] ?? 0
    row[i + 2] = rgb[2] ?? 0
  }
  for (let yy = y1; yy < y2; yy += 1) row.copy(canvas.data, (yy * canvas.width + x1) * 3)
}

/**
 * Guides as whole-pixel rectangles, at least one pixel thick and centred on the cut line, so they stay crisp at
 * any dpi and land on the same pixels as the photo edges they follow.
 */
function drawGuides(canvas: Canvas, sheet: SheetLayout, dpi: number): void {
  const rgb = GUIDE_RGB.map((c) => Math.round(c * 255))
  const stroke = Math.max(1, pxFromMm(sheet.guides.strokeMm, dpi))
  const half = Math.floor(stroke / 2)
  for (const s of sheet.guides.segments) {
    const horizontal = Math.abs(s.y2Mm - s.y1Mm) < Math.abs(s.x2Mm - s.x1Mm)
    const x1 = pxFromMm(Math.min(s.x1Mm, s.x2Mm), dpi)
    const x2 = pxFromMm(Math.max(s.x1Mm, s.x2Mm), dpi)
    const y1 = pxFromMm(Math.min(s.y1Mm, s.y2Mm), dpi)
    const y2 = pxFromMm(Math.max(s.y1Mm, s.y2Mm), dpi)
    if (horizontal) fillRect(canvas, x1, y1 - half, Math.max(1, x2 - x1), stroke, rgb)
    else fillRect(canvas, x1 - half, y1, stroke, Math.max(1, y2 - y1), rgb)
  }
}

/** The label, drawn by librsvg from an SVG the size of its box, flattened onto white. */
async function renderLabel(label: SheetLabel, dpi: number): Promise<{ pixels: Buffer; rect: PixelRect }> {
  const rect: PixelRect = {
    leftPx: pxFromMm(label.xMm, dpi),
    topPx: pxFromMm(label.yMm, dpi),
    widthPx: Math.max(1, pxFromMm(label.widthMm, dpi)),
    heightPx: Math.max(1, pxFromMm(label.heightMm, dpi))
  }
  const size = (label.fontSizeMm / 25.4) * dpi
  const baseline = ((label.baselineYMm - label.yMm) / 25.4) * dpi
  // Helvetica-like faces average about 0.55 em a character; squeeze long names rather than run off the paper.
  const fit =
    label.text.length * size * 0.55 > rect.widthPx
      ? ` textLength="${rect.widthPx}" lengthAdjust="spacingAndGlyphs"`
      : ''
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${rect.widthPx}" height="${rect.heightPx}">` +
    `<text x="0" y="${baseline.toFixed(1)}" font-family="Helvetica, Arial, 'Liberation Sans', 'DejaVu Sans', sans-serif" ` +
    `font-size="${size.toFixed(1)}" fill="#000"${fit}>${escapeXml(label.text)}</text></svg>`
  const pixels = await sharp(Buffer.from(svg))
    .resize({ width: rect.widthPx, height: rect.heightPx, fit: 'fill' })
    .flatten({ background: '#ffffff' })
    .raw()
    .toBuffer()
  return { pixels, rect }
}

function escapeXml(value: string): string {
  return (
    value
      .replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`)
      // Control characters are not allowed in XML text at all.
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '')
  )
}
