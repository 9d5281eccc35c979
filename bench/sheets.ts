import { performance } from 'node:perf_hooks'
import { pathToFileURL } from 'node:url'
import sharp from 'sharp'
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
  return results
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const result of await benchSheets()) console.log(JSON.stringify(result))
}
