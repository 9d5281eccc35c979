import { describe, expect, it } from 'vitest'
import { formatSpecValue, rangeInPixels } from '../../../../electron/main/services/face/spec-ranges'
import { requirementsFor } from './face-fixtures'

describe('spec ranges in pixels', () => {
  it('converts inches, mm, % and px at the photo’s own height', () => {
    const us = requirementsFor('us-passport').spec // 2 in, 600 px
    expect(rangeInPixels(us.headHeight, us, 600)).toMatchObject({ minPx: 300, maxPx: 412.5, widened: false })
    // The same spec measured on a 1200 px photo: twice the pixels.
    expect(rangeInPixels(us.eyeToBottom, us, 1200)).toMatchObject({ minPx: 675, maxPx: 825 })
    const france = requirementsFor('france-passport').spec // 45 mm, 531 px
    expect(rangeInPixels(france.headHeight, france, 531)?.minPx).toBeCloseTo((32 * 531) / 45, 6)
    const ireland = requirementsFor('ireland-digital-passport').spec // px
    expect(rangeInPixels(ireland.headHeight, ireland, 951)).toMatchObject({ minPx: 740, maxPx: 845 })
    const nigeria = requirementsFor('nigeria-passport').spec // px spec, mm range, 800 px at 600 dpi
    expect(rangeInPixels(nigeria.headHeight, nigeria, 800)?.minPx).toBeCloseTo((29 / 25.4) * 600, 6)
  })

  it('is null without a range', () => {
    const spec = requirementsFor('1x1-inch').spec
    expect(rangeInPixels(spec.headHeight, spec, 300)).toBeNull()
  })

  it('writes values the way the spec table does', () => {
    expect(formatSpecValue(1.375, 'in')).toBe('1 3/8')
    expect(formatSpecValue(1.125, 'in')).toBe('1 1/8')
    expect(formatSpecValue(1.5, 'in')).toBe('1 1/2')
    expect(formatSpecValue(0.75, 'in')).toBe('3/4')
    expect(formatSpecValue(1, 'in')).toBe('1')
    expect(formatSpecValue(1.3, 'in')).toBe('1.30')
    expect(formatSpecValue(37.8, 'mm')).toBe('37.8')
    expect(formatSpecValue(32, 'mm')).toBe('32')
    expect(formatSpecValue(265.68, 'px')).toBe('266')
  })
})
