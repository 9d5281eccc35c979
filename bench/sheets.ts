import { performance } from 'node:perf_hooks'
import { pathToFileURL } from 'node:url'
import sharp from 'sharp'
import { execFileSync } from 'node:child_process'
import { startCups, unavailableReason, type CupsEnv } from '../scripts/services/cups.mjs'
import { createCupsPrinter } from '../electron/main/services/printing/cups-printer'
import { renderSheetPdf } from '../electron/main/services/sheets/compose-pdf'
import { renderSheetRaster } from '../electron/main/services/sheets/compose-raster'
import { layoutSheet } from '../electron/main/services/sheets/layout'
import { inchesToMm } from '../electron/main/services/sheets/paper'
import type { SheetRequest } from '../electron/main/services/sheets/types'
import type { BenchResult } from './types'

const RUNS = 9

/** A synthetic 600×600 JPEG (a 2×2 in photo at 300 dpi): gradient background and a face-sized ellipse. */
async function syntheticPhoto(): Promise<Buffer> {
  const svg =
    '<svg xmlns="http://www.w3.org/2000/svg" width="600" height="600">' +
    '<defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#dfe8f2"/>' +
    '<stop offset="1" stop-color="#9fb4c8"/></linearGradient></defs>' +
    '<rect width="600" height="600" fill="url(#g)"/><ellipse cx="300" cy="260" rx="130" ry="170" fill="#c99a7a"/>' +
    '<rect x="120" y="430" width="360" height="170" rx="60" fill="#2b3a55"/></svg>'
  return sharp(Buffer.from(svg)).jpeg({ quality: 90 }).toBuffer()
}

async function medianMs(run: () => Promise<unknown>): Promise<number> {
  await run() // warm-up: first call loads codecs and fonts
  const times: number[] = []
  for (let i = 0; i < RUNS; i += 1) {
    const start = performance.now()
    await run()
    times.push(performance.now() - start)
  }
  times.sort((a, b) => a - b)
  return times[Math.floor(times.length / 2)] as number
}

/** Composing and encoding print sheets: 4×6 in at 300 dpi and A4 at 600 dpi, JPEG, with cut guides. */
export async function benchSheets(): Promise<BenchResult[]> {
  const photo = await syntheticPhoto()
  const photos = new Map([['p', photo]])
  const passport = {
    id: 'us',
    photoId: 'p',
    widthMm: inchesToMm(2),
    heightMm: inchesToMm(2),
    copies: 'max' as const
  }
  const cases: { name: string; input: string; request: SheetRequest; targetMs: number }[] = [
    {
      name: 'sheet-4x6-300dpi-jpeg',
      input:
        '4×6 in edge to edge (borderless), 300 dpi, max US Passport (2×2 in) copies, cut lines, 600×600 JPEG source',
      request: {
        paper: '4x6in',
        orientation: 'auto',
        items: [passport],
        marginMm: 0,
        gapMm: 0,
        guides: 'lines',
        dpi: 300
      },
      targetMs: 150
    },
    {
      name: 'sheet-a4-600dpi-jpeg',
      input: 'A4, 600 dpi, max US Passport (2×2 in) copies, crop marks, label, 600×600 JPEG source',
      request: {
        paper: 'a4',
        orientation: 'auto',
        items: [passport],
        marginMm: 5,
        gapMm: 3,
        guides: 'crop-marks',
        label: { text: 'Jane Doe — US Passport — 2025-01-01', position: 'bottom' },
        dpi: 600
      },
      targetMs: 1500
    }
  ]
  const results: BenchResult[] = []
  for (const c of cases) {
    const layout = layoutSheet(c.request)
    const dpi = layout.dpi
    let bytes = 0
    const median = await medianMs(async () => {
      const out = await renderSheetRaster(layout, photos, { dpi, format: 'jpeg' })
      bytes = out.length
    })
    results.push({
      name: c.name,
      input: c.input,
      median: Math.round(median * 10) / 10,
      unit: 'ms',
      target: `≤ ${c.targetMs} ms`,
      pass: median <= c.targetMs,
      extra: {
        copies: layout.placements.length,
        widthPx: layout.pixels.widthPx,
        heightPx: layout.pixels.heightPx,
        outputKB: Math.round(bytes / 1024),
        runs: RUNS
      }
    })
  }
  const spooled = await benchSpooledPrint(photos, passport)
  if (spooled) results.push(spooled)
  return results
}

/**
 * Pressing Print on a 4×6 in sheet until CUPS has the job: the PDF (with a printer correction), the owner-only
 * spool file, the printer's state and paper sizes, and `lp`, against the private CUPS of the print tests.
 * Where that cannot run (not Linux, no cups-pdf, not root), the row is left out and the reason printed.
 */
async function benchSpooledPrint(
  photos: Map<string, Buffer>,
  item: SheetRequest['items'][number]
): Promise<BenchResult | null> {
  const given =
    process.env.CUPS_SERVER && process.env.STUDIO_CUPS_OUT ? (process.env as unknown as CupsEnv) : null
  const reason = given ? null : unavailableReason()
  if (reason) {
    console.error(`print-spool-4x6 left out: ${reason}.`)
    return null
  }
  const cups = given ? null : await startCups()
  const env = given ?? cups!.env
  try {
    const cupsEnv = { ...process.env, CUPS_SERVER: env.CUPS_SERVER }
    const printer = createCupsPrinter({ env: cupsEnv })
    const layout = layoutSheet({
      paper: '4x6in',
      orientation: 'auto',
      items: [item],
      marginMm: 0,
      gapMm: 0,
      guides: 'lines',
      dpi: 300
    })
    const targetMs = 1000
    const median = await medianMs(async () => {
      const pdf = await renderSheetPdf(layout, photos, { scaleCorrection: { x: 0.99, y: 1.01 } })
      await printer.print({
        pdf,
        widthMm: layout.paper.widthMm,
        heightMm: layout.paper.heightMm,
        printerName: env.STUDIO_CUPS_PRINTER,
        title: 'Bench · US Passport',
        borderless: true,
        image: () => Promise.reject(new Error('not used'))
      })
    })
    // Let the virtual printer finish before its server stops.
    const deadline = Date.now() + 60_000
    while (Date.now() < deadline) {
      const pending = execFileSync('lpstat', ['-W', 'not-completed', '-o'], {
        env: cupsEnv,
        encoding: 'utf8'
      })
      if (pending.trim() === '') break
      await new Promise((resolve) => setTimeout(resolve, 200))
    }
    return {
      name: 'print-spool-4x6',
      input:
        '4×6 in, 6 US Passport copies, PDF with a printer correction, handed to a local CUPS (cups-pdf) by lp',
      median: Math.round(median * 10) / 10,
      unit: 'ms',
      target: `≤ ${targetMs} ms`,
      pass: median <= targetMs,
      extra: { runs: RUNS }
    }
  } finally {
    await cups?.stopAndWait()
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const result of await benchSheets()) console.log(JSON.stringify(result))
}
