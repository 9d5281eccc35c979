import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  formatSizeParam,
  parseSizeParam,
  predictSize,
  validateSize
} from '../../../electron/shared/document-size'

describe('predictSize', () => {
  it('gives the documented example: 300x200 on 500x400 is 250x200', () => {
    expect(predictSize({ width: 500, height: 400 }, { width: 300, height: 200 })).toEqual({
      width: 250,
      height: 200
    })
  })

  it('lets the width constrain when its scale is the smaller one', () => {
    expect(predictSize({ width: 1340, height: 956 }, { width: 300, height: 1000 })).toEqual({
      width: 300,
      height: 214
    })
  })

  it('keeps the aspect ratio and fits inside the box, touching one side', () => {
    const side = fc.integer({ min: 1, max: 5000 })
    const bound = fc.integer({ min: 100, max: 1000 })
    fc.assert(
      fc.property(side, side, bound, bound, (ow, oh, rw, rh) => {
        const got = predictSize({ width: ow, height: oh }, { width: rw, height: rh })
        expect(got.width).toBeLessThanOrEqual(rw)
        expect(got.height).toBeLessThanOrEqual(rh)
        expect(got.width === rw || got.height === rh).toBe(true)
        // Rounding to whole pixels moves the ratio by at most one pixel on either side.
        expect(Math.abs(got.width * oh - got.height * ow)).toBeLessThanOrEqual(Math.max(ow, oh))
      })
    )
  })
})

describe('validateSize', () => {
  it('accepts the bounds themselves', () => {
    expect(validateSize({ width: 100, height: 1000 })).toEqual({
      ok: true,
      size: { width: 100, height: 1000 }
    })
  })

  it('explains each offending field for inline validation', () => {
    const result = validateSize({ width: 99, height: 1001 })
    expect(result).toEqual({
      ok: false,
      errors: {
        width: 'Width must be between 100 and 1000 pixels.',
        height: 'Height must be between 100 and 1000 pixels.'
      }
    })
    expect(validateSize({ width: 150.5, height: Number.NaN })).toEqual({
      ok: false,
      errors: { width: 'Width must be a whole number of pixels.', height: 'Height must be a number.' }
    })
  })
})

describe('parseSizeParam', () => {
  it('reads WxH as typed, with spaces or a capital X', () => {
    expect(parseSizeParam('300x200')).toEqual({ ok: true, size: { width: 300, height: 200 } })
    expect(parseSizeParam(' 300 X 200 ')).toEqual({ ok: true, size: { width: 300, height: 200 } })
  })

  it('refuses other shapes and out-of-bound values', () => {
    expect(parseSizeParam('300')).toMatchObject({
      ok: false,
      errors: { size: expect.stringContaining('300x200') }
    })
    expect(parseSizeParam('-300x200').ok).toBe(false)
    expect(parseSizeParam('50x200')).toMatchObject({ ok: false, errors: { width: expect.any(String) } })
  })

  it('round-trips with formatSizeParam', () => {
    expect(formatSizeParam({ width: 640, height: 480 })).toBe('640x480')
    expect(parseSizeParam(formatSizeParam({ width: 640, height: 480 }))).toEqual({
      ok: true,
      size: { width: 640, height: 480 }
    })
  })
})
