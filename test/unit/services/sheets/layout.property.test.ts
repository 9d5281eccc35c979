import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { layoutSheet, resolvePaperSize } from '../../../../electron/main/services/sheets/layout'
import { PAPER_PRESETS } from '../../../../electron/main/services/sheets/paper'
import type { SheetItem, SheetRequest } from '../../../../electron/main/services/sheets/types'

const EPS = 1e-6

const paperArb = fc.oneof(
  fc.constantFrom(...PAPER_PRESETS.map((p) => p.id)),
  fc.record({
    widthMm: fc.double({ min: 40, max: 320, noNaN: true }),
    heightMm: fc.double({ min: 40, max: 320, noNaN: true })
  })
)
const lengthArb = (min: number, max: number) => fc.oneof(fc.constant(0), fc.double({ min, max, noNaN: true }))
const sizeArb = fc.oneof(
  fc.constantFrom([50.8, 50.8], [35, 45], [33, 48], [25, 35], [40, 50], [51, 51]),
  fc.tuple(fc.double({ min: 12, max: 150, noNaN: true }), fc.double({ min: 12, max: 150, noNaN: true }))
)
const itemsArb = fc
  .array(
    fc.record({
      size: sizeArb,
      copies: fc.oneof(fc.constant<'max'>('max'), fc.integer({ min: 0, max: 12 }))
    }),
    { minLength: 1, maxLength: 4 }
  )
  .map((items) =>
    items.map(({ size, copies }, i): SheetItem => ({
      id: `item-${i}`,
      photoId: `photo-${i % 2}`,
      widthMm: size[0],
      heightMm: size[1],
      copies
    }))
  )
const requestArb: fc.Arbitrary<SheetRequest> = fc.record({
  paper: paperArb,
  orientation: fc.constantFrom('auto' as const, 'portrait' as const, 'landscape' as const),
  items: itemsArb,
  marginMm: lengthArb(0, 20),
  gapMm: lengthArb(0, 10),
  guides: fc.constantFrom('lines' as const, 'crop-marks' as const, 'off' as const),
  dpi: fc.constantFrom(254, 300, 600),
  label: fc.option(
    fc.record({
      text: fc.constant('Jane Doe'),
      position: fc.constantFrom('top' as const, 'bottom' as const)
    }),
    {
      nil: undefined
    }
  )
})

/** Largest n with n copies and n − 1 gaps within `available`: the brute-force grid count along one axis. */
function fitAlong(available: number, size: number, gap: number): number {
  let n = 0
  while ((n + 1) * size + n * gap <= available + EPS) n += 1
  return n
}

function gridCount(
  paper: { widthMm: number; heightMm: number },
  margin: number,
  gap: number,
  w: number,
  h: number
): number {
  return fitAlong(paper.widthMm - 2 * margin, w, gap) * fitAlong(paper.heightMm - 2 * margin, h, gap)
}

describe('layoutSheet properties', () => {
  it('never overlaps, stays inside the margins, and counts honestly', () => {
    fc.assert(
      fc.property(requestArb, (request) => {
        const layout = layoutSheet(request)
        const { widthMm: W, heightMm: H } = layout.paper
        const m = request.marginMm
        for (const [i, a] of layout.placements.entries()) {
          expect(a.xMm).toBeGreaterThanOrEqual(m - EPS)
          expect(a.yMm).toBeGreaterThanOrEqual(m - EPS)
          expect(a.xMm + a.widthMm).toBeLessThanOrEqual(W - m + EPS)
          expect(a.yMm + a.heightMm).toBeLessThanOrEqual(H - m + EPS)
          if (layout.label) {
            // The label may sit in the margin band or at the free end of a row: never on a photo.
            const l = layout.label
            const clear =
              a.yMm >= l.yMm + l.heightMm - EPS ||
              a.yMm + a.heightMm <= l.yMm + EPS ||
              a.xMm >= l.xMm + l.widthMm - EPS ||
              a.xMm + a.widthMm <= l.xMm + EPS
            expect(clear).toBe(true)
          }
          for (const b of layout.placements.slice(i + 1)) {
            const apart =
              a.xMm + a.widthMm <= b.xMm + EPS ||
              b.xMm + b.widthMm <= a.xMm + EPS ||
              a.yMm + a.heightMm <= b.yMm + EPS ||
              b.yMm + b.heightMm <= a.yMm + EPS
            expect(apart).toBe(true)
          }
        }
        // Raster rects: inside the canvas and never sharing a pixel.
        const rects = layout.pixels.placements
        for (const [i, a] of rects.entries()) {
          expect(a.leftPx + a.widthPx).toBeLessThanOrEqual(layout.pixels.widthPx)
          expect(a.topPx + a.heightPx).toBeLessThanOrEqual(layout.pixels.heightPx)
          for (const b of rects.slice(i + 1)) {
            const apart =
              a.leftPx + a.widthPx <= b.leftPx ||
              b.leftPx + b.widthPx <= a.leftPx ||
              a.topPx + a.heightPx <= b.topPx ||
              b.topPx + b.heightPx <= a.topPx
            expect(apart).toBe(true)
          }
        }
        // Counts: per item, what was placed is what is reported, never more than asked, and a shortfall is said.
        for (const item of request.items) {
          const placed = layout.placements.filter((p) => p.itemId === item.id).length
          expect(layout.placedCount[item.id]).toBe(placed)
          if (item.copies !== 'max') {
            expect(placed).toBeLessThanOrEqual(item.copies)
            const warned = layout.warnings.some((w) => w.includes(`of ${item.copies} copies of ${item.id}`))
            expect(warned).toBe(placed < item.copies)
          }
        }
        // The label never costs a copy without saying so: the same sheet without a label holds no more copies of
        // any item, unless the label was left off and a note says that.
        if (request.label) {
          const without = layoutSheet({ ...request, label: undefined })
          expect(layout.placements.length).toBeGreaterThanOrEqual(without.placements.length)
          for (const item of request.items.filter((i) => i.copies !== 'max')) {
            expect(layout.placedCount[item.id]).toBeGreaterThanOrEqual(without.placedCount[item.id] ?? 0)
          }
          const noted = layout.notes.some((n) => n.startsWith('The label was left off'))
          expect(noted).toBe(layout.label === undefined && request.label.text.trim() !== '')
        }
      }),
      { numRuns: 400 }
    )
  })

  it("fills a single 'max' item to the brute-force grid count, in both orientations", () => {
    fc.assert(
      fc.property(
        paperArb,
        fc.constantFrom('auto' as const, 'portrait' as const, 'landscape' as const),
        lengthArb(0, 20),
        lengthArb(0, 10),
        sizeArb,
        fc.constantFrom(254, 300, 600),
        (paper, orientation, marginMm, gapMm, [w, h], dpi) => {
          const layout = layoutSheet({
            paper,
            orientation,
            marginMm,
            gapMm,
            dpi,
            guides: 'off',
            items: [{ id: 'a', photoId: 'a', widthMm: w, heightMm: h, copies: 'max' }]
          })
          const size = resolvePaperSize(paper)
          const portrait = {
            widthMm: Math.min(size.widthMm, size.heightMm),
            heightMm: Math.max(size.widthMm, size.heightMm)
          }
          const landscape = { widthMm: portrait.heightMm, heightMm: portrait.widthMm }
          const best = (g: number, m: number): number =>
            orientation === 'portrait'
              ? gridCount(portrait, m, g, w, h)
              : orientation === 'landscape'
                ? gridCount(landscape, m, g, w, h)
                : Math.max(gridCount(portrait, m, g, w, h), gridCount(landscape, m, g, w, h))
          const onePixel = 25.4 / dpi
          if (gapMm >= onePixel && marginMm >= onePixel) {
            expect(layout.placements).toHaveLength(best(gapMm, marginMm))
          } else {
            // Touching copies may be nudged apart, and a copy at an unmargined edge may not round past the raster
            // page, each by under a pixel (packing.ts); never by more.
            expect(layout.placements.length).toBeLessThanOrEqual(best(gapMm, marginMm))
            expect(layout.placements.length).toBeGreaterThanOrEqual(
              best(gapMm + onePixel, marginMm + onePixel)
            )
          }
        }
      ),
      { numRuns: 1000 }
    )
  })
})
