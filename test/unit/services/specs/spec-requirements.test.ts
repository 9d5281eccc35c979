import { describe, expect, it } from 'vitest'
import {
  backgroundReference,
  parseColourMode,
  parseSpec,
  parseSpecRequirements,
  requiredUploadPixels,
  SpecDetailsSchema
} from '../../../../electron/main/services/specs/spec-parse'
import { asApiResponse, details, fixtures, parseRow } from './spec-fixtures'

// What the checks and the upload take from a spec: the pixels to upload, the colour mode, the background.

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
