import { describe, expect, it } from 'vitest'
import { describeApiSheetSize } from '../../../../electron/main/services/sheets/api-sheet-size'
import { physicalSizeFor } from '../../../../electron/main/services/sheets/physical-size'

describe('physicalSizeFor', () => {
  it('uses the physical size a print spec gives', () => {
    // schengen-visa in the spec fixtures: 35×45 mm, 413×531 px, 300 dpi.
    const size = physicalSizeFor({
      widthMm: 35,
      heightMm: 45,
      pixelWidth: 413,
      pixelHeight: 531,
      dpi: 300,
      digitalOnly: false
    })
    expect(size).toEqual({ widthMm: 35, heightMm: 45, derived: false, note: null, dpi: null })
  })

  it('derives a digital-only spec from its pixels and dpi, and says so', () => {
    // dubai-evisa: 300×369 px at 300 dpi, unit px.
    const size = physicalSizeFor({
      widthMm: null,
      heightMm: null,
      pixelWidth: 300,
      pixelHeight: 369,
      dpi: 300,
      digitalOnly: true
    })
    expect(size.derived).toBe(true)
    expect(size.widthMm).toBeCloseTo(25.4, 9)
    expect(size.heightMm).toBeCloseTo(31.242, 6)
    expect(size.note).toBe('No physical size: printed at 300 dpi → 25.4×31.2 mm')
  })

  it('falls back to the given dpi when the spec has none (dpi 0), and says that too', () => {
    const size = physicalSizeFor(
      { widthMm: null, heightMm: null, pixelWidth: 600, pixelHeight: 600, dpi: 0, digitalOnly: true },
      600
    )
    expect(size.widthMm).toBeCloseTo(25.4, 9)
    expect(size.note).toMatch(/^No physical size: printed at 600 dpi → 25.4×25.4 mm/)
    expect(size.note).toMatch(/gives no dpi/)
  })

  it('ignores mm fields on a spec marked digital-only', () => {
    const size = physicalSizeFor({
      widthMm: 300,
      heightMm: 369,
      pixelWidth: 300,
      pixelHeight: 369,
      dpi: 300,
      digitalOnly: true
    })
    expect(size.derived).toBe(true)
  })

  it('refuses a spec with no size at all', () => {
    expect(() =>
      physicalSizeFor({
        widthMm: null,
        heightMm: null,
        pixelWidth: null,
        pixelHeight: null,
        dpi: 300,
        digitalOnly: true
      })
    ).toThrow(expect.objectContaining({ code: 'UNKNOWN_SPEC' }))
  })
})

describe('describeApiSheetSize', () => {
  it('recognises 1800*1200 as 6×4 in at 300 dpi', () => {
    expect(describeApiSheetSize('1800*1200')).toEqual({
      widthPx: 1800,
      heightPx: 1200,
      impliedDpi: 300,
      paperId: '4x6in',
      widthMm: 152.4,
      heightMm: 101.6,
      label: '1800×1200 px — 6×4 in at 300 dpi'
    })
    expect(describeApiSheetSize('1200*1800').label).toBe('1200×1800 px — 4×6 in at 300 dpi')
    expect(describeApiSheetSize('2480*3508')).toMatchObject({
      impliedDpi: 300,
      paperId: 'a4',
      label: '2480×3508 px — A4 at 300 dpi'
    })
    expect(describeApiSheetSize('3600*2400')).toMatchObject({
      impliedDpi: 600,
      label: '3600×2400 px — 6×4 in at 600 dpi'
    })
  })

  it("uses the photo's own resolution when no paper matches", () => {
    const size = describeApiSheetSize(
      '1000*1000',
      { width: 600, height: 600 },
      { widthMm: 50.8, heightMm: 50.8 }
    )
    expect(size).toMatchObject({ impliedDpi: 300, paperId: null })
    expect(size.widthMm).toBeCloseTo(84.67, 2)
    expect(size.label).toBe("1000×1000 px — 84.7×84.7 mm at the photo's 300 dpi")
    expect(describeApiSheetSize('1000*1000')).toMatchObject({
      impliedDpi: null,
      label: '1000×1000 px — print size unknown'
    })
  })

  it('refuses a size that is not width*height', () => {
    expect(() => describeApiSheetSize('big')).toThrow(/width\*height/)
  })
})
