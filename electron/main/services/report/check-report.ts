import { PDFDocument } from 'pdf-lib'
import sharp from 'sharp'
import type { Criterion, PostCheck } from '../face/post-check'
import { explainIssue } from '../passport-photo/explain-issue'
import { mmToPoints } from '../sheets/paper'
import { pdfSurface, svgSurface, type Colour, type ReportSurface } from './report-surface'
import type { SpecRequirements } from '../specs/spec-parse'
import type { MessageId } from '../../../shared/i18n/messages'
import { formatDateTime, t } from '../i18n/main-language'

/** What goes into a check report. */
export interface CheckReportInput {
  /** The finished photo (JPEG or PNG), as returned by the service. */
  photo: Uint8Array
  requirements: SpecRequirements
  check: PostCheck
  /** The service's own issue codes for this photo, as it answered them. */
  serviceIssues: string[]
  /** The studio's name, from Settings; left out of the page when empty. */
  studioName: string
  date: Date
  /** The customer's name or order number, when the job has one. */
  customer?: string
  /** Page size; A4 unless told. */
  paper?: 'a4' | 'letter'
}

const PAGE_MM = { a4: { width: 210, height: 297 }, letter: { width: 215.9, height: 279.4 } } as const
const MARGIN = mmToPoints(15)
const GREY: Colour = [0.35, 0.35, 0.35]
const RED: Colour = [0.7, 0.1, 0.1]
const BLACK: Colour = [0, 0, 0]
/** Resolution assumed for a digital-only spec without a dpi, to give it a physical size on paper. */
const FALLBACK_DPI = 300

/** The photo's size on paper: the spec's physical size, or for a digital-only spec its pixels at its dpi. */
export function reportPhotoSizeMm(requirements: SpecRequirements, pixelWidth: number, pixelHeight: number) {
  const { spec } = requirements
  if (!spec.digitalOnly && spec.widthMm !== null && spec.heightMm !== null) {
    return { widthMm: spec.widthMm, heightMm: spec.heightMm, nominal: false, dpi: spec.dpi }
  }
  const dpi = spec.dpi ?? FALLBACK_DPI
  return { widthMm: (pixelWidth / dpi) * 25.4, heightMm: (pixelHeight / dpi) * 25.4, nominal: true, dpi }
}

const STATUS_WORD: Record<Criterion['status'], MessageId> = {
  pass: 'report.status.pass',
  fail: 'report.status.fail',
  'no-spec-numbers': 'report.status.notChecked',
  'not-measured': 'report.status.notMeasured'
}

/** The report's paper: A4, or US Letter where the computer's region uses it. */
export function reportPaper(locale = Intl.DateTimeFormat().resolvedOptions().locale): {
  name: 'a4' | 'letter'
  widthMm: number
  heightMm: number
} {
  const region = (/-([A-Z]{2})\b/.exec(locale)?.[1] ?? '').toUpperCase()
  const name = LETTER_REGIONS.has(region) ? 'letter' : 'a4'
  return { name, widthMm: PAGE_MM[name].width, heightMm: PAGE_MM[name].height }
}

/** Regions whose offices use US Letter paper. */
const LETTER_REGIONS = new Set([
  'US',
  'CA',
  'MX',
  'PH',
  'CL',
  'CO',
  'VE',
  'GT',
  'CR',
  'PR',
  'DO',
  'SV',
  'PA',
  'NI',
  'HN'
])

/**
 * A one-page photo check report (PDF): the photo at true size, the spec, date and studio, every criterion the app
 * measured with its value, range and result, and the service's own issues, kept apart. It says plainly that it is
 * a check report, not a certificate, and how each value was measured.
 */
export async function renderCheckReport(input: CheckReportInput): Promise<Uint8Array> {
  const doc = await PDFDocument.create()
  doc.setTitle(t('report.documentTitle', { spec: input.requirements.spec.name }))
  doc.setCreator('ID Photo Studio')
  doc.setProducer('ID Photo Studio')
  const meta = await sharp(input.photo).metadata()
  const png = meta.format === 'png'
  const bytes = png ? input.photo : await asJpeg(input.photo, meta.format)
  const surface = await pdfSurface(doc, pageSize(input), { bytes, png })
  drawReport(surface, input, { width: meta.width ?? 1, height: meta.height ?? 1 })
  return doc.save()
}

/** The same page as a PNG (300 dpi), for a print path that takes a picture of the page (a print dialog). */
export async function renderCheckReportImage(input: CheckReportInput, dpi = 300): Promise<Uint8Array> {
  const meta = await sharp(input.photo).metadata()
  const { surface, render } = await svgSurface(pageSize(input), input.photo)
  drawReport(surface, input, { width: meta.width ?? 1, height: meta.height ?? 1 })
  return render(dpi)
}

function pageSize(input: CheckReportInput): { width: number; height: number } {
  const paper = PAGE_MM[input.paper ?? 'a4']
  return { width: mmToPoints(paper.width), height: mmToPoints(paper.height) }
}

/** The page's layout, drawn on either surface. */
function drawReport(
  surface: ReportSurface,
  input: CheckReportInput,
  pixels: { width: number; height: number }
): void {
  const writer = new LineWriter(surface)
  writer.line(t('report.title'), { size: 18, bold: true })
  writer.line(t('report.notCertificate'), { size: 9, colour: GREY })
  writer.gap(4)
  const spec = input.requirements.spec
  writer.pair(t('report.field.spec'), `${spec.name} (${spec.specCode})`)
  writer.pair(t('report.field.date'), formatDateTime(input.date, { dateStyle: 'long' }))
  if (input.studioName.trim() !== '') writer.pair(t('report.field.studio'), input.studioName.trim())
  if (input.customer) writer.pair(t('report.field.customer'), input.customer)

  // The photo at true size, on the right of the header block.
  const size = reportPhotoSizeMm(input.requirements, pixels.width, pixels.height)
  const photoW = mmToPoints(size.widthMm)
  const photoH = mmToPoints(size.heightMm)
  const photoX = surface.width - MARGIN - photoW
  const photoTop = surface.height - MARGIN - 40
  surface.photo({ x: photoX, y: photoTop - photoH, width: photoW, height: photoH })
  writer.reserveTo(photoTop - photoH - 14)
  surface.text(
    surface.safe(
      size.nominal
        ? t('report.photo.digital', { dpi: size.dpi ?? FALLBACK_DPI })
        : t('report.photo.trueSize', { width: oneDecimal(size.widthMm), height: oneDecimal(size.heightMm) })
    ),
    { x: photoX, y: photoTop - photoH - 11, size: 7, colour: GREY }
  )

  writer.gap(6)
  writer.line(t('report.own.title'), { size: 12, bold: true })
  const verdict = t('report.own.verdict', { verdict: input.check.verdict })
  writer.line(verdict, { size: 9, colour: input.check.verdict === 'fail' ? RED : GREY })
  if (!input.check.specHasNumbers) writer.line(t('report.own.noNumbers'), { size: 9, colour: GREY })
  if (input.check.specConflict) writer.line(input.check.specConflict, { size: 9, colour: RED })
  for (const criterion of input.check.criteria) {
    const text = criterion.display.replace(/\s*[✓✗]$/u, '')
    writer.row(text, t(STATUS_WORD[criterion.status]), criterion.status === 'fail')
    writer.line(t('report.own.measured', { method: criterion.method }), { size: 7, colour: GREY, indent: 10 })
    writer.gap(3)
  }

  writer.gap(6)
  writer.line(t('report.service.title'), { size: 12, bold: true })
  if (input.serviceIssues.length === 0) writer.line(t('report.service.none'), { size: 9 })
  for (const code of input.serviceIssues) {
    const explained = explainIssue(code)
    writer.line(t('report.service.issue', { title: explained.title, code }), { size: 9 })
  }

  writer.gap(6)
  writer.line(t('report.how.title'), { size: 12, bold: true })
  for (const sentence of HOW) writer.line(t(sentence), { size: 8, colour: GREY })
}

const HOW: MessageId[] = [
  'report.how.model',
  'report.how.head',
  'report.how.eyes',
  'report.how.ranges',
  'report.how.accuracy'
]

/** Rounded to one decimal, for the message to format in the locale. */
function oneDecimal(mm: number): number {
  return Math.round(mm * 10) / 10
}

async function asJpeg(bytes: Uint8Array, format: string | undefined): Promise<Uint8Array> {
  return format === 'jpeg' ? bytes : new Uint8Array(await sharp(bytes).jpeg({ quality: 95 }).toBuffer())
}

/** Writes lines top-down in the left column, wrapping at the column's width. */
class LineWriter {
  private y: number
  private right: number
  /** Until the photo is placed, every line keeps clear of its column. */
  private photoBottom = -Infinity

  constructor(private readonly surface: ReportSurface) {
    this.y = surface.height - MARGIN - 14
    // Until the photo is placed, keep clear of its column (about 55 mm).
    this.right = surface.width - MARGIN - mmToPoints(60)
  }

  /** Below this height the full page width is free (the photo ends above it). */
  reserveTo(y: number): void {
    this.photoBottom = y
  }

  gap(points: number): void {
    this.y -= points
  }

  line(text: string, options: { size: number; bold?: boolean; colour?: Colour; indent?: number }): void {
    const bold = options.bold === true
    const indent = options.indent ?? 0
    for (const part of this.wrap(this.surface.safe(text, bold), bold, options.size, indent)) {
      this.surface.text(part, {
        x: MARGIN + indent,
        y: this.y,
        size: options.size,
        bold,
        colour: options.colour ?? BLACK
      })
      this.y -= options.size * 1.35
    }
  }

  pair(label: string, value: string): void {
    this.surface.text(label, { x: MARGIN, y: this.y, size: 10, bold: true })
    this.surface.text(this.surface.safe(value), { x: MARGIN + 60, y: this.y, size: 10 })
    this.y -= 14
  }

  row(text: string, result: string, failed: boolean): void {
    this.surface.text(this.surface.safe(text), { x: MARGIN, y: this.y, size: 10 })
    this.surface.text(result, {
      x: this.columnRight() - this.surface.measure(result, 10, true),
      y: this.y,
      size: 10,
      bold: true,
      colour: failed ? RED : BLACK
    })
    this.y -= 11
  }

  private columnRight(): number {
    return this.y > this.photoBottom ? this.right : this.surface.width - MARGIN
  }

  private wrap(text: string, bold: boolean, size: number, indent: number): string[] {
    const lines: string[] = []
    let current = ''
    // Only breaking spaces break a line: French keeps its no-break space before « : » and units.
    for (const word of text.split(/[ \t\r\n]+/)) {
      const candidate = current === '' ? word : `${current} ${word}`
      if (
        this.surface.measure(candidate, size, bold) > this.columnRight() - MARGIN - indent &&
        current !== ''
      ) {
        lines.push(current)
        current = word
      } else current = candidate
    }
    if (current !== '') lines.push(current)
    return lines
  }
}
