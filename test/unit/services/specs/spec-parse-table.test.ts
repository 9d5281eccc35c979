import { describe, expect, it } from 'vitest'
import { parseSpec, SpecDetailsSchema } from '../../../../electron/main/services/specs/spec-parse'
import { asApiResponse, fixtures, parseRow } from './spec-fixtures'

// parseSpec over the real table: every one of its specs, and the quirks found in it.

describe('parseSpec over every fixture spec', () => {
  it('has the whole table', () => {
    expect(fixtures.length).toBe(297)
  })

  it.each(fixtures.map((row) => [row.specCode, row] as const))('%s parses to sane numbers', (_code, row) => {
    const spec = parseSpec(SpecDetailsSchema.parse(asApiResponse(row)))
    expect(spec.specCode).toBe(row.specCode)
    expect(spec.name).toBe(row.specCodeName)
    expect(spec.unit).toBe(row.unit === 'inch' ? 'in' : row.unit)

    // Pixels always come from photoPixel, even when a px spec's photoSize disagrees.
    expect(spec.pixelWidth).toBe(row.widthPx)
    expect(spec.pixelHeight).toBe(row.heightPx)
    expect(spec.dpi).not.toBeNull()
    expect(spec.dpi).toBeGreaterThanOrEqual(72)

    if (row.unit === 'px') {
      expect(spec.digitalOnly).toBe(true)
      expect(spec.widthMm).toBeNull()
      expect(spec.heightMm).toBeNull()
    } else {
      expect(spec.digitalOnly).toBe(false)
      const factor = row.unit === 'mm' ? 1 : 25.4
      expect(spec.widthMm).toBeCloseTo(row.width * factor, 1)
      expect(spec.heightMm).toBeCloseTo(row.height * factor, 1)
      // A printable photo is between 2 and 16 cm on each side.
      expect(spec.widthMm).toBeGreaterThanOrEqual(20)
      expect(spec.heightMm).toBeLessThanOrEqual(160)
    }

    for (const [text, range] of [
      [row.headHeight, spec.headHeight],
      [row.eyeToBottom, spec.eyeToBottom]
    ] as const) {
      if (text === '') {
        expect(range).toBeNull()
        continue
      }
      expect(range).not.toBeNull()
      expect(range!.min).toBeGreaterThan(0)
      expect(range!.min).toBeLessThanOrEqual(range!.max)
    }

    expect(spec.background.name).not.toBe('')
    expect(spec.background.name).not.toBe('gery')
  })
})

describe('parseSpec quirks from the real table', () => {
  it('reads US Passport: inches, mixed fractions, hex background', () => {
    const spec = parseRow('us-passport')
    expect(spec).toMatchObject({
      unit: 'in',
      widthMm: 50.8,
      heightMm: 50.8,
      pixelWidth: 600,
      pixelHeight: 600,
      dpi: 300,
      digitalOnly: false,
      headHeight: { min: 1, max: 1.375, unit: 'in' },
      eyeToBottom: { min: 1.125, max: 1.375, unit: 'in' },
      background: { hex: '#FFFFFF', name: 'white' }
    })
  })

  it('maps the unit "inch" to in', () => {
    expect(parseRow('neet-passport')).toMatchObject({
      unit: 'in',
      widthMm: 63.5,
      heightMm: 88.9
    })
  })

  it('derives dpi when the API says 0 DPI', () => {
    expect(parseRow('franch-driver').dpi).toBe(300)
  })

  it('treats a px spec as digital only and keeps ranges in px when they fit', () => {
    const spec = parseRow('ireland-digital-passport')
    expect(spec).toMatchObject({
      unit: 'px',
      digitalOnly: true,
      widthMm: null,
      pixelWidth: 715
    })
    expect(spec.headHeight).toEqual({ min: 740, max: 845, unit: 'px' })
  })

  it('keeps a percentage head height', () => {
    expect(parseRow('uk-digital-passport').headHeight).toEqual({
      min: 37,
      max: 37,
      unit: '%'
    })
  })

  it('reads bare numbers larger than the photo as a percentage', () => {
    expect(parseRow('25x30-mm').headHeight).toEqual({
      min: 75,
      max: 75,
      unit: '%'
    })
  })

  it('puts a reversed range in order', () => {
    expect(parseRow('canada-firearms-license').headHeight).toEqual({
      min: 53,
      max: 78,
      unit: '%'
    })
  })

  it('reads mm values on an inch spec as mm', () => {
    expect(parseRow('argentina-passport').headHeight).toEqual({
      min: 24,
      max: 28,
      unit: 'mm'
    })
    expect(parseRow('uae-register-arrival').eyeToBottom).toEqual({
      min: 20,
      max: 30,
      unit: 'mm'
    })
  })

  it('reads inch fractions on a mm spec as inches', () => {
    expect(parseRow('vietnam-visa').headHeight).toEqual({
      min: 1,
      max: 1.375,
      unit: 'in'
    })
  })

  it('reads mm values on a px spec through its nominal dpi', () => {
    expect(parseRow('nigeria-passport').headHeight).toEqual({
      min: 29,
      max: 34,
      unit: 'mm'
    })
  })

  it('fixes the "gery" typo and names an empty background', () => {
    expect(parseRow('newzealand-digital-passport').background).toEqual({
      hex: null,
      name: 'grey'
    })
    expect(parseRow('uk-bno-digital').background).toEqual({
      hex: null,
      name: 'not specified'
    })
  })

  it('uses photoPixel when a px spec has a different photoSize', () => {
    expect(parseRow('student-id-400x600px')).toMatchObject({
      pixelWidth: 400,
      pixelHeight: 400
    })
  })
})
