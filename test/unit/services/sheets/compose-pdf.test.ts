import { describe, expect, it } from 'vitest'
import { renderSheetPdf } from '../../../../electron/main/services/sheets/compose-pdf'
import { layoutSheet } from '../../../../electron/main/services/sheets/layout'
import { inchesToMm } from '../../../../electron/main/services/sheets/paper'
import type { SheetRequest } from '../../../../electron/main/services/sheets/types'
import { probePdf, ptToMm } from './pdf-probe'
import { solidJpeg } from './synthetic-photo'

const us = { id: 'us', photoId: 'us', widthMm: inchesToMm(2), heightMm: inchesToMm(2), label: 'US Passport' }
const schengen = { id: 'eu', photoId: 'eu', widthMm: 35, heightMm: 45, label: 'Schengen visa' }

async function photos(): Promise<Map<string, Buffer>> {
  return new Map([
    ['us', await solidJpeg(600, 600, { r: 200, g: 40, b: 40 })],
    ['eu', await solidJpeg(413, 531, { r: 40, g: 40, b: 200 })]
  ])
}

const mixed: SheetRequest = {
  paper: 'a5',
  orientation: 'auto',
  items: [
    { ...us, copies: 2 },
    { ...schengen, copies: 4 }
  ],
  marginMm: 5,
  gapMm: 3,
  guides: 'lines',
  label: { text: 'Łukasz Nguyễn — 2×US, 4×Schengen', position: 'bottom' }
}

describe('renderSheetPdf', () => {
  it('makes a page exactly the paper, read back from the MediaBox', async () => {
    for (const paper of ['4x6in', 'a4', 'letter', '3.5x5in'] as const) {
      const layout = layoutSheet({ ...mixed, paper, items: [{ ...us, copies: 1 }], label: undefined })
      const probe = await probePdf(await renderSheetPdf(layout, await photos()))
      expect(probe.pageCount).toBe(1)
      expect(Math.abs(ptToMm(probe.mediaBox.width) - layout.paper.widthMm)).toBeLessThan(0.01)
      expect(Math.abs(ptToMm(probe.mediaBox.height) - layout.paper.heightMm)).toBeLessThan(0.01)
    }
    const probe = await probePdf(
      await renderSheetPdf(layoutSheet({ ...mixed, paper: '4x6in', orientation: 'portrait' }), await photos())
    )
    expect(ptToMm(probe.mediaBox.width)).toBeCloseTo(101.6, 2)
    expect(ptToMm(probe.mediaBox.height)).toBeCloseTo(152.4, 2)
  })

  it('draws every copy at the spec size, at the layout position, read back from the content stream', async () => {
    const layout = layoutSheet(mixed)
    const probe = await probePdf(await renderSheetPdf(layout, await photos()))
    expect(probe.imageDraws).toHaveLength(6)
    expect(probe.imageDraws).toHaveLength(layout.placements.length)
    const sizes = probe.imageDraws.map((d) => [ptToMm(d.width), ptToMm(d.height)])
    expect(sizes.filter(([w, h]) => Math.abs(w! - 50.8) < 0.1 && Math.abs(h! - 50.8) < 0.1)).toHaveLength(2)
    expect(sizes.filter(([w, h]) => Math.abs(w! - 35) < 0.1 && Math.abs(h! - 45) < 0.1)).toHaveLength(4)
    for (const [i, p] of layout.placements.entries()) {
      const draw = probe.imageDraws[i]!
      expect(ptToMm(draw.x)).toBeCloseTo(p.xMm, 2)
      // PDF y grows upward from the bottom edge.
      expect(ptToMm(draw.y)).toBeCloseTo(layout.paper.heightMm - p.yMm - p.heightMm, 2)
    }
  })

  it('embeds each photo once, as the original JPEG bytes', async () => {
    const input = await photos()
    const probe = await probePdf(await renderSheetPdf(layoutSheet(mixed), input))
    // pdf-lib names the XObject once per draw; the image object itself must be there only once per photo.
    const embedded = [...new Map([...probe.images.values()].map((image) => [image.ref, image])).values()]
    expect(embedded).toHaveLength(2)
    expect(embedded.every((image) => image.filter === 'DCTDecode')).toBe(true)
    const originals = [...input.values()].map((b) => Buffer.from(b).toString('base64'))
    for (const image of embedded) expect(originals).toContain(Buffer.from(image.bytes).toString('base64'))
  })

  it('draws guides as thin vector lines and replaces characters Helvetica cannot print', async () => {
    const layout = layoutSheet(mixed)
    const probe = await probePdf(await renderSheetPdf(layout, await photos()))
    expect(probe.lines).toHaveLength(layout.guides.segments.length)
    for (const line of probe.lines) expect(ptToMm(line.width)).toBeCloseTo(0.1, 3)
    // "Ł" is spelled L and "ễ" loses its marks; the label is drawn, not dropped.
    expect(probe.content).toMatch(/Tj/)
    expect(probe.content).not.toMatch(/Tj[\s\S]*Tj[\s\S]*Tj/)
  })

  it('applies a printer correction to every placed size, and the page stays the paper', async () => {
    const layout = layoutSheet({ ...mixed, marginMm: 10 })
    // The printer printed a 100 mm ruler as 101 mm: the file must be 100/101 of the true size.
    const factor = 100 / 101
    const probe = await probePdf(await renderSheetPdf(layout, await photos(), { scaleCorrection: factor }))
    expect(ptToMm(probe.mediaBox.width)).toBeCloseTo(148, 2)
    const us = probe.imageDraws.filter((d) => Math.abs(ptToMm(d.width) - 50.8 * factor) < 0.01)
    expect(us).toHaveLength(2)
    for (const d of us) {
      expect(ptToMm(d.width)).toBeCloseTo(50.3, 1)
      expect(ptToMm(d.height)).toBeCloseTo(50.8 * factor, 3)
    }
    // Printed at the printer's +1%, each photo comes out at the spec's size.
    for (const d of us) expect(ptToMm(d.width) * 1.01).toBeCloseTo(50.8, 2)
  })

  it('says which photo is missing rather than failing obscurely', async () => {
    await expect(renderSheetPdf(layoutSheet(mixed), new Map())).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(
      renderSheetPdf(
        layoutSheet(mixed),
        new Map([
          ['us', Buffer.from('nope')],
          ['eu', Buffer.from('nope')]
        ])
      )
    ).rejects.toMatchObject({
      code: 'UNSUPPORTED_FILE'
    })
  })
})
