import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFImage, type PDFPage } from 'pdf-lib'
import sharp from 'sharp'
import { toFontSafeText } from '../sheets/pdf-text'

/** A colour as 0–1 RGB. */
export type Colour = readonly [number, number, number]

/** Where the check report is drawn: a PDF page, or the same page as a picture (for a print dialog). */
export interface ReportSurface {
  /** The page in points (1/72 in), y up from the bottom edge, as in PDF. */
  readonly width: number
  readonly height: number
  /** The text as the page's font can show it (Helvetica speaks WinAnsi only). */
  safe(text: string, bold?: boolean): string
  /** Width of safe text in points. */
  measure(text: string, size: number, bold?: boolean): number
  text(text: string, at: { x: number; y: number; size: number; bold?: boolean; colour?: Colour }): void
  /** The photo, once, at this rectangle (points). */
  photo(at: { x: number; y: number; width: number; height: number }): void
}

/** The PDF surface: pdf-lib's Helvetica, the photo embedded as it is (JPEG or PNG). */
export async function pdfSurface(
  doc: PDFDocument,
  sizePt: { width: number; height: number },
  photo: { bytes: Uint8Array; png: boolean }
): Promise<ReportSurface> {
  const page: PDFPage = doc.addPage([sizePt.width, sizePt.height])
  const regular = await doc.embedFont(StandardFonts.Helvetica)
  const bold = await doc.embedFont(StandardFonts.HelveticaBold)
  const image: PDFImage = photo.png ? await doc.embedPng(photo.bytes) : await doc.embedJpg(photo.bytes)
  const font = (isBold?: boolean): PDFFont => (isBold ? bold : regular)
  return {
    width: sizePt.width,
    height: sizePt.height,
    safe: (text, isBold) => toFontSafeText(text, font(isBold)),
    measure: (text, size, isBold) => font(isBold).widthOfTextAtSize(text, size),
    text(text, at) {
      const [r, g, b] = at.colour ?? [0, 0, 0]
      page.drawText(text, { x: at.x, y: at.y, size: at.size, font: font(at.bold), color: rgb(r, g, b) })
    },
    photo: (at) => page.drawImage(image, at)
  }
}

/**
 * The same page as an SVG drawn by libvips: the text measured with the PDF's own font metrics (so lines break in
 * the same places) and the photo placed at the same size in millimetres. Used only where a print dialog needs a
 * picture of the page.
 */
export async function svgSurface(sizePt: { width: number; height: number }, photo: Uint8Array) {
  const metrics = await PDFDocument.create()
  const regular = await metrics.embedFont(StandardFonts.Helvetica)
  const bold = await metrics.embedFont(StandardFonts.HelveticaBold)
  const font = (isBold?: boolean): PDFFont => (isBold ? bold : regular)
  const parts: string[] = []
  const photoUri = `data:image/jpeg;base64,${Buffer.from(await sharp(photo).jpeg({ quality: 95 }).toBuffer()).toString('base64')}`
  const surface: ReportSurface = {
    width: sizePt.width,
    height: sizePt.height,
    safe: (text, isBold) => toFontSafeText(text, font(isBold)),
    measure: (text, size, isBold) => font(isBold).widthOfTextAtSize(text, size),
    text(text, at) {
      const [r, g, b] = (at.colour ?? [0, 0, 0]).map((c) => Math.round(c * 255))
      parts.push(
        `<text x="${at.x}" y="${sizePt.height - at.y}" font-size="${at.size}" font-weight="${at.bold ? 700 : 400}" ` +
          `fill="rgb(${r},${g},${b})">${escapeXml(text)}</text>`
      )
    },
    photo(at) {
      parts.push(
        `<image x="${at.x}" y="${sizePt.height - at.y - at.height}" width="${at.width}" height="${at.height}" ` +
          `preserveAspectRatio="none" href="${photoUri}"/>`
      )
    }
  }
  /** Renders what was drawn as a PNG at `dpi`, with the density in the file. */
  const render = async (dpi: number): Promise<Uint8Array> => {
    const scale = dpi / 72
    const widthPx = Math.round(sizePt.width * scale)
    const heightPx = Math.round(sizePt.height * scale)
    const svg =
      `<svg xmlns="http://www.w3.org/2000/svg" width="${widthPx}" height="${heightPx}" ` +
      `viewBox="0 0 ${sizePt.width} ${sizePt.height}">` +
      `<rect width="100%" height="100%" fill="#ffffff"/>` +
      `<g font-family="Helvetica, Arial, 'Liberation Sans', 'DejaVu Sans', sans-serif">${parts.join('')}</g></svg>`
    return new Uint8Array(
      await sharp(Buffer.from(svg), { density: 72 }).png().withMetadata({ density: dpi }).toBuffer()
    )
  }
  return { surface, render }
}

function escapeXml(text: string): string {
  return text.replace(/[<>&'"]/g, (c) => `&#${c.charCodeAt(0)};`)
}
