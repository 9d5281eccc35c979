import { AppError } from '../../../shared/errors'
import { t } from '../i18n/main-language'
import { resolvePaperSize } from './layout'
import { MM_PER_INCH, type PaperChoice } from './paper'
import { oneDecimal } from './physical-size'

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

/** Room the page needs below the top edge: header, two across rulers, the down ruler and its caption. */
const PAGE_HEIGHT_NEEDED_MM = 200

/**
 * The printer calibration page, always portrait (as the paper goes through the printer): an across ruler of
 * 100 mm with millimetre ticks, a 4 in ruler with 1/8 in ticks for a check, a down ruler of 100 mm running top
 * to bottom, and instructions. Printers often stretch the feed direction differently from the print head's, so
 * the two directions are measured and corrected on their own (see calibration.ts).
 */
export function rulerPageGeometry(paper: PaperChoice, options: { printerName?: string } = {}): RulerPage {
  const size = resolvePaperSize(paper)
  const widthMm = Math.min(size.widthMm, size.heightMm)
  const heightMm = Math.max(size.widthMm, size.heightMm)
  if (widthMm < RULER_INCHES * MM_PER_INCH + 2 * LEFT_MM || heightMm < PAGE_HEIGHT_NEEDED_MM) {
    throw new AppError('BAD_REQUEST', t('sheetsMain.ruler.paperTooSmall'))
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

  text(t('sheetsMain.ruler.title'), LEFT_MM, 14, 4.2, true)
  // The instructions are three lines of the catalogue, each short enough for the narrowest page (A5).
  const instructions = [
    options.printerName ? t('sheetsMain.ruler.printer', { printer: options.printerName }) : null,
    t('sheetsMain.ruler.line1'),
    t('sheetsMain.ruler.line2'),
    t('sheetsMain.ruler.line3')
  ].filter((line): line is string => line !== null)
  instructions.forEach((line, index) => text(line, LEFT_MM, 21 + index * 4.2, 2.6))

  const across = (
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
  const mmTick = (t: number) => (t % 10 === 0 ? 5 : t % 5 === 0 ? 3.5 : 2)
  const cmLabel = (t: number) => (t % 10 === 0 ? String(t / 10) : null)
  const metricY = 34 + instructions.length * 4.2
  across(metricY, RULER_MM, 1, mmTick, cmLabel)
  text(t('sheetsMain.ruler.across', { mm: RULER_MM }), LEFT_MM, metricY + 14, 2.6, true)
  const inchY = metricY + 26
  across(
    inchY,
    RULER_INCHES * 8,
    MM_PER_INCH / 8,
    (t) => (t % 8 === 0 ? 5 : t % 4 === 0 ? 3.5 : t % 2 === 0 ? 2.5 : 1.5),
    (t) => (t % 8 === 0 ? String(t / 8) : null)
  )
  text(
    t('sheetsMain.ruler.inches', { inches: RULER_INCHES, mm: oneDecimal(RULER_INCHES * MM_PER_INCH) }),
    LEFT_MM,
    inchY + 14,
    2.6
  )

  // The down ruler: a vertical line with ticks to its right and centimetre numbers beside the long ticks.
  const downTop = inchY + 24
  lines.push({ x1Mm: LEFT_MM, y1Mm: downTop, x2Mm: LEFT_MM, y2Mm: downTop + RULER_MM, strokeMm: STROKE_MM })
  for (let tick = 0; tick <= RULER_MM; tick += 1) {
    const y = downTop + tick
    lines.push({ x1Mm: LEFT_MM, y1Mm: y, x2Mm: LEFT_MM + mmTick(tick), y2Mm: y, strokeMm: STROKE_MM })
    const value = cmLabel(tick)
    if (value !== null) text(value, LEFT_MM + 7, y + 0.9, 2.4)
  }
  text(t('sheetsMain.ruler.down', { mm: RULER_MM }), LEFT_MM + 16, downTop + RULER_MM / 2, 2.6, true)
  return { widthMm, heightMm, lines, texts }
}
