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

describe('downscale (the worker’s own fallback for large inputs)', () => {
  it('averages boxes and keeps the aspect ratio', async () => {
    const { downscale } = await import('../../../../electron/main/services/face/resample')
    // 1200×600, left half black, right half white, RGBA: 800×400 RGB with the edge at x = 400.
    const width = 1200
    const height = 600
    const data = new Uint8Array(width * height * 4)
    for (let y = 0; y < height; y++)
      for (let x = width / 2; x < width; x++) data.fill(255, (y * width + x) * 4, (y * width + x) * 4 + 4)
    const { image, factor } = downscale({ data, width, height, channels: 4 }, 800)
    expect([image.width, image.height, image.channels, factor]).toEqual([800, 400, 3, 1.5])
    expect(image.data[(200 * 800 + 100) * 3]).toBe(0)
    expect(image.data[(200 * 800 + 700) * 3 + 2]).toBe(255)
    expect(downscale({ data, width, height, channels: 4 }, 1200).factor).toBe(1)
  })
})
