import { AppError } from '../../../shared/errors'
import { resolvePaperSize } from './layout'
import { MM_PER_INCH, type PaperChoice } from './paper'
import { formatNumber } from './physical-size'

/** Length of the metric ruler on the test page. */
export const RULER_MM = 100

/** Length of the inch ruler on the test page. */
export const RULER_INCHES = 4

const LEFT_MM = 12
const STROKE_MM = 0.15

/** A ruler-page line, in mm from the top-left corner. */
export interface RulerLine {
  x1Mm: number
  y1Mm: number
  x2Mm: number
  y2Mm: number
  strokeMm: number
}

/** A ruler-page text, with its baseline in mm from the top. */
export interface RulerText {
  text: string
  xMm: number
  baselineYMm: number
  sizeMm: number
  bold: boolean
  anchor: 'start' | 'middle'
}

/** Everything on the ruler test page, so the PDF and the image draw exactly the same thing. */
export interface RulerPage {
  widthMm: number
  heightMm: number
  lines: RulerLine[]
  texts: RulerText[]
}

/**
 * The printer calibration page: a 100 mm ruler with millimetre ticks, a 4 in ruler with 1/8 in ticks, and
 * instructions. Small papers are used in landscape so the rulers fit along the long side.
 */
export function rulerPageGeometry(paper: PaperChoice, options: { printerName?: string } = {}): RulerPage {
  const size = resolvePaperSize(paper)
  const shortSide = Math.min(size.widthMm, size.heightMm)
  const longSide = Math.max(size.widthMm, size.heightMm)
  const needed = RULER_INCHES * MM_PER_INCH + 2 * LEFT_MM
  const landscape = shortSide < needed
  const widthMm = landscape ? longSide : shortSide
  const heightMm = landscape ? shortSide : longSide
  if (widthMm < needed || heightMm < 80) {
    throw new AppError(
      'BAD_REQUEST',
      'This paper is too small for the ruler test page. Use 4×6 in paper or larger.'
    )
  }
  const lines: RulerLine[] = []
  const texts: RulerText[] = []
  const text = (
    value: string,
    xMm: number,
    baselineYMm: number,
    sizeMm: number,
    bold = false,
    anchor: RulerText['anchor'] = 'start'
  ) => texts.push({ text: value, xMm, baselineYMm, sizeMm, bold, anchor })

  text('Printer calibration', LEFT_MM, 14, 4.2, true)
  const instructions = [
    options.printerName ? `Printer: ${options.printerName}` : null,
    'Print this page at "Actual size" or 100%, never "Fit to page", on the paper you print photos on.',
    'Measure the millimetre ruler from the 0 mark to the 100 mark with a steel ruler, to the nearest 0.5 mm,',
    'and enter the length in the app. Check the inch ruler too: 0 to 4 should be exactly 4 in.'
  ].filter((line): line is string => line !== null)
  instructions.forEach((line, index) => text(line, LEFT_MM, 21 + index * 4.2, 2.6))

  const ruler = (
    yMm: number,
    ticks: number,
    stepMm: number,
    length: (tick: number) => number,
    label: (tick: number) => string | null
  ) => {
    lines.push({ x1Mm: LEFT_MM, y1Mm: yMm, x2Mm: LEFT_MM + ticks * stepMm, y2Mm: yMm, strokeMm: STROKE_MM })
    for (let tick = 0; tick <= ticks; tick += 1) {
      const x = LEFT_MM + tick * stepMm
      lines.push({ x1Mm: x, y1Mm: yMm, x2Mm: x, y2Mm: yMm + length(tick), strokeMm: STROKE_MM })
      const value = label(tick)
      if (value !== null) text(value, x, yMm + 8, 2.4, false, 'middle')
    }
  }
  const metricY = 34 + instructions.length * 4.2
  ruler(
    metricY,
    RULER_MM,
    1,
    (t) => (t % 10 === 0 ? 5 : t % 5 === 0 ? 3.5 : 2),
    (t) => (t % 10 === 0 ? String(t / 10) : null)
  )
  text(`${RULER_MM} mm (numbers are centimetres)`, LEFT_MM, metricY + 14, 2.6)
  const inchY = metricY + 26
  ruler(
    inchY,
    RULER_INCHES * 8,
    MM_PER_INCH / 8,
    (t) => (t % 8 === 0 ? 5 : t % 4 === 0 ? 3.5 : t % 2 === 0 ? 2.5 : 1.5),
    (t) => (t % 8 === 0 ? String(t / 8) : null)
  )
  text(`${RULER_INCHES} in (${formatNumber(RULER_INCHES * MM_PER_INCH)} mm)`, LEFT_MM, inchY + 14, 2.6)
  return { widthMm, heightMm, lines, texts }
}
