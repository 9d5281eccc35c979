import { describe, expect, it } from 'vitest'
import { sheetLayout } from '../../../electron/main/demo/passport-photo/photo-sheet'

describe('sheetLayout', () => {
  it('fits as many copies at full size as the sheet holds, with gaps', () => {
    // 1800x1200, gap 24: (1800-24)/(413+24) = 4.06 columns, (1200-24)/(531+24) = 2.1 rows.
    expect(sheetLayout(1800, 1200, 413, 531)).toEqual({
      columns: 4,
      rows: 2,
      photoWidth: 413,
      photoHeight: 531,
      gap: 24
    })
    expect(sheetLayout(1800, 1200, 600, 600)).toMatchObject({ columns: 2, rows: 1, photoWidth: 600 })
  })

  it('shrinks one copy to fit when the sheet is smaller than the photo', () => {
    const layout = sheetLayout(400, 400, 600, 600)
    expect(layout).toMatchObject({ columns: 1, rows: 1 })
    expect(layout.photoWidth + 2 * layout.gap).toBeLessThanOrEqual(400)
  })
})
