import { describe, expect, it } from 'vitest'
import { layoutSheet } from '../../../../electron/main/services/sheets/layout'
import { inchesToMm, PAPER_PRESETS } from '../../../../electron/main/services/sheets/paper'
import { pxFromMm } from '../../../../electron/main/services/sheets/pixel-geometry'
import type { Placement, SheetItem, SheetRequest } from '../../../../electron/main/services/sheets/types'

const usPassport = (copies: SheetItem['copies']): SheetItem => ({
  id: 'us',
  photoId: 'photo-us',
  widthMm: inchesToMm(2),
  heightMm: inchesToMm(2),
  copies,
  label: 'US Passport'
})
const schengen = (copies: SheetItem['copies']): SheetItem => ({
  id: 'schengen',
  photoId: 'photo-eu',
  widthMm: 35,
  heightMm: 45,
  copies,
  label: 'Schengen visa'
})

function request(overrides: Partial<SheetRequest>): SheetRequest {
  return {
    paper: '4x6in',
    orientation: 'auto',
    items: [usPassport('max')],
    marginMm: 0,
    gapMm: 0,
    guides: 'off',
    ...overrides
  }
}

function overlaps(a: Placement, b: Placement): boolean {
  return (
    a.xMm < b.xMm + b.widthMm &&
    b.xMm < a.xMm + a.widthMm &&
    a.yMm < b.yMm + b.heightMm &&
    b.yMm < a.yMm + a.heightMm
  )
}

describe('paper presets', () => {
  it('has the real paper sizes, in portrait', () => {
    const byId = Object.fromEntries(PAPER_PRESETS.map((p) => [p.id, [p.widthMm, p.heightMm]]))
    expect(byId['4x6in']).toEqual([101.6, 152.4])
    expect(byId['5x7in']).toEqual([127, 177.8])
    expect(byId['3.5x5in']?.[0]).toBeCloseTo(88.9, 6)
    expect(byId['a6']).toEqual([105, 148])
    expect(byId['a5']).toEqual([148, 210])
    expect(byId['a4']).toEqual([210, 297])
    expect(byId['letter']).toEqual([215.9, 279.4])
    expect(inchesToMm(4)).toBeCloseTo(101.6, 10)
  })
})

describe('layoutSheet', () => {
  it('puts six 2×2 in copies edge to edge on 4×6 in paper', () => {
    const layout = layoutSheet(request({}))
    expect(layout.placedCount).toEqual({ us: 6 })
    expect(layout.paper).toEqual({ widthMm: 101.6, heightMm: 152.4, orientation: 'portrait' })
    expect(layout.warnings).toEqual([])
    for (const p of layout.placements) {
      expect(p.widthMm).toBe(inchesToMm(2))
      expect(p.xMm + p.widthMm).toBeLessThanOrEqual(101.6 + 1e-9)
      expect(p.yMm + p.heightMm).toBeLessThanOrEqual(152.4 + 1e-9)
    }
  })

  it('keeps the margin and the gap', () => {
    const layout = layoutSheet(request({ marginMm: 5, gapMm: 2, items: [schengen(4)] }))
    const [first, second] = layout.placements
    expect(first).toMatchObject({ xMm: 5, yMm: 5, widthMm: 35, heightMm: 45 })
    expect(second?.xMm).toBeCloseTo(5 + 35 + 2, 9)
    expect(layout.printableArea).toEqual({ xMm: 5, yMm: 5, widthMm: 91.6, heightMm: 142.4 })
  })

  it('mixes two US Passport and four Schengen copies on one sheet without overlap', () => {
    const layout = layoutSheet(
      request({ marginMm: 3, gapMm: 2, items: [usPassport(2), schengen(4)], paper: 'a6' })
    )
    expect(layout.placedCount).toEqual({ us: 2, schengen: 4 })
    expect(layout.warnings).toEqual([])
    expect(layout.placements.filter((p) => p.photoId === 'photo-us')).toHaveLength(2)
    for (const [i, a] of layout.placements.entries()) {
      for (const b of layout.placements.slice(i + 1)) expect(overlaps(a, b)).toBe(false)
    }
  })

  it('places what fits and says how many did not', () => {
    const layout = layoutSheet(request({ marginMm: 5, gapMm: 2, items: [usPassport(6)] }))
    expect(layout.placedCount.us).toBe(2)
    expect(layout.placements).toHaveLength(2)
    expect(layout.warnings).toHaveLength(1)
    expect(layout.warnings[0]).toContain('Only 2 of 6 copies of US Passport')
  })

  it("fills the space the numbered items leave with the 'max' item", () => {
    const layout = layoutSheet(
      request({ items: [schengen('max'), usPassport(2)], paper: 'a5', marginMm: 5, gapMm: 2 })
    )
    expect(layout.placedCount.us).toBe(2)
    expect(layout.placedCount.schengen).toBeGreaterThan(0)
    // Numbered items are placed first, so they are never squeezed out by a 'max' item listed before them.
    expect(layout.placements[0]?.itemId).toBe('us')
  })

  it('picks landscape when it holds more copies, and portrait on a tie', () => {
    // 35×45 on A4 with 10 mm margins: portrait 5×5 = 25, landscape 7×3 = 21 → portrait.
    expect(
      layoutSheet(request({ paper: 'a4', marginMm: 10, items: [schengen('max')] })).paper.orientation
    ).toBe('portrait')
    // 45×35 (a landscape photo) on A4: portrait 4×7 = 28, landscape 6×5 = 30 → landscape.
    const wide = { ...schengen('max'), widthMm: 45, heightMm: 35 }
    const layout = layoutSheet(request({ paper: 'a4', marginMm: 10, items: [wide] }))
    expect(layout.paper).toMatchObject({ orientation: 'landscape', widthMm: 297, heightMm: 210 })
    expect(layout.placements).toHaveLength(30)
    // 2×2 in on 4×6 in fits 6 either way: a tie stays portrait.
    expect(layoutSheet(request({})).paper.orientation).toBe('portrait')
  })

  it('obeys a forced orientation', () => {
    const layout = layoutSheet(request({ orientation: 'landscape' }))
    expect(layout.paper).toMatchObject({ orientation: 'landscape', widthMm: 152.4, heightMm: 101.6 })
  })

  it('accepts a custom paper size in inches', () => {
    const layout = layoutSheet(request({ paper: { widthMm: inchesToMm(4), heightMm: inchesToMm(4) } }))
    expect(layout.placements).toHaveLength(4)
  })

  it('reserves the label band inside the top margin and returns where the text goes', () => {
    const layout = layoutSheet(
      request({
        paper: 'a6',
        marginMm: 4,
        gapMm: 2,
        items: [schengen(2)],
        label: { text: ' Jane Doe · Schengen · 2025-03-01 ', position: 'top' }
      })
    )
    expect(layout.label).toMatchObject({
      text: 'Jane Doe · Schengen · 2025-03-01',
      xMm: 4,
      yMm: 4,
      heightMm: 3.5
    })
    const label = layout.label!
    expect(label.baselineYMm).toBeGreaterThan(label.yMm)
    expect(label.baselineYMm).toBeLessThan(label.yMm + label.heightMm)
    for (const p of layout.placements) expect(p.yMm).toBeGreaterThanOrEqual(label.yMm + label.heightMm)
  })

  it('reserves a bottom label without moving the photos down', () => {
    const layout = layoutSheet(
      request({ paper: 'a6', marginMm: 4, items: [schengen(1)], label: { text: 'x', position: 'bottom' } })
    )
    expect(layout.label!.yMm + layout.label!.heightMm).toBeCloseTo(148 - 4, 9)
    expect(layout.placements[0]?.yMm).toBe(4)
    expect(layout.printableArea.yMm + layout.printableArea.heightMm).toBeLessThanOrEqual(layout.label!.yMm)
  })

  it('draws cut lines along every photo edge', () => {
    const layout = layoutSheet(request({ guides: 'lines', marginMm: 3, gapMm: 3, items: [schengen(2)] }))
    expect(layout.guides.segments).toHaveLength(8)
    const first = layout.placements[0]!
    expect(layout.guides.segments).toContainEqual({
      x1Mm: first.xMm,
      y1Mm: first.yMm,
      x2Mm: first.xMm + 35,
      y2Mm: first.yMm
    })
  })

  it('draws crop marks outside the photos only, and none between touching photos', () => {
    const layout = layoutSheet(
      request({ guides: 'crop-marks', marginMm: 6, gapMm: 4, paper: 'a5', items: [schengen('max')] })
    )
    expect(layout.guides.segments.length).toBeGreaterThan(0)
    for (const s of layout.guides.segments) {
      for (const p of layout.placements) {
        // A mark may lie on a photo's edge line but never inside a photo.
        const insideX =
          Math.max(s.x1Mm, s.x2Mm) > p.xMm + 1e-9 && Math.min(s.x1Mm, s.x2Mm) < p.xMm + p.widthMm - 1e-9
        const insideY =
          Math.max(s.y1Mm, s.y2Mm) > p.yMm + 1e-9 && Math.min(s.y1Mm, s.y2Mm) < p.yMm + p.heightMm - 1e-9
        const horizontal = s.y1Mm === s.y2Mm
        const crosses = horizontal
          ? insideX && s.y1Mm > p.yMm && s.y1Mm < p.yMm + p.heightMm
          : insideY && s.x1Mm > p.xMm && s.x1Mm < p.xMm + p.widthMm
        expect(crosses).toBe(false)
        expect(
          horizontal
            ? insideX && (s.y1Mm === p.yMm || s.y1Mm === p.yMm + p.heightMm)
            : insideY && (s.x1Mm === p.xMm || s.x1Mm === p.xMm + p.widthMm)
        ).toBe(false)
      }
    }
    const touching = layoutSheet(request({ guides: 'crop-marks', marginMm: 0, gapMm: 0 }))
    expect(touching.guides.segments).toEqual([])
  })

  it('gives pixel geometry that rounds edges and sizes, not accumulated positions', () => {
    const layout = layoutSheet(
      request({ paper: 'a4', marginMm: 7, gapMm: 2.5, items: [schengen('max')], dpi: 600 })
    )
    expect(layout.pixels).toMatchObject({ dpi: 600, widthPx: 4961, heightPx: 7016 })
    for (const [i, p] of layout.placements.entries()) {
      const px = layout.pixels.placements[i]!
      expect(px.widthPx).toBe(Math.round((35 / 25.4) * 600))
      expect(px.heightPx).toBe(Math.round((45 / 25.4) * 600))
      expect(px.leftPx).toBe(pxFromMm(p.xMm, 600))
      expect(px.topPx).toBe(pxFromMm(p.yMm, 600))
    }
  })

  it('keeps touching copies from sharing a pixel when their size rounds up', () => {
    // 33 mm at 300 dpi is 389.76 px → 390: the next copy must start at or after the rounded edge.
    const item: SheetItem = { id: 'x', photoId: 'x', widthMm: 33, heightMm: 33, copies: 'max' }
    const layout = layoutSheet(request({ paper: 'a4', marginMm: 5, items: [item] }))
    const rects = layout.pixels.placements
    for (const [i, a] of rects.entries()) {
      for (const b of rects.slice(i + 1)) {
        const apart =
          a.leftPx + a.widthPx <= b.leftPx ||
          b.leftPx + b.widthPx <= a.leftPx ||
          a.topPx + a.heightPx <= b.topPx ||
          b.topPx + b.heightPx <= a.topPx
        expect(apart).toBe(true)
      }
    }
    expect(layout.placements).toHaveLength(6 * 8)
  })

  it('refuses nonsense with a message a person can act on', () => {
    expect(() => layoutSheet(request({ marginMm: -1 }))).toThrow(/margin/)
    expect(() => layoutSheet(request({ items: [{ ...usPassport(1.5) }] }))).toThrow(/whole number/)
    expect(() => layoutSheet(request({ items: [usPassport(1), usPassport(1)] }))).toThrow(/twice/)
    expect(() => layoutSheet(request({ paper: 'b5' as never }))).toThrow(/not known/)
  })

  it('warns when the margins leave no room', () => {
    const layout = layoutSheet(request({ marginMm: 60 }))
    expect(layout.placements).toEqual([])
    expect(layout.warnings.join(' ')).toMatch(/margins leave no room/)
  })
})
