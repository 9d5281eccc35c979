import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import {
  backgroundReference,
  parseColourMode,
  parseSpec,
  parseSpecRequirements,
  requiredUploadPixels,
  SpecDetailsSchema,
  type ParsedSpec,
  type SpecDetails
} from '../../../../electron/main/services/specs/spec-parse'

interface FixtureSpec {
  specCode: string
  specCodeName: string
  unit: string
  width: number
  height: number
  widthPx: number
  heightPx: number
  dpi: number
  headHeight: string
  eyeToBottom: string
  backgroundColorName: string
}

const fixturePath = fileURLToPath(new URL('../../../fixtures/idphoto-specs.json', import.meta.url))
const fixtures = JSON.parse(readFileSync(fixturePath, 'utf8')) as FixtureSpec[]

/** Formats a fixture row the way the API answers getIdPhotoSpec: every field a string. */
function asApiResponse(row: FixtureSpec): unknown {
  return {
    specCode: row.specCode,
    specCodeName: row.specCodeName,
    photoSizeUnit: row.unit,
    photoSize: `${row.width} x ${row.height} ${row.unit}`,
    photoPixel: `${row.widthPx} x ${row.heightPx} px`,
    photoDpi: `${row.dpi} DPI`,
    headHeight: row.headHeight,
    eyeToBottom: row.eyeToBottom,
    backgroundColor: row.backgroundColorName === 'white' ? '#FFFFFF' : '',
    backgroundColorName: row.backgroundColorName
  }
}

function parseRow(code: string): ParsedSpec {
  const row = fixtures.find((candidate) => candidate.specCode === code)
  if (!row) throw new Error(`fixture ${code} missing`)
  return parseSpec(SpecDetailsSchema.parse(asApiResponse(row)))
}

function details(overrides: Partial<SpecDetails>): SpecDetails {
  return SpecDetailsSchema.parse({
    specCode: 'test-spec',
    specCodeName: 'Test Spec',
    ...overrides
  })
}

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

describe('parseSpec on hand-written strings', () => {
  it('accepts × and * and commas, and a unit glued to the number', () => {
    expect(parseSpec(details({ photoSize: '35×45mm', photoPixel: '1,200*1,600 px' }))).toMatchObject({
      unit: 'mm',
      widthMm: 35,
      heightMm: 45,
      pixelWidth: 1200,
      pixelHeight: 1600
    })
    expect(parseSpec(details({ photoSize: '3,5 x 4,5 cm' }))).toMatchObject({
      unit: 'mm',
      widthMm: 35
    })
  })

  it('accepts an en dash, a unicode fraction and the word "to" in ranges', () => {
    const spec = parseSpec(
      details({
        photoSize: '2 x 2 in',
        headHeight: '1 – 1⅜',
        eyeToBottom: '1 1/8 to 1 3/8'
      })
    )
    expect(spec.headHeight).toEqual({ min: 1, max: 1.375, unit: 'in' })
    expect(spec.eyeToBottom).toEqual({ min: 1.125, max: 1.375, unit: 'in' })
  })

  it('honours an explicit unit in a range', () => {
    expect(parseSpec(details({ photoSize: '2 x 2 in', headHeight: '25 - 35 mm' })).headHeight).toEqual({
      min: 25,
      max: 35,
      unit: 'mm'
    })
  })

  it('derives pixels from size and dpi', () => {
    expect(parseSpec(details({ photoSize: '2 x 2 in', photoDpi: '300 DPI' }))).toMatchObject({
      pixelWidth: 600,
      pixelHeight: 600
    })
  })

  it('falls back to photoSizeUnit when photoSize has no unit', () => {
    expect(parseSpec(details({ photoSizeUnit: 'mm', photoSize: '35 x 45' }))).toMatchObject({
      unit: 'mm',
      heightMm: 45
    })
  })

  it('returns nulls, never throws, for garbage and missing fields', () => {
    const spec = parseSpec(
      details({
        photoSize: 'passport size',
        photoPixel: 'n/a',
        photoDpi: 'high',
        headHeight: 'about right'
      })
    )
    expect(spec).toMatchObject({
      unit: null,
      widthMm: null,
      heightMm: null,
      pixelWidth: null,
      pixelHeight: null,
      dpi: null,
      digitalOnly: true,
      headHeight: null,
      eyeToBottom: null,
      background: { hex: null, name: 'not specified' }
    })
    expect(parseSpec(details({})).name).toBe('Test Spec')
    expect(parseSpec(SpecDetailsSchema.parse({ specCode: 'bare' })).name).toBe('bare')
  })

  it('normalises hex colours', () => {
    expect(parseSpec(details({ backgroundColor: 'fff' })).background).toEqual({
      hex: '#FFFFFF',
      name: 'white'
    })
    expect(
      parseSpec(details({ backgroundColor: '#a1b2c3', backgroundColorName: 'Blue' })).background
    ).toEqual({
      hex: '#A1B2C3',
      name: 'blue'
    })
  })
})

describe('SpecDetailsSchema', () => {
  it('tolerates numbers and nulls and requires a specCode', () => {
    const parsed = SpecDetailsSchema.parse({
      specCode: 'x',
      photoDpi: 300,
      headHeight: null,
      extra: 1
    })
    expect(parsed.photoDpi).toBe('300')
    expect(parsed.headHeight).toBeUndefined()
    expect(SpecDetailsSchema.safeParse({ photoDpi: '300 DPI' }).success).toBe(false)
  })
})

describe('requiredUploadPixels', () => {
  it('is the spec pixel box', () => {
    expect(requiredUploadPixels(parseRow('us-passport'))).toEqual({
      width: 600,
      height: 600
    })
    expect(requiredUploadPixels(parseRow('newzealand-online-visa'))).toEqual({
      width: 1650,
      height: 2200
    })
  })

  it('falls back to size at 300 dpi, then to 600×600', () => {
    expect(requiredUploadPixels(parseSpec(details({ photoSize: '35 x 45 mm' })))).toEqual({
      width: 413,
      height: 531
    })
    expect(requiredUploadPixels(parseSpec(details({})))).toEqual({
      width: 600,
      height: 600
    })
  })
})

describe('colour mode and background reference for the checks', () => {
  it('reads the color field in its spellings', () => {
    for (const text of ['IN_COLOR', 'colour', 'Color photo', 'COLOUR'])
      expect(parseColourMode(text), text).toBe('colour')
    for (const text of ['BLACK_AND_WHITE', 'greyscale', 'GRAYSCALE', 'B&W', 'monochrome']) {
      expect(parseColourMode(text), text).toBe('greyscale')
    }
    for (const text of [undefined, '', 'ANY']) expect(parseColourMode(text)).toBeNull()
  })

  it('compares against the hex when given, else the usual colour for the name, else nothing', () => {
    expect(backgroundReference({ hex: '#A1B2C3', name: 'blue' })).toEqual({
      rgb: { r: 0xa1, g: 0xb2, b: 0xc3 },
      from: 'hex'
    })
    expect(backgroundReference({ hex: null, name: 'grey' })).toEqual({
      rgb: { r: 0xd9, g: 0xd9, b: 0xd9 },
      from: 'name'
    })
    expect(backgroundReference({ hex: null, name: 'not specified' })).toBeNull()
  })

  it('gives the requirements of a spec answer in one call', () => {
    const requirements = parseSpecRequirements(
      SpecDetailsSchema.parse({
        ...(asApiResponse(fixtures.find((r) => r.specCode === 'newzealand-digital-passport')!) as object),
        color: 'IN_COLOR'
      })
    )
    expect(requirements).toMatchObject({
      colour: 'colour',
      background: { rgb: { r: 0xd9, g: 0xd9, b: 0xd9 }, from: 'name' }
    })
    expect(requirements.spec.specCode).toBe('newzealand-digital-passport')
  })

  it('reads a head as tall as the photo itself as a percentage (40×60 mm, "60 - 60")', () => {
    expect(parseRow('40x60-mm').headHeight).toEqual({ min: 60, max: 60, unit: '%' })
  })
})
