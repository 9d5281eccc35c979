import { PDFDocument, StandardFonts, rgb } from 'pdf-lib'
import sharp from 'sharp'
import { AppError } from '../../../shared/errors'
import { t } from '../i18n/main-language'
import { mmToPoints, type PaperChoice } from './paper'
import { toFontSafeText } from './pdf-text'
import { pxFromMm } from './pixel-geometry'
import { rulerPageGeometry } from './ruler-geometry'

/**
 * The ruler test page as a PDF. It is never scale-corrected itself: it measures the printer as it is.
 */
export async function renderRulerTestPage(
  paper: PaperChoice,
  options: { printerName?: string } = {}
): Promise<Uint8Array> {
  const page = rulerPageGeometry(paper, options)
  const doc = await PDFDocument.create()
  doc.setTitle(t('sheetsMain.ruler.documentTitle'))
  doc.setCreator('ID Photo Studio')
  const pdfPage = doc.addPage([mmToPoints(page.widthMm), mmToPoints(page.heightMm)])
  const regular = await doc.embedFont(StandardFonts.Helvetica)
  const bold = await doc.embedFont(StandardFonts.HelveticaBold)
  const ink = rgb(0, 0, 0)
  const top = (yMm: number): number => mmToPoints(page.heightMm - yMm)
  for (const line of page.lines) {
    pdfPage.drawLine({
      start: { x: mmToPoints(line.x1Mm), y: top(line.y1Mm) },
      end: { x: mmToPoints(line.x2Mm), y: top(line.y2Mm) },
      thickness: mmToPoints(line.strokeMm),
      color: ink
    })
  }
  for (const text of page.texts) {
    const font = text.bold ? bold : regular
    const value = toFontSafeText(text.text, font)
    const size = mmToPoints(text.sizeMm)
    const shift = text.anchor === 'middle' ? font.widthOfTextAtSize(value, size) / 2 : 0
    pdfPage.drawText(value, {
      x: mmToPoints(text.xMm) - shift,
      y: top(text.baselineYMm),
      size,
      font,
      color: ink
    })
  }
  return doc.save({ useObjectStreams: false })
}

/** The ruler page as a PNG for printing as an image, with its dpi in the file and its paper size. */
export interface RulerImage {
  png: Buffer
  widthMm: number
  heightMm: number
  dpi: number
}

/**
 * The ruler test page as a PNG at `dpi` (300 when left out), for print paths that take an image. Lines are
 * whole-pixel rectangles placed by the same rounding rule as sheet photos, so the ruler is as exact as a sheet.
 */
export async function renderRulerTestImage(
  paper: PaperChoice,
  options: { printerName?: string; dpi?: number } = {}
): Promise<RulerImage> {
  const dpi = options.dpi ?? 300
  if (!(Number.isFinite(dpi) && dpi >= 150 && dpi <= 1200)) {
    throw new AppError('BAD_REQUEST', t('sheetsMain.ruler.dpi'))
  }
  const page = rulerPageGeometry(paper, options)
  const width = pxFromMm(page.widthMm, dpi)
  const height = pxFromMm(page.heightMm, dpi)
  const px = (mm: number): number => pxFromMm(mm, dpi)
  const rects = page.lines.map((line) => {
    const stroke = Math.max(1, px(line.strokeMm))
    const horizontal = line.y1Mm === line.y2Mm
    return horizontal
      ? `<rect x="${px(line.x1Mm)}" y="${px(line.y1Mm)}" width="${px(line.x2Mm) - px(line.x1Mm) + stroke}" height="${stroke}"/>`
      : `<rect x="${px(line.x1Mm)}" y="${px(line.y1Mm)}" width="${stroke}" height="${px(line.y2Mm) - px(line.y1Mm)}"/>`
  })
  const texts = page.texts.map(
    (t) =>
      `<text x="${(t.xMm / 25.4) * dpi}" y="${(t.baselineYMm / 25.4) * dpi}" font-size="${(t.sizeMm / 25.4) * dpi}"` +
      `${t.bold ? ' font-weight="bold"' : ''}${t.anchor === 'middle' ? ' text-anchor="middle"' : ''}>${escapeXml(t.text)}</text>`
  )
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" shape-rendering="crispEdges">` +
    `<rect width="${width}" height="${height}" fill="#fff"/>` +
    `<g fill="#000" font-family="Helvetica, Arial, 'Liberation Sans', 'DejaVu Sans', sans-serif">${rects.join('')}${texts.join('')}</g></svg>`
  const png = await sharp(Buffer.from(svg))
    .resize({ width, height, fit: 'fill' })
    .flatten({ background: '#ffffff' })
    .withMetadata({ density: dpi })
    .png()
    .toBuffer()
  return { png, widthMm: page.widthMm, heightMm: page.heightMm, dpi }
}

function escapeXml(value: string): string {
  return value.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`)
}
