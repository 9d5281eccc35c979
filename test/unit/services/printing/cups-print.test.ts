import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createCupsPrinter } from '../../../../electron/main/services/printing/cups-printer'
import type { PrintJob } from '../../../../electron/main/services/platform'
import { pageCorrection } from '../../../../electron/main/services/sheets/calibration'
import { renderSheetPdf } from '../../../../electron/main/services/sheets/compose-pdf'
import { layoutSheet } from '../../../../electron/main/services/sheets/layout'
import { inchesToMm } from '../../../../electron/main/services/sheets/paper'
import { renderRulerTestPage } from '../../../../electron/main/services/sheets/ruler-page'
import type { SheetItem, SheetLayout, SheetRequest } from '../../../../electron/main/services/sheets/types'
import { probePdf, ptToMm } from '../sheets/pdf-probe'
import { solidJpeg } from '../sheets/synthetic-photo'
import { cupsProcessEnv, measurePrinted, spooledOutput, usePrivateCups } from './private-cups'

// A real CUPS (a private cupsd on 127.0.0.1, see scripts/services/cups.mjs) with the cups-pdf virtual printer:
// the sheet goes through lp, CUPS's filters and the printer, and what the printer wrote is read back.
const cups = usePrivateCups()

const passport: SheetItem = {
  id: 'us',
  photoId: 'us',
  widthMm: inchesToMm(2),
  heightMm: inchesToMm(2),
  copies: 'max'
}
const schengen: SheetItem = { id: 'eu', photoId: 'eu', widthMm: 35, heightMm: 45, copies: 'max' }
const sheet = (paper: SheetRequest['paper'], item: SheetItem, marginMm: number): SheetLayout =>
  layoutSheet({ paper, orientation: 'auto', items: [item], marginMm, gapMm: 0, guides: 'lines', dpi: 300 })

async function photos(): Promise<Map<string, Buffer>> {
  return new Map([
    ['us', await solidJpeg(600, 600, { r: 200, g: 40, b: 40 })],
    ['eu', await solidJpeg(413, 531, { r: 40, g: 40, b: 200 })]
  ])
}

function job(layout: SheetLayout, pdf: Uint8Array, extra: Partial<PrintJob> = {}): PrintJob {
  return {
    pdf,
    widthMm: layout.paper.widthMm,
    heightMm: layout.paper.heightMm,
    printerName: cups.env().STUDIO_CUPS_PRINTER,
    title: 'Jane Doe · US Passport',
    borderless: true,
    image: () => Promise.reject(new Error('The CUPS path prints the PDF, never an image.')),
    ...extra
  }
}

const printer = () => createCupsPrinter({ env: { ...process.env, CUPS_SERVER: cups.env().CUPS_SERVER } })

/** The same length within `tolerance`, either way round (CUPS turns a landscape page onto portrait paper). */
const sameSize = (a: { widthMm: number; heightMm: number }, w: number, h: number, tolerance: number) =>
  (Math.abs(a.widthMm - w) <= tolerance && Math.abs(a.heightMm - h) <= tolerance) ||
  (Math.abs(a.widthMm - h) <= tolerance && Math.abs(a.heightMm - w) <= tolerance)

describe.skipIf(!cups.available)('printing through CUPS, read back from the printer', () => {
  it('prints a 4×6 in sheet at true size: the page within 0.1 mm, each photo within 0.2 mm', async () => {
    const layout = sheet('4x6in', passport, 0)
    const outcome = await printer().print(job(layout, await renderSheetPdf(layout, await photos())))
    expect(outcome).toMatchObject({ printed: true, path: { kind: 'system', label: 'CUPS' } })
    const printed = await measurePrinted(await spooledOutput(cups.env(), outcome.jobId!))
    expect(Math.abs(printed.widthMm - 101.6)).toBeLessThanOrEqual(0.1)
    expect(Math.abs(printed.heightMm - 152.4)).toBeLessThanOrEqual(0.1)
    expect(printed.photos).toHaveLength(6)
    for (const photo of printed.photos) expect(sameSize(photo, 50.8, 50.8, 0.2)).toBe(true)
    // poppler agrees: 600 px photos at 300 ppi.
    expect(printed.ppi).toHaveLength(6)
    for (const ppi of printed.ppi) expect([ppi.x, ppi.y]).toEqual([300, 300])
    // The queue's job name is the customer and spec, never the temp file.
    expect(printed.title).toContain('Jane Doe')
    expect(printed.title).toContain('US Passport')
    expect(printed.title).not.toMatch(/studio-print|\/tmp|\.pdf/)
  })

  it('prints an A4 sheet at true size, turned onto the paper when it is laid out landscape', async () => {
    const layout = sheet('a4', schengen, 4)
    expect(layout.paper.orientation).toBe('landscape')
    const outcome = await printer().print(job(layout, await renderSheetPdf(layout, await photos())))
    const printed = await measurePrinted(await spooledOutput(cups.env(), outcome.jobId!))
    expect(Math.abs(printed.widthMm - 210)).toBeLessThanOrEqual(0.1)
    expect(Math.abs(printed.heightMm - 297)).toBeLessThanOrEqual(0.1)
    expect(printed.photos).toHaveLength(layout.placements.length)
    expect(printed.photos.length).toBeGreaterThanOrEqual(30)
    for (const photo of printed.photos) expect(sameSize(photo, 35, 45, 0.2)).toBe(true)
  })

  it('would catch a wrong option: fit to page, as a print dialog might, gives the wrong sizes', async () => {
    // The same sheet handed to lp with fit-to-page and no media, bypassing the app's options: this is what the
    // measurement above must reject, and it does (the page becomes the queue's A4, photos ~99 mm at ~154 ppi).
    const layout = sheet('4x6in', passport, 0)
    const dir = mkdtempSync(join(tmpdir(), 'wrong-option-'))
    try {
      const file = join(dir, 'sheet.pdf')
      writeFileSync(file, await renderSheetPdf(layout, await photos()))
      const env = cups.env()
      const said = execFileSync('lp', ['-d', env.STUDIO_CUPS_PRINTER, '-o', 'fit-to-page', '--', file], {
        env: cupsProcessEnv(env),
        encoding: 'utf8'
      })
      const printed = await measurePrinted(await spooledOutput(env, /request id is (\S+)/.exec(said)![1]!))
      expect(Math.abs(printed.widthMm - 101.6)).toBeGreaterThan(0.1)
      expect(printed.photos.every((photo) => !sameSize(photo, 50.8, 50.8, 0.2))).toBe(true)
      expect(printed.ppi.every((ppi) => ppi.x < 200)).toBe(true)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('applies the printer correction across and down: placed sizes change by exactly those factors', async () => {
    const plain = sheet('4x6in', schengen, 0)
    const correction = { across: 100 / 101, down: 100 / 98.5 }
    // 35×45 on 4×6 in lies landscape, so CUPS turns it onto the paper: its x runs down the paper.
    expect(plain.paper.orientation).toBe('landscape')
    const images = await photos()
    const print = async (factors?: { x: number; y: number }) => {
      const pdf = await renderSheetPdf(plain, images, factors ? { scaleCorrection: factors } : {})
      const outcome = await printer().print(job(plain, pdf))
      return measurePrinted(await spooledOutput(cups.env(), outcome.jobId!))
    }
    const exact = await print()
    const corrected = await print(pageCorrection(correction, plain.paper.orientation))
    expect(corrected.photos).toHaveLength(exact.photos.length)
    for (const [i, photo] of corrected.photos.entries()) {
      // On the printed (portrait) page: widths run across the paper, heights down it.
      expect(photo.widthMm / exact.photos[i]!.widthMm).toBeCloseTo(correction.across, 3)
      expect(photo.heightMm / exact.photos[i]!.heightMm).toBeCloseTo(correction.down, 3)
    }
  })

  it('prints the calibration ruler through the same path, both rulers at true size', async () => {
    const pdf = await renderRulerTestPage('a4', { printerName: cups.env().STUDIO_CUPS_PRINTER })
    const outcome = await printer().print({
      ...job({ paper: { widthMm: 210, heightMm: 297 } } as SheetLayout, pdf),
      title: 'Printer calibration ruler',
      borderless: false
    })
    const output = await spooledOutput(cups.env(), outcome.jobId!)
    const probe = await probePdf(output.bytes)
    const lengths = (vertical: boolean) =>
      probe.lines
        .filter((l) => (vertical ? Math.abs(l.x1 - l.x2) < 1e-3 : Math.abs(l.y1 - l.y2) < 1e-3))
        .map((l) => ptToMm(Math.hypot(l.x2 - l.x1, l.y2 - l.y1)))
    // Across: the 100 mm ruler and the 4 in ruler; down: the 100 mm ruler.
    expect(lengths(false).filter((l) => Math.abs(l - 100) <= 0.2)).toHaveLength(1)
    expect(lengths(false).filter((l) => Math.abs(l - 101.6) <= 0.2)).toHaveLength(1)
    expect(lengths(true).filter((l) => Math.abs(l - 100) <= 0.2)).toHaveLength(1)
  })
})

describe.skipIf(!cups.available)('printing through CUPS: what goes wrong is said plainly', () => {
  const cupsCommand = (cmd: string, args: string[]) =>
    execFileSync(cmd, args, { env: cupsProcessEnv(cups.env()), encoding: 'utf8' })
  const pending = () => cupsCommand('lpstat', ['-W', 'not-completed', '-o']).trim()

  it('a stopped printer: says so with its reason, and sends nothing', async () => {
    const name = cups.env().STUDIO_CUPS_PRINTER
    const layout = sheet('4x6in', passport, 0)
    const pdf = await renderSheetPdf(layout, await photos())
    cupsCommand('cupsdisable', ['-r', 'Paused for a paper change', name])
    try {
      await expect(printer().print(job(layout, pdf))).rejects.toMatchObject({
        code: 'PRINTER_STOPPED',
        message: `The printer "${name}" is stopped (the printer says: Paused for a paper change). Resume it in the system's printer settings, then print again.`
      })
      expect(pending()).toBe('')
    } finally {
      cupsCommand('cupsenable', [name])
    }
  })

  it("a queue that refuses jobs: CUPS's own words are shown", async () => {
    const name = cups.env().STUDIO_CUPS_PRINTER
    const layout = sheet('4x6in', passport, 0)
    const pdf = await renderSheetPdf(layout, await photos())
    cupsCommand('cupsreject', ['-r', 'Closed for the night', name])
    try {
      await expect(printer().print(job(layout, pdf))).rejects.toMatchObject({
        code: 'PRINT_REFUSED',
        message: expect.stringMatching(
          new RegExp(
            `^The printer "${name}" refused the job: Destination "${name}" is not accepting jobs\\. `
          )
        )
      })
    } finally {
      cupsCommand('cupsaccept', [name])
    }
  })

  it('a paper size the printer does not offer: refused before anything is sent', async () => {
    const name = cups.env().STUDIO_CUPS_PRINTER_NO_CUSTOM
    const layout = sheet('4x6in', passport, 0)
    const pdf = await renderSheetPdf(layout, await photos())
    await expect(printer().print(job(layout, pdf, { printerName: name }))).rejects.toMatchObject({
      code: 'PAPER_UNSUPPORTED',
      message: expect.stringContaining(`"${name}" does not offer this paper size (101.6×152.4 mm)`)
    })
    expect(pending()).toBe('')
  })

  it('a printer that is not there, and the printers that are, with the default', async () => {
    const env = cups.env()
    expect(await printer().list()).toEqual([
      { name: env.STUDIO_CUPS_PRINTER, isDefault: true },
      { name: env.STUDIO_CUPS_PRINTER_NO_CUSTOM, isDefault: false }
    ])
    const layout = sheet('4x6in', passport, 0)
    await expect(
      printer().print(job(layout, new Uint8Array([1]), { printerName: 'Gone Printer' }))
    ).rejects.toMatchObject({
      code: 'NO_PRINTER',
      message: expect.stringContaining('"Gone Printer" is no longer')
    })
  })
})
