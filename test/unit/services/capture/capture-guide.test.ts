import { describe, expect, it } from 'vitest'
import { captureGuide } from '../../../../electron/main/services/capture/capture-guide'
import { allSpecs, requirementsFor, requirementsOf } from '../face/face-fixtures'

describe('the head guide over the live view', () => {
  it('draws US Passport from its own numbers: square frame, head 1–1 3/8 in and eyes 1 1/8–1 3/8 in of a 2 in photo', () => {
    const guide = captureGuide(requirementsFor('us-passport'))
    expect(guide.aspect).toBe(1)
    expect(guide.head.min).toBeCloseTo(1 / 2, 6)
    expect(guide.head.max).toBeCloseTo(1.375 / 2, 6)
    // The eye band, from the top: 2 − 1 3/8 = 0.625 in to 2 − 1 1/8 = 0.875 in.
    expect(guide.eyes?.top).toBeCloseTo(0.625 / 2, 6)
    expect(guide.eyes?.bottom).toBeCloseTo(0.875 / 2, 6)
    expect(guide.fromSpec).toBe(true)
    expect(guide.legend).toEqual(['Head 1–1 3/8 in', 'Eyes 1 1/8–1 3/8 in from the bottom'])
    // Crown above the eye band, chin below it; the span between the bands' far edges is the tallest head.
    expect(guide.crown.bottom).toBeLessThan(guide.eyes!.top)
    expect(guide.chin.top).toBeGreaterThan(guide.eyes!.bottom)
    expect(guide.chin.bottom - guide.crown.top).toBeCloseTo(guide.head.max, 6)
    expect(guide.chin.top - guide.crown.bottom).toBeCloseTo(guide.head.min, 6)
  })

  it('scales with the spec: a 35 × 45 mm frame, and the head range of UK Passport (29–34 mm)', () => {
    const guide = captureGuide(requirementsFor('uk-passport'))
    expect(guide.aspect).toBeCloseTo(413 / 531, 3)
    expect(guide.head.min).toBeCloseTo(29 / 45, 2)
    expect(guide.head.max).toBeCloseTo(34 / 45, 2)
    expect(guide.eyes).toBeNull()
    expect(guide.chin.bottom - guide.crown.top).toBeCloseTo(guide.head.max, 6)
  })

  it('stays inside the photo for every spec of the table, and says when the spec has no head numbers', () => {
    for (const entry of allSpecs()) {
      const guide = captureGuide(requirementsOf(entry))
      for (const band of [guide.crown, guide.chin, ...(guide.eyes ? [guide.eyes] : [])]) {
        expect(band.top).toBeGreaterThanOrEqual(0)
        expect(band.bottom).toBeLessThanOrEqual(1)
        expect(band.top).toBeLessThanOrEqual(band.bottom)
      }
      expect(guide.crown.top).toBeLessThan(guide.chin.bottom)
      expect(guide.aspect).toBeGreaterThan(0.4)
      if (!guide.fromSpec) expect(guide.legend.join(' ')).toContain('no head height')
    }
  })
})
