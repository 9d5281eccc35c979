import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib'
import { AppError } from '../../../shared/errors'
import { resolvePaperSize } from './layout'
import { MM_PER_INCH, mmToPoints, type PaperChoice } from './paper'
import { formatNumber } from './physical-size'
import { toFontSafeText } from './pdf-text'
import { MAX_SCALE_CORRECTION, MIN_SCALE_CORRECTION } from './scale-correction'

/** Length of the metric ruler on the test page. */
export const RULER_MM = 100

/** Length of the inch ruler on the test page. */
export const RULER_INCHES = 4

const LEFT_MM = 12
const INK = rgb(0, 0, 0)

/**
 * A one-page PDF to calibrate a printer: a 100 mm ruler with millimetre ticks, a 4 in ruler with 1/8 in ticks,
 * and instructions. It is never scale-corrected itself: it measures the printer as it is. Small papers are used
 * in landscape so the rulers fit along the long side.
 */
export async function renderRulerTestPage(paper: PaperChoice, options: { printerName?: string } = {}): Promise<Uint8Array> {
  const size = resolvePaperSize(paper)
  const shortSide = Math.min(size.widthMm, size.heightMm)
  const longSide = Math.max(size.widthMm, size.heightMm)
  const landscape = shortSide < RULER_INCHES * MM_PER_INCH + 2 * LEFT_MM
  const widthMm = landscape ? longSide : shortSide
  const heightMm = landscape ? shortSide : longSide
  if (widthMm < RULER_INCHES * MM_PER_INCH + 2 * LEFT_MM || heightMm < 80) {
    throw new AppError('BAD_REQUEST', 'This paper is too small for the ruler test page. Use 4×6 in paper or larger.')
  }
  const doc = await PDFDocument.create()
  doc.setTitle('Printer calibration ruler')
  doc.setCreator('ID Photo Studio')
  const page = doc.addPage([mmToPoints(widthMm), mmToPoints(heightMm)])
  const font = await doc.embedFont(StandardFonts.Helvetica)
  const bold = await doc.embedFont(StandardFonts.HelveticaBold)
  const ctx: DrawContext = { page, heightMm, font }

  text(ctx, 'Printer calibration', LEFT_MM, 14, 4.2, bold)
  const lines = [
    options.printerName ? `Printer: ${options.printerName}` : null,
    'Print this page at "Actual size" or 100%, never "Fit to page", on the paper you print photos on.',
    'Measure the millimetre ruler from the 0 mark to the 100 mark with a steel ruler, to the nearest 0.5 mm,',
    'and enter the length in the app. Check the inch ruler too: 0 to 4 should be exactly 4 in.'
  ].filter((line): line is string => line !== null)
  lines.forEach((line, index) => text(ctx, line, LEFT_MM, 21 + index * 4.2, 2.6, font))

  const top = 24 + lines.length * 4.2
  const metricY = top + 10
  drawRuler(ctx, LEFT_MM, metricY, RULER_MM, 1, (tick) => (tick % 10 === 0 ? 5 : tick % 5 === 0 ? 3.5 : 2), (tick) =>
    tick % 10 === 0 ? String(tick / 10) : null
  )
  text(ctx, `${RULER_MM} mm (numbers are centimetres)`, LEFT_MM, metricY + 10, 2.6, font)

  const inchY = metricY + 24
  const eighth = MM_PER_INCH / 8
  drawRuler(ctx, LEFT_MM, inchY, RULER_INCHES * 8, eighth, (tick) => (tick % 8 === 0 ? 5 : tick % 4 === 0 ? 3.5 : tick % 2 === 0 ? 2.5 : 1.5), (tick) =>
    tick % 8 === 0 ? String(tick / 8) : null
  )
  text(ctx, `${RULER_INCHES} in (${formatNumber(RULER_INCHES * MM_PER_INCH)} mm)`, LEFT_MM, inchY + 10, 2.6, font)
  return doc.save({ useObjectStreams: false })
}

/**
 * The printer's scale correction from one ruler measurement: expected ÷ measured (a printer that prints a 100 mm
 * line as 101 mm gets 0.990, see scale-correction.ts). More than 10% off is not printer drift but a page printed
 * "fit to page" or a misread ruler, so it is refused with what to do.
 */
export function computeScaleCorrection(expectedMm: number, measuredMm: number): number {
  if (!(Number.isFinite(expectedMm) && expectedMm > 0) || !(Number.isFinite(measuredMm) && measuredMm > 0)) {
    throw new AppError('BAD_REQUEST', 'Enter the measured length in millimetres, for example 100.5.')
  }
  const factor = expectedMm / measuredMm
  if (factor < MIN_SCALE_CORRECTION || factor > MAX_SCALE_CORRECTION) {
    throw new AppError(
      'BAD_REQUEST',
      `${formatNumber(measuredMm)} mm is more than 10% off the ${formatNumber(expectedMm)} mm ruler, which is more than ` +
        'a printer drifts. Check the test page was printed at "Actual size" (100%), not "Fit to page", then measure ' +
        'again from the 0 mark to the last mark.'
    )
  }
  return factor
}

interface DrawContext {
  page: PDFPage
  heightMm: number
  font: PDFFont
}

/** Draws text with its baseline `yMm` from the top of the page. */
function text(ctx: DrawContext, value: string, xMm: number, yMm: number, sizeMm: number, font: PDFFont): void {
  ctx.page.drawText(toFontSafeText(value, font), {
    x: mmToPoints(xMm),
    y: mmToPoints(ctx.heightMm - yMm),
    size: mmToPoints(sizeMm),
    font,
    color: INK
  })
}

/** A ruler whose ticks hang down from a baseline at `yMm`, tick i at x + i × stepMm. */
function drawRuler(
  ctx: DrawContext,
  xMm: number,
  yMm: number,
  ticks: number,
  stepMm: number,
  tickLength: (tick: number) => number,
  tickLabel: (tick: number) => string | null
): void {
  const line = (x1: number, y1: number, x2: number, y2: number): void =>
    ctx.page.drawLine({
      start: { x: mmToPoints(x1), y: mmToPoints(ctx.heightMm - y1) },
      end: { x: mmToPoints(x2), y: mmToPoints(ctx.heightMm - y2) },
      thickness: mmToPoints(0.15),
      color: INK
    })
  line(xMm, yMm, xMm + ticks * stepMm, yMm)
  for (let tick = 0; tick <= ticks; tick += 1) {
    const x = xMm + tick * stepMm
    line(x, yMm, x, yMm + tickLength(tick))
    const label = tickLabel(tick)
    if (label !== null) {
      const size = mmToPoints(2.4)
      const width = ctx.font.widthOfTextAtSize(label, size)
      ctx.page.drawText(label, { x: mmToPoints(x) - width / 2, y: mmToPoints(ctx.heightMm - yMm - 8), size, font: ctx.font, color: INK })
    }
  }
}
