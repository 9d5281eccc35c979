import { PDFDocument, StandardFonts, rgb, type PDFImage, type PDFPage } from 'pdf-lib'
import sharp from 'sharp'
import { AppError } from '../../../shared/errors'
import { t } from '../i18n/main-language'
import { GUIDE_RGB } from './guides'
import { mmToPoints } from './paper'
import { toFontSafeText } from './pdf-text'
import { applyScaleCorrection } from './scale-correction'
import type { ScaleCorrection, SheetLayout } from './types'

/** Options for a PDF sheet. */
export interface PdfOptions {
  /** Printer correction, expected ÷ measured, across and down the page (see scale-correction.ts); left out for none. */
  scaleCorrection?: ScaleCorrection | number
  /** Document title shown by PDF viewers; never put secrets here. */
  title?: string
}

/**
 * Renders the sheet as a one-page PDF. The page is exactly the paper (mm ÷ 25.4 × 72 pt); each photo is embedded
 * once at full resolution — the JPEG bytes as they are, no re-encoding — and drawn at the spec's physical size for
 * every copy; cut guides are thin vector lines and the label is Helvetica text.
 * Print it at "Actual size" / 100%: "Fit to page" rescales it and every photo comes out the wrong size.
 */
export async function renderSheetPdf(
  layout: SheetLayout,
  photos: ReadonlyMap<string, Uint8Array>,
  options: PdfOptions = {}
): Promise<Uint8Array> {
  const sheet = options.scaleCorrection ? applyScaleCorrection(layout, options.scaleCorrection) : layout
  const doc = await PDFDocument.create()
  doc.setTitle(options.title ?? 'ID photo print sheet')
  doc.setCreator('ID Photo Studio')
  doc.setProducer('ID Photo Studio')
  const pageHeightPt = mmToPoints(sheet.paper.heightMm)
  const page = doc.addPage([mmToPoints(sheet.paper.widthMm), pageHeightPt])

  const images = new Map<string, PDFImage>()
  for (const placement of sheet.placements) {
    let image = images.get(placement.photoId)
    if (!image) {
      image = await embedPhoto(doc, photos.get(placement.photoId))
      images.set(placement.photoId, image)
    }
    // PDF user space starts at the bottom-left corner; the layout's y runs down from the top.
    page.drawImage(image, {
      x: mmToPoints(placement.xMm),
      y: pageHeightPt - mmToPoints(placement.yMm + placement.heightMm),
      width: mmToPoints(placement.widthMm),
      height: mmToPoints(placement.heightMm)
    })
  }
  drawGuides(page, sheet, pageHeightPt)
  if (sheet.label) {
    const font = await doc.embedFont(StandardFonts.Helvetica)
    const text = toFontSafeText(sheet.label.text, font)
    const maxWidth = mmToPoints(sheet.label.widthMm)
    let size = mmToPoints(sheet.label.fontSizeMm)
    // Shrink a long label to fit the line rather than run off the paper.
    const width = font.widthOfTextAtSize(text, size)
    if (width > maxWidth && width > 0) size *= maxWidth / width
    page.drawText(text, {
      x: mmToPoints(sheet.label.xMm),
      y: pageHeightPt - mmToPoints(sheet.label.baselineYMm),
      size,
      font,
      color: rgb(0, 0, 0)
    })
  }
  return doc.save({ useObjectStreams: false })
}

function drawGuides(page: PDFPage, sheet: SheetLayout, pageHeightPt: number): void {
  const [r, g, b] = GUIDE_RGB
  const color = rgb(r, g, b)
  const thickness = mmToPoints(sheet.guides.strokeMm)
  for (const s of sheet.guides.segments) {
    page.drawLine({
      start: { x: mmToPoints(s.x1Mm), y: pageHeightPt - mmToPoints(s.y1Mm) },
      end: { x: mmToPoints(s.x2Mm), y: pageHeightPt - mmToPoints(s.y2Mm) },
      thickness,
      color
    })
  }
}

/**
 * Embeds a photo without touching its pixels: JPEG as is (DCT data copied into the PDF), PNG via pdf-lib.
 * The one exception is a JPEG carrying an EXIF rotation, which PDF viewers ignore: it is turned upright once
 * (quality 95) so the paper shows what the screen showed.
 */
async function embedPhoto(doc: PDFDocument, bytes: Uint8Array | undefined): Promise<PDFImage> {
  if (!bytes) throw new AppError('NOT_FOUND', t('sheetsMain.render.photoGone'))
  try {
    if (isJpeg(bytes)) {
      const { orientation } = await sharp(bytes).metadata()
      if (orientation !== undefined && orientation > 1) {
        return await doc.embedJpg(
          await sharp(bytes).autoOrient().jpeg({ quality: 95, chromaSubsampling: '4:4:4' }).toBuffer()
        )
      }
      return await doc.embedJpg(bytes)
    }
    if (isPng(bytes)) return await doc.embedPng(bytes)
  } catch (error) {
    throw new AppError('CORRUPT_IMAGE', t('sheetsMain.render.photoUnreadable'), { cause: error })
  }
  throw new AppError('UNSUPPORTED_FILE', t('sheetsMain.render.notJpegOrPng'))
}

function isJpeg(bytes: Uint8Array): boolean {
  return bytes.length > 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff
}

function isPng(bytes: Uint8Array): boolean {
  return bytes.length > 8 && bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47
}
