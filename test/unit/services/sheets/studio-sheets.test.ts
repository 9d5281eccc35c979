import sharp from 'sharp'
import { describe, expect, it } from 'vitest'
import { renderSheetPdf } from '../../../../electron/main/services/sheets/compose-pdf'
import { renderSheetRaster } from '../../../../electron/main/services/sheets/compose-raster'
import { fillHint } from '../../../../electron/main/services/sheets/fill-hint'
import { layoutSheet } from '../../../../electron/main/services/sheets/layout'
import { inchesToMm, type PaperId } from '../../../../electron/main/services/sheets/paper'
import { defaultSheetSettings } from '../../../../electron/main/services/sheets/sheet-preferences'
import type { SheetItem, SheetRequest } from '../../../../electron/main/services/sheets/types'
import { probePdf, ptToMm } from './pdf-probe'
import { solidJpeg } from './synthetic-photo'

const passport: SheetItem = {
  id: 'us',
  photoId: 'us',
  widthMm: inchesToMm(2),
  heightMm: inchesToMm(2),
  copies: 'max',
  label: 'US Passport'
}
const schengen: SheetItem = {
  id: 'eu',
  photoId: 'eu',
  widthMm: 35,
  heightMm: 45,
  copies: 'max',
  label: 'Schengen'
}
const photos = async () =>
  new Map([
    ['us', await solidJpeg(600, 600, { r: 200, g: 40, b: 40 })],
    ['eu', await solidJpeg(413, 531, { r: 40, g: 40, b: 200 })]
  ])

/** The sheet a new user gets for this paper: the paper's default settings, label on. */
function studioDefaults(paper: PaperId, item: SheetItem): SheetRequest {
  const settings = defaultSheetSettings(paper)
  return {
    paper,
    orientation: settings.orientation,
    items: [item],
    marginMm: settings.marginMm,
    gapMm: settings.gapMm,
    guides: settings.guides,
    dpi: settings.dpi,
    ...(settings.label
      ? { label: { text: 'Jane Doe · Spec · 2025-03-01', position: 'bottom' as const } }
      : {})
  }
}

const mm = (points: number) => Math.round(ptToMm(points) * 100) / 100

describe('sheets that fill the paper, with the default settings, read back from the saved PDF', () => {
  it.each([
    ['2×2 in on 4×6 in', '4x6in', passport, 6],
    ['35×45 mm on 4×6 in', '4x6in', schengen, 8],
    ['35×45 mm on A4', 'a4', schengen, 30],
    ['2×2 in on 5×7 in', '5x7in', passport, 6]
  ] as const)('%s holds what a studio expects', async (_name, paper, item, expected) => {
    const layout = layoutSheet(studioDefaults(paper, item))
    const probe = await probePdf(await renderSheetPdf(layout, await photos()))
    if (paper === 'a4') expect(probe.imageDraws.length).toBeGreaterThanOrEqual(expected)
    else expect(probe.imageDraws).toHaveLength(expected)
    for (const draw of probe.imageDraws) {
      expect(ptToMm(draw.width)).toBeCloseTo(item.widthMm, 2)
      expect(ptToMm(draw.height)).toBeCloseTo(item.heightMm, 2)
    }
    expect(layout.warnings).toEqual([])
  })

  it('puts 2×2 in on 5×7 in as 2 across and 3 down', async () => {
    const probe = await probePdf(
      await renderSheetPdf(layoutSheet(studioDefaults('5x7in', passport)), await photos())
    )
    expect(new Set(probe.imageDraws.map((d) => mm(d.x))).size).toBe(2)
    expect(new Set(probe.imageDraws.map((d) => mm(d.y))).size).toBe(3)
    expect(mm(probe.mediaBox.width)).toBe(127)
  })

  it('keeps the label where there is room, and leaves it off with a note where there is none', () => {
    // 35×45 on 4×6 in landscape: two rows of 45 mm leave 11.6 mm under them, room for the label.
    const roomy = layoutSheet(studioDefaults('4x6in', schengen))
    expect(roomy.label?.text).toBe('Jane Doe · Spec · 2025-03-01')
    expect(roomy.notes).toEqual([])
    // Six 2×2 in copies fill 4×6 in exactly: the label would cost two copies, so it is left off and said.
    const full = layoutSheet(studioDefaults('4x6in', passport))
    expect(full.placements).toHaveLength(6)
    expect(full.label).toBeUndefined()
    expect(full.notes).toEqual([
      expect.stringMatching(/^The label was left off: .*\(6 fit without it, 4 with it\)/)
    ])
  })

  it('puts the label at the free end of a row when the margin band would cost a copy', () => {
    // Five copies on a 4×6 in sheet: the bottom row has one copy and 50.8 mm free beside it.
    const layout = layoutSheet({
      ...studioDefaults('4x6in', { ...passport, copies: 5 }),
      orientation: 'portrait'
    })
    expect(layout.placements).toHaveLength(5)
    const label = layout.label!
    const last = layout.placements[4]!
    expect(label.xMm).toBeGreaterThanOrEqual(last.xMm + last.widthMm)
    expect(label.yMm + label.heightMm).toBeCloseTo(last.yMm + last.heightMm, 6)
    expect(label.widthMm).toBeGreaterThanOrEqual(30)
  })

  it('draws one cut line on each shared edge of a zero-gap sheet, read back from the PDF', async () => {
    const layout = layoutSheet({
      ...studioDefaults('4x6in', passport),
      label: undefined,
      orientation: 'portrait'
    })
    const probe = await probePdf(await renderSheetPdf(layout, await photos()))
    const vertical = probe.lines.filter((l) => Math.abs(l.x1 - l.x2) < 1e-6).map((l) => mm(l.x1))
    const horizontal = probe.lines.filter((l) => Math.abs(l.y1 - l.y2) < 1e-6).map((l) => mm(l.y1))
    // Three lines down (both edges and the shared one at 50.8 mm), four across; each drawn once, full length.
    expect(vertical.sort((a, b) => a - b)).toEqual([0, 50.8, 101.6])
    expect(horizontal.sort((a, b) => a - b)).toEqual([0, 50.8, 101.6, 152.4])
    for (const line of probe.lines) {
      const length = mm(Math.hypot(line.x2 - line.x1, line.y2 - line.y1))
      expect([101.6, 152.4]).toContain(length)
    }
  })

  it('renders at 254 dpi, where 100 px is 1 cm', async () => {
    const layout = layoutSheet({ ...studioDefaults('4x6in', passport), dpi: 254 })
    const jpeg = await renderSheetRaster(layout, await photos(), { dpi: 254, format: 'jpeg' })
    const meta = await sharp(jpeg).metadata()
    expect([meta.width, meta.height, meta.density]).toEqual([1016, 1524, 254])
    expect(layout.pixels.placements[0]).toMatchObject({ widthPx: 508, heightPx: 508 })
  })
})

describe('fillHint', () => {
  it('says when the settings give fewer copies than would fit, and what to change', () => {
    // The old defaults: 4 mm margin, 2 mm gap, label on. Two copies of 2×2 in on 4×6 in.
    const old: SheetRequest = { ...studioDefaults('4x6in', passport), marginMm: 4, gapMm: 2 }
    const layout = layoutSheet(old)
    expect(layout.placements).toHaveLength(2)
    const hint = fillHint(old, layout)
    // The changes are listed the locale's way (Intl.ListFormat; English, US in tests).
    const changes = new Intl.ListFormat('en-US', { type: 'conjunction' }).format([
      'margin 0',
      'gap 0',
      'no label'
    ])
    expect(hint?.text).toBe(`6 would fit with ${changes}`)
    expect(hint?.changes).toEqual({ marginMm: 0, gapMm: 0, label: false })
    // Taking the hint gives what it promised.
    const taken = layoutSheet({ ...old, marginMm: 0, gapMm: 0, label: undefined })
    expect(taken.placements).toHaveLength(6)
  })

  it('asks only for what is needed', () => {
    const portrait: SheetRequest = { ...studioDefaults('4x6in', schengen), orientation: 'portrait' }
    const hint = fillHint(portrait, layoutSheet(portrait))
    expect(hint).toMatchObject({ copies: 8, text: '8 would fit with automatic orientation' })
    expect(hint?.changes).toEqual({ orientation: 'auto' })
    // A 3 mm gap costs two copies of 35×45 on A4 (8 across in landscape become 7): the gap alone is named.
    const a4: SheetRequest = { ...studioDefaults('a4', schengen), gapMm: 3 }
    const a4Hint = fillHint(a4, layoutSheet(a4))
    expect(a4Hint?.changes).toEqual({ gapMm: 0 })
    expect([a4Hint?.copies, layoutSheet(a4).placements.length]).toEqual([32, 30])
  })

  it('is silent when the sheet is already as full as the paper allows', () => {
    const full = studioDefaults('4x6in', passport)
    expect(fillHint(full, layoutSheet(full))).toBeNull()
    // An office paper's margin is not pushed below what the paper calls for (4 mm on A4).
    const a4 = studioDefaults('a4', schengen)
    expect(fillHint(a4, layoutSheet(a4))).toBeNull()
  })
})
