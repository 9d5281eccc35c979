import sharp from 'sharp'
import { describe, expect, it } from 'vitest'
import { renderSheetRaster } from '../../../../electron/main/services/sheets/compose-raster'
import { layoutSheet } from '../../../../electron/main/services/sheets/layout'
import { inchesToMm } from '../../../../electron/main/services/sheets/paper'
import { pixelGeometry } from '../../../../electron/main/services/sheets/pixel-geometry'
import type { SheetRequest } from '../../../../electron/main/services/sheets/types'
import { solidJpeg } from './synthetic-photo'

const request: SheetRequest = {
  paper: '4x6in',
  orientation: 'portrait',
  items: [
    { id: 'us', photoId: 'us', widthMm: inchesToMm(2), heightMm: inchesToMm(2), copies: 2 },
    { id: 'eu', photoId: 'eu', widthMm: 35, heightMm: 45, copies: 1 }
  ],
  marginMm: 4,
  gapMm: 3,
  guides: 'lines',
  label: { text: 'Jane Doe', position: 'bottom' }
}

async function photos(): Promise<Map<string, Buffer>> {
  return new Map([
    ['us', await solidJpeg(600, 600, { r: 220, g: 30, b: 30 })],
    ['eu', await solidJpeg(413, 531, { r: 30, g: 30, b: 220 })]
  ])
}

/** Reads the pHYs chunk of a PNG: pixels per unit in x and y, and the unit (1 = metre). */
function readPhys(png: Buffer): { x: number; y: number; unit: number } | null {
  let offset = 8
  while (offset + 8 <= png.length) {
    const length = png.readUInt32BE(offset)
    const type = png.toString('latin1', offset + 4, offset + 8)
    if (type === 'pHYs')
      return {
        x: png.readUInt32BE(offset + 8),
        y: png.readUInt32BE(offset + 12),
        unit: png.readUInt8(offset + 16)
      }
    offset += 12 + length
  }
  return null
}

/** Reads the JFIF APP0 density: units (1 = dots per inch) and x/y density. */
function readJfif(jpeg: Buffer): { units: number; x: number; y: number } | null {
  if (jpeg[2] !== 0xff || jpeg[3] !== 0xe0 || jpeg.toString('latin1', 6, 11) !== 'JFIF\0') return null
  return { units: jpeg.readUInt8(13), x: jpeg.readUInt16BE(14), y: jpeg.readUInt16BE(16) }
}

async function pixelAt(image: Buffer, x: number, y: number): Promise<number[]> {
  const { data, info } = await sharp(image).raw().toBuffer({ resolveWithObject: true })
  const i = (y * info.width + x) * info.channels
  return [data[i]!, data[i + 1]!, data[i + 2]!]
}

describe('renderSheetRaster', () => {
  for (const dpi of [300, 600]) {
    it(`writes a JPEG exactly the paper's pixel size with ${dpi} dpi in its metadata`, async () => {
      const layout = layoutSheet({ ...request, dpi })
      const jpeg = await renderSheetRaster(layout, await photos(), { dpi, format: 'jpeg' })
      const meta = await sharp(jpeg).metadata()
      expect(meta.format).toBe('jpeg')
      expect([meta.width, meta.height]).toEqual(dpi === 300 ? [1200, 1800] : [2400, 3600])
      expect(meta.density).toBe(dpi)
      expect(readJfif(jpeg)).toEqual({ units: 1, x: dpi, y: dpi })
    })

    it(`writes a PNG with a pHYs chunk saying ${dpi} dpi`, async () => {
      const layout = layoutSheet({ ...request, dpi })
      const png = await renderSheetRaster(layout, await photos(), { dpi, format: 'png' })
      const meta = await sharp(png).metadata()
      expect([meta.width, meta.height]).toEqual(dpi === 300 ? [1200, 1800] : [2400, 3600])
      const phys = readPhys(png)
      expect(phys?.unit).toBe(1)
      expect(phys?.x).toBe(phys?.y)
      expect(Math.round((phys?.x ?? 0) * 0.0254)).toBe(dpi)
    })
  }

  it('puts each photo at its exact pixel size and place, with guides on the cut line', async () => {
    const layout = layoutSheet(request)
    const png = await renderSheetRaster(layout, await photos(), { dpi: 300, format: 'png' })
    const { data, info } = await sharp(png).raw().toBuffer({ resolveWithObject: true })
    const at = (x: number, y: number): number[] => {
      const i = (y * info.width + x) * info.channels
      return [data[i]!, data[i + 1]!, data[i + 2]!]
    }
    const isRed = (p: number[]): boolean => p[0]! > 180 && p[1]! < 80
    const us = layout.pixels.placements[0]!
    expect([us.widthPx, us.heightPx]).toEqual([600, 600])
    // Count red pixels along a row through the middle of the first photo: its width, give or take the guide pixel.
    const row = us.topPx + 300
    let red = 0
    for (let x = 0; x < info.width; x += 1) if (isRed(at(x, row)) && x < us.leftPx + us.widthPx + 5) red += 1
    expect(red).toBeGreaterThanOrEqual(598)
    expect(red).toBeLessThanOrEqual(600)
    expect(isRed(at(us.leftPx + 300, us.topPx + 300))).toBe(true)
    // The margin stays white; the cut line at the photo's left edge is grey.
    expect(at(5, 5)).toEqual([255, 255, 255])
    const guide = at(us.leftPx, us.topPx + 300)
    expect(guide[0]).toBeLessThan(120)
  })

  it('draws the label text in the bottom margin', async () => {
    const layout = layoutSheet(request)
    const png = await renderSheetRaster(layout, await photos(), { dpi: 300, format: 'png' })
    const label = layout.label!
    const box = await sharp(png)
      .extract({
        left: Math.round((label.xMm / 25.4) * 300),
        top: Math.round((label.yMm / 25.4) * 300),
        width: 200,
        height: Math.round((label.heightMm / 25.4) * 300)
      })
      .stats()
    // Dark glyph pixels present: the minimum of the red channel is far from white.
    expect(box.channels[0]!.min).toBeLessThan(100)
  })

  it('scales the photos by the printer correction', async () => {
    const layout = layoutSheet(request)
    const factor = 100 / 102
    const png = await renderSheetRaster(layout, await photos(), {
      dpi: 300,
      format: 'png',
      scaleCorrection: factor
    })
    const { data, info } = await sharp(png).raw().toBuffer({ resolveWithObject: true })
    expect([info.width, info.height]).toEqual([1200, 1800])
    const corrected = pixelGeometry(
      layout.paper,
      layout.placements.map((p) => ({ ...p, widthMm: p.widthMm * factor })),
      300
    )
    expect(corrected.placements[0]!.widthPx).toBe(Math.round(600 * factor))
    const centreY = Math.round(((layout.placements[0]!.yMm + 25.4) / 25.4) * 300)
    let red = 0
    for (let x = 0; x < info.width; x += 1) {
      const i = (centreY * info.width + x) * info.channels
      if (data[i]! > 180 && data[i + 1]! < 80) red += 1
    }
    expect(Math.abs(red - 600 * factor)).toBeLessThanOrEqual(2)
  })

  it('refuses a photo it cannot read, with a message for the counter', async () => {
    const layout = layoutSheet(request)
    await expect(
      renderSheetRaster(
        layout,
        new Map([
          ['us', Buffer.from('x')],
          ['eu', Buffer.from('x')]
        ]),
        { dpi: 300, format: 'jpeg' }
      )
    ).rejects.toMatchObject({
      code: 'CORRUPT_IMAGE'
    })
    expect(await pixelAt(await solidJpeg(2, 2, { r: 0, g: 0, b: 0 }), 0, 0)).toHaveLength(3)
  })
})
