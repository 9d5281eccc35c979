import sharp from 'sharp'
import { describe, expect, it } from 'vitest'
import { postCheck } from '../../../../electron/main/services/face/post-check'
import {
  renderCheckReport,
  renderCheckReportImage,
  reportPaper
} from '../../../../electron/main/services/report/check-report'
import { parseSpecRequirements, SpecDetailsSchema } from '../../../../electron/main/services/specs/spec-parse'
import { madeFace, madeMeasurement } from '../face/made-face'
import { requirementsFor } from '../face/face-fixtures'
import { probePdf, ptToMm } from '../sheets/pdf-probe'

/** The text a PDF page shows: pdf-lib writes each line as a hex string before Tj. */
function pageText(content: string): string {
  return [...content.matchAll(/<([0-9A-Fa-f]*)>\s*Tj/g)]
    .map((m) => Buffer.from(m[1] ?? '', 'hex').toString('latin1'))
    .join('\n')
}

async function photo(width: number, height: number): Promise<Uint8Array> {
  return new Uint8Array(
    await sharp({ create: { width, height, channels: 3, background: '#f4f4f4' } })
      .jpeg()
      .toBuffer()
  )
}

const usPassport = requirementsFor('us-passport')

describe('renderCheckReport', () => {
  it('places the photo at true size, 2 × 2 in for US Passport, read back from the PDF', async () => {
    const check = postCheck(
      madeMeasurement(600, 600, [madeFace({ crown: 110, eyes: 288, chin: 440, centreX: 300 })]),
      usPassport
    )
    const pdf = await renderCheckReport({
      photo: await photo(600, 600),
      requirements: usPassport,
      check,
      serviceIssues: ['ISSUE_FACE_LIGHT_NOT_BALANCE'],
      studioName: 'Corner Photo Ltd',
      date: new Date('2026-11-25T10:00:00Z'),
      customer: 'Order 17'
    })
    const probe = await probePdf(pdf)
    expect(probe.pageCount).toBe(1)
    expect(probe.imageDraws).toHaveLength(1)
    const [draw] = probe.imageDraws
    expect(ptToMm(draw!.width)).toBeCloseTo(50.8, 1)
    expect(ptToMm(draw!.height)).toBeCloseTo(50.8, 1)
    // The photo is on the page, inside the margins.
    expect(draw!.x + draw!.width).toBeLessThanOrEqual(probe.mediaBox.width)
    expect(draw!.y).toBeGreaterThanOrEqual(0)

    const text = pageText(probe.content)
    expect(text).toMatch(/not a certificate/)
    expect(text).toContain('US Passport (us-passport)')
    // The date as the locale writes it (English in tests), by Intl's own rules.
    expect(text).toContain(
      new Intl.DateTimeFormat('en-US', { dateStyle: 'long' }).format(new Date('2026-11-25T10:00:00Z'))
    )
    expect(text).toContain('Corner Photo Ltd')
    expect(text).toContain('Order 17')
    // Every criterion with its value and range, and the result in words (Helvetica has no tick marks).
    expect(text).toContain('Eyes 1.04 in from bottom (1 1/8–1 3/8)'.replace('–', '\u0096'))
    expect(text).toMatch(/FAIL/)
    expect(text).toMatch(/Head 1\.10 in/)
    // The service's issues, apart from the app's measurement.
    expect(text).toContain('Uneven light on the face (ISSUE_FACE_LIGHT_NOT_BALANCE)')
    expect(text).toMatch(/How it was measured/)
    expect(text).toMatch(/crown is where the background begins/)
  })

  it('shows a digital-only spec at its dpi and says so; a spec without numbers says so', async () => {
    const digital = parseSpecRequirements(
      SpecDetailsSchema.parse({
        specCode: 'web',
        specCodeName: 'Web upload',
        photoSize: '600 x 800 px',
        photoPixel: '600 x 800 px',
        photoDpi: '300'
      })
    )
    const check = postCheck(
      madeMeasurement(600, 800, [madeFace({ crown: 100, eyes: 330, chin: 520, centreX: 300 })]),
      digital
    )
    const pdf = await renderCheckReport({
      photo: await photo(600, 800),
      requirements: digital,
      check,
      serviceIssues: [],
      studioName: '',
      date: new Date('2026-01-02T00:00:00Z')
    })
    const probe = await probePdf(pdf)
    expect(ptToMm(probe.imageDraws[0]!.width)).toBeCloseTo(50.8, 1)
    expect(ptToMm(probe.imageDraws[0]!.height)).toBeCloseTo(67.73, 1)
    const text = pageText(probe.content)
    expect(text).toMatch(/Shown at 300 dpi: this spec is digital only/)
    expect(text).toMatch(/gives no head-height or eye-line numbers/)
    expect(text).toContain('The service reported no issues.')
    expect(text).not.toContain('Studio')
  })

  it('draws the same page as a picture for a print dialog: the paper at its dpi, the photo at true size', async () => {
    const check = postCheck(
      madeMeasurement(600, 600, [madeFace({ crown: 110, eyes: 288, chin: 440, centreX: 300 })]),
      usPassport
    )
    const blue = await sharp({ create: { width: 600, height: 600, channels: 3, background: '#2050e0' } })
      .jpeg()
      .toBuffer()
    const png = await renderCheckReportImage(
      {
        photo: blue,
        requirements: usPassport,
        check,
        serviceIssues: [],
        studioName: 'Corner Photo Ltd',
        date: new Date('2026-11-25T10:00:00Z'),
        paper: 'a4'
      },
      100
    )
    const { data, info } = await sharp(png).raw().toBuffer({ resolveWithObject: true })
    // A4 at 100 dpi.
    expect(info.width).toBe(827)
    expect(info.height).toBe(1169)
    // The photo's pixels (blue, never used by the text) span 2 in = 200 px each way.
    let [left, right, top, bottom] = [Infinity, -1, Infinity, -1]
    for (let y = 0; y < info.height; y++)
      for (let x = 0; x < info.width; x++) {
        const i = (y * info.width + x) * info.channels
        if (data[i + 2]! > 180 && data[i]! < 90 && data[i + 1]! < 130) {
          left = Math.min(left, x)
          right = Math.max(right, x)
          top = Math.min(top, y)
          bottom = Math.max(bottom, y)
        }
      }
    expect(right - left + 1).toBeGreaterThanOrEqual(199)
    expect(right - left + 1).toBeLessThanOrEqual(201)
    expect(bottom - top + 1).toBeGreaterThanOrEqual(199)
    expect(bottom - top + 1).toBeLessThanOrEqual(201)
    // Text was drawn too (dark pixels outside the photo).
    let dark = 0
    for (let i = 0; i < data.length; i += info.channels) if (data[i]! < 60 && data[i + 2]! < 60) dark++
    expect(dark).toBeGreaterThan(1000)
  })

  it('chooses US Letter where the region uses it, A4 elsewhere', () => {
    expect(reportPaper('en-US')).toEqual({ name: 'letter', widthMm: 215.9, heightMm: 279.4 })
    expect(reportPaper('es-MX').name).toBe('letter')
    expect(reportPaper('en-GB')).toEqual({ name: 'a4', widthMm: 210, heightMm: 297 })
    expect(reportPaper('de').name).toBe('a4')
  })
})
