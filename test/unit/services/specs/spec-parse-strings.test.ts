import { describe, expect, it } from 'vitest'
import { parseSpec, SpecDetailsSchema } from '../../../../electron/main/services/specs/spec-parse'
import { details } from './spec-fixtures'

// parseSpec on strings written by hand (the spellings the table may yet use, and garbage), and the schema of
// the API's answer.

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
