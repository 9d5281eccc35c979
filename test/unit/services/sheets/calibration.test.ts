import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import sharp from 'sharp'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { computeScaleCorrection, pageCorrection } from '../../../../electron/main/services/sheets/calibration'
import {
  renderRulerTestImage,
  renderRulerTestPage
} from '../../../../electron/main/services/sheets/ruler-page'
import {
  CALIBRATION_FILE,
  CalibrationStore
} from '../../../../electron/main/services/sheets/calibration-store'
import { renderSheetPdf } from '../../../../electron/main/services/sheets/compose-pdf'
import { layoutSheet } from '../../../../electron/main/services/sheets/layout'
import { applyScaleCorrection } from '../../../../electron/main/services/sheets/scale-correction'
import { probePdf, ptToMm } from './pdf-probe'
import { solidJpeg } from './synthetic-photo'

describe('computeScaleCorrection', () => {
  it('is expected ÷ measured: a printer printing 1% large gets files 1% smaller', () => {
    expect(computeScaleCorrection(100, 101)).toBeCloseTo(0.990099, 6)
    expect(computeScaleCorrection(100, 98.5)).toBeCloseTo(1.015228, 6)
    expect(computeScaleCorrection(100, 100)).toBe(1)
  })

  it('refuses a measurement more than 10% off, saying to print at 100% and measure again', () => {
    expect(() => computeScaleCorrection(100, 85)).toThrow(/Actual size.*measure/s)
    expect(() => computeScaleCorrection(100, 115)).toThrow(/more than 10% off/)
    expect(() => computeScaleCorrection(100, 0)).toThrow(/millimetres/)
    expect(() => computeScaleCorrection(100, Number.NaN)).toThrow(/millimetres/)
  })
})

describe('scale correction on a sheet', () => {
  it('gives the corrected placed sizes in the PDF, scaled about the page centre; 1 changes nothing', async () => {
    const layout = layoutSheet({
      paper: 'a6',
      orientation: 'portrait',
      items: [{ id: 'eu', photoId: 'eu', widthMm: 35, heightMm: 45, copies: 4 }],
      marginMm: 8,
      gapMm: 4,
      guides: 'crop-marks'
    })
    const photos = new Map([['eu', await solidJpeg(413, 531, { r: 10, g: 120, b: 10 })]])
    const factor = computeScaleCorrection(100, 102)
    const probe = await probePdf(await renderSheetPdf(layout, photos, { scaleCorrection: factor }))
    expect(probe.imageDraws).toHaveLength(4)
    for (const [i, draw] of probe.imageDraws.entries()) {
      expect(ptToMm(draw.width)).toBeCloseTo(35 * factor, 3)
      expect(ptToMm(draw.height)).toBeCloseTo(45 * factor, 3)
      // A printer printing 2% large brings it back to 35×45 mm.
      expect(ptToMm(draw.width) * 1.02).toBeCloseTo(35, 2)
      const p = layout.placements[i]!
      expect(ptToMm(draw.x)).toBeCloseTo(52.5 + (p.xMm - 52.5) * factor, 3)
    }
    expect(applyScaleCorrection(layout, 1)).toBe(layout)
    const plain = await probePdf(await renderSheetPdf(layout, photos))
    expect(ptToMm(plain.imageDraws[0]!.width)).toBeCloseTo(35, 3)
  })

  it('corrects across and down on their own, each by exactly its factor', async () => {
    const layout = layoutSheet({
      paper: 'a6',
      orientation: 'portrait',
      items: [{ id: 'eu', photoId: 'eu', widthMm: 35, heightMm: 45, copies: 4 }],
      marginMm: 8,
      gapMm: 4,
      guides: 'lines'
    })
    const photos = new Map([['eu', await solidJpeg(413, 531, { r: 10, g: 120, b: 10 })]])
    // The printer stretches the feed direction 2% and the print head's direction 0.5%.
    const correction = { across: computeScaleCorrection(100, 100.5), down: computeScaleCorrection(100, 102) }
    const factors = pageCorrection(correction, 'portrait')
    const probe = await probePdf(await renderSheetPdf(layout, photos, { scaleCorrection: factors }))
    for (const draw of probe.imageDraws) {
      expect(ptToMm(draw.width) / 35).toBeCloseTo(100 / 100.5, 6)
      expect(ptToMm(draw.height) / 45).toBeCloseTo(100 / 102, 6)
    }
    // A landscape sheet is turned a quarter turn onto the paper, so its x runs down the paper.
    expect(pageCorrection(correction, 'landscape')).toEqual({ x: correction.down, y: correction.across })
  })

  it('warns when a correction above 1 would push edge photos off the paper', () => {
    const layout = layoutSheet({
      paper: '4x6in',
      orientation: 'portrait',
      items: [{ id: 'us', photoId: 'us', widthMm: 50.8, heightMm: 50.8, copies: 'max' }],
      marginMm: 0,
      gapMm: 0,
      guides: 'off'
    })
    expect(applyScaleCorrection(layout, 1.02).warnings.join(' ')).toMatch(/cut off/)
    expect(applyScaleCorrection(layout, 0.98).warnings).toEqual([])
  })
})

describe('renderRulerTestPage', () => {
  it('draws a 100 mm ruler across, a 4 in ruler and a 100 mm ruler down, at true size, with instructions', async () => {
    const probe = await probePdf(await renderRulerTestPage('a5', { printerName: 'Canon SELPHY CP1500' }))
    // Always portrait, as the paper goes through the printer, so across and down mean the paper's directions.
    expect(ptToMm(probe.mediaBox.width)).toBeCloseTo(148, 2)
    expect(ptToMm(probe.mediaBox.height)).toBeCloseTo(210, 2)
    const horizontal = probe.lines.filter((l) => Math.abs(l.y1 - l.y2) < 1e-6)
    const vertical = probe.lines.filter((l) => Math.abs(l.x1 - l.x2) < 1e-6)
    const lengths = (lines: typeof probe.lines) =>
      lines.map((l) => ptToMm(Math.hypot(l.x2 - l.x1, l.y2 - l.y1)))
    // Across: the 100 mm and 4 in baselines; down: the 100 mm baseline.
    expect(lengths(horizontal).filter((length) => Math.abs(length - 100) < 0.01)).toHaveLength(1)
    expect(lengths(horizontal).filter((length) => Math.abs(length - 101.6) < 0.01)).toHaveLength(1)
    expect(lengths(vertical).filter((length) => Math.abs(length - 100) < 0.01)).toHaveLength(1)
    // Ticks: 101 + 33 on the across rulers (vertical strokes), 101 on the down ruler (horizontal strokes).
    expect(vertical).toHaveLength(101 + 33 + 1)
    expect(horizontal).toHaveLength(2 + 101)
    expect(probe.content).toMatch(/Tj/)
  })

  it('refuses a paper too small for both rulers, saying which papers to use', async () => {
    await expect(renderRulerTestPage('4x6in')).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: expect.stringMatching(/A4, US Letter or A5/)
    })
  })

  it('draws the same rulers as a PNG for image printing, with the dpi in the file', async () => {
    const ruler = await renderRulerTestImage('a4', { printerName: 'Canon <SELPHY> & co', dpi: 300 })
    expect([ruler.widthMm, ruler.heightMm]).toEqual([210, 297])
    const { data, info } = await sharp(ruler.png).greyscale().raw().toBuffer({ resolveWithObject: true })
    expect([info.width, info.height]).toEqual([2480, 3508])
    expect((await sharp(ruler.png).metadata()).density).toBe(300)
    // The longest dark horizontal runs are the two ruler baselines: 100 mm and 4 in at 300 dpi (plus the stroke).
    const runs: number[] = []
    for (let y = 0; y < info.height; y += 1) {
      let run = 0
      let best = 0
      for (let x = 0; x < info.width; x += 1) {
        run = data[y * info.width + x]! < 100 ? run + 1 : 0
        best = Math.max(best, run)
      }
      if (best > 1000) runs.push(best)
    }
    expect(new Set(runs)).toEqual(new Set([Math.round((100 / 25.4) * 300) + 2, 1200 + 2]))
  })

  it('keeps A4 in portrait', async () => {
    const probe = await probePdf(await renderRulerTestPage('a4'))
    expect(ptToMm(probe.mediaBox.width)).toBeCloseTo(210, 2)
  })
})

describe('CalibrationStore', () => {
  let dir: string
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'sheets-calibration-'))
  })
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  it('keeps a factor per printer, survives a restart, and resets one printer to 1', async () => {
    const now = () => new Date('2025-03-01T10:00:00Z')
    const store = new CalibrationStore({ dataDir: dir, now })
    expect(await store.get('Canon SELPHY')).toEqual({ across: 1, down: 1 })
    await Promise.all([
      store.set('Canon SELPHY', { across: 0.99, down: 0.985 }),
      store.set('Epson L805', { across: 1.012, down: 1.004 }),
      store.set('__proto__', { across: 1.001, down: 1.001 })
    ])
    const reopened = new CalibrationStore({ dataDir: dir, now })
    expect(await reopened.get('Canon SELPHY')).toEqual({ across: 0.99, down: 0.985 })
    expect(await reopened.get('Epson L805')).toEqual({ across: 1.012, down: 1.004 })
    expect(await reopened.get('__proto__')).toEqual({ across: 1.001, down: 1.001 })
    await reopened.reset('Canon SELPHY')
    expect(await reopened.get('Canon SELPHY')).toEqual({ across: 1, down: 1 })
    expect(await reopened.get('Epson L805')).toEqual({ across: 1.012, down: 1.004 })
    expect((await reopened.list()).map((entry) => entry.printerName).sort()).toEqual([
      'Epson L805',
      '__proto__'
    ])
    // Written atomically: only the file itself is left, no temp files.
    expect(await readdir(dir)).toEqual([CALIBRATION_FILE])
    expect(JSON.parse(await readFile(join(dir, CALIBRATION_FILE), 'utf8')).printers[0].updatedAt).toBe(
      '2025-03-01T10:00:00.000Z'
    )
  })

  it('refuses an out-of-range factor and treats a corrupt file as uncalibrated', async () => {
    const store = new CalibrationStore({ dataDir: dir })
    await expect(store.set('Canon', { across: 1, down: 1.5 })).rejects.toMatchObject({ code: 'BAD_REQUEST' })
    await writeFile(join(dir, CALIBRATION_FILE), '{ not json')
    expect(await store.get('Canon')).toEqual({ across: 1, down: 1 })
  })

  it('reads a file from before the two directions, as the same factor across and down', async () => {
    const old = {
      version: 1,
      printers: [{ printerName: 'Canon', scaleCorrection: 0.99, updatedAt: '2025-01-01T00:00:00.000Z' }]
    }
    await writeFile(join(dir, CALIBRATION_FILE), JSON.stringify(old))
    const store = new CalibrationStore({ dataDir: dir })
    expect(await store.get('Canon')).toEqual({ across: 0.99, down: 0.99 })
    await store.set('Epson', { across: 1.01, down: 1 })
    expect(await store.get('Canon')).toEqual({ across: 0.99, down: 0.99 })
    expect(JSON.parse(await readFile(join(dir, CALIBRATION_FILE), 'utf8')).version).toBe(2)
  })
})
