import { describe, expect, it } from 'vitest'
import { postCheck } from '../../../../electron/main/services/face/post-check'
import { parseSpecRequirements, SpecDetailsSchema } from '../../../../electron/main/services/specs/spec-parse'
import { madeFace, madeMeasurement } from './made-face'
import { requirementsFor } from './face-fixtures'

const usPassport = requirementsFor('us-passport')

/** A 600×600 US Passport photo (300 px per inch) with the given rows. */
function usPhoto(rows: { crown: number; eyes: number; chin: number }, centreX = 300) {
  return madeMeasurement(600, 600, [madeFace({ ...rows, centreX })])
}

const byId = (check: ReturnType<typeof postCheck>, id: string) => check.criteria.find((c) => c.id === id)

describe('postCheck against the spec’s own numbers', () => {
  it('passes a photo inside every range, showing value, range and a tick', () => {
    // Head 348 px = 1.16 in; eyes 600 − 225 = 375 px = 1.25 in above the bottom.
    const check = postCheck(usPhoto({ crown: 40, eyes: 225, chin: 388 }), usPassport)
    expect(check.source).toBe('app-measurement')
    expect(check.verdict).toBe('pass')
    expect(byId(check, 'head-height')).toMatchObject({ status: 'pass', display: 'Head 1.16 in (1–1 3/8) ✓' })
    expect(byId(check, 'eye-line')).toMatchObject({
      status: 'pass',
      display: 'Eyes 1.25 in from bottom (1 1/8–1 3/8) ✓'
    })
    expect(byId(check, 'eye-line')!.measured).toBeCloseTo(1.25, 5)
    expect(byId(check, 'eye-line')!.allowed).toEqual({ min: 1.125, max: 1.375 })
    expect(byId(check, 'head-centred')?.status).toBe('pass')
    expect(byId(check, 'background-colour')?.status).toBe('pass')
    expect(byId(check, 'colour')?.status).toBe('pass')
  })

  it('fails the eye line of the photo from the issue: 1.04 in from the bottom', () => {
    // 1.04 in × 300 = 312 px above the bottom: eye row 288.
    const check = postCheck(usPhoto({ crown: 110, eyes: 288, chin: 440 }), usPassport)
    expect(byId(check, 'eye-line')).toMatchObject({
      status: 'fail',
      display: 'Eyes 1.04 in from bottom (1 1/8–1 3/8) ✗'
    })
    expect(check.verdict).toBe('fail')
  })

  it('fails a head that is too small, too big, or off centre', () => {
    expect(
      byId(postCheck(usPhoto({ crown: 100, eyes: 225, chin: 380 }), usPassport), 'head-height')?.display
    ).toBe('Head 0.93 in (1–1 3/8) ✗')
    expect(
      byId(postCheck(usPhoto({ crown: 5, eyes: 225, chin: 440 }), usPassport), 'head-height')?.status
    ).toBe('fail')
    expect(
      byId(postCheck(usPhoto({ crown: 40, eyes: 225, chin: 388 }, 360), usPassport), 'head-centred')
    ).toMatchObject({
      status: 'fail',
      display: 'Head 10.0 % of the width off centre (at most 5 %) ✗'
    })
  })

  it('does not measure a head whose crown is cut off, and does not pass it', () => {
    const face = madeFace({ crown: -20, eyes: 200, chin: 380, centreX: 300 })
    face.crown = { point: { x: 300, y: 0 }, method: 'cut-off' }
    const check = postCheck(madeMeasurement(600, 600, [face]), usPassport)
    expect(byId(check, 'head-height')?.status).toBe('not-measured')
    expect(byId(check, 'head-height')?.method).toMatch(/cut off/)
  })

  it('says so when the spec has no numbers, and never shows a pass for them', () => {
    const bare = parseSpecRequirements(
      SpecDetailsSchema.parse({ specCode: 'bare', photoSize: '2 x 2 in', photoPixel: '600 x 600 px' })
    )
    const check = postCheck(usPhoto({ crown: 40, eyes: 225, chin: 388 }), bare)
    expect(check.specHasNumbers).toBe(false)
    for (const id of ['head-height', 'eye-line']) {
      expect(byId(check, id)).toMatchObject({ status: 'no-spec-numbers', measured: null })
      expect(byId(check, id)?.display).toMatch(/gives no numbers, so it was not checked/)
    }
    expect(byId(check, 'background-colour')?.status).toBe('no-spec-numbers')
    expect(byId(check, 'colour')?.status).toBe('no-spec-numbers')
  })

  it('widens a single-value range by the stated tolerance and says so', () => {
    // uae-passport: head "37.8 - 37.8" mm on a 60 mm, 708 px photo.
    const uae = requirementsFor('uae-passport')
    const pxPerMm = 708 / 60
    const face = madeFace({
      crown: 100,
      eyes: 100 + 0.54 * 37.8 * pxPerMm,
      chin: 100 + 37.8 * pxPerMm,
      centreX: 236
    })
    const criterion = byId(postCheck(madeMeasurement(472, 708, [face]), uae), 'head-height')
    expect(criterion).toMatchObject({ status: 'pass', display: 'Head 37.8 mm (37.8 ±4 %) ✓' })
  })

  it('measures px and % specs in their own units', () => {
    const ireland = requirementsFor('ireland-digital-passport') // head 740–845 px on 715×951
    const face = madeFace({ crown: 30, eyes: 30 + 0.54 * 800, chin: 830, centreX: 357 })
    expect(byId(postCheck(madeMeasurement(715, 951, [face]), ireland), 'head-height')?.display).toBe(
      'Head 800 px (740–845) ✓'
    )
    const uk = requirementsFor('uk-digital-passport') // head "37%" … widened to 35.5–38.5 %
    expect(uk.spec.headHeight?.unit).toBe('%')
  })

  it('fails an uneven or wrongly coloured background, and a greyscale photo for a colour spec', () => {
    const photo = usPhoto({ crown: 40, eyes: 225, chin: 388 })
    const patchy = postCheck(
      { ...photo, background: { mean: { r: 200, g: 200, b: 200 }, uniformity: 0.6, samples: 500 } },
      usPassport
    )
    expect(byId(patchy, 'background-uniform')).toMatchObject({
      status: 'fail',
      display: 'Background 60 % even (at least 90 %) ✗'
    })
    expect(byId(patchy, 'background-colour')).toMatchObject({ status: 'fail' })
    expect(byId(patchy, 'background-colour')?.display).toMatch(/^Background #C8C8C8, 95 from white/)
    const grey = postCheck({ ...photo, chroma: 2 }, usPassport)
    expect(byId(grey, 'colour')).toMatchObject({
      status: 'fail',
      display: 'Greyscale photo (colour wanted) ✗'
    })
  })

  it('fails a photo with no face, and draws nothing it did not measure', () => {
    const check = postCheck(madeMeasurement(600, 600, []), usPassport)
    expect(check.verdict).toBe('fail')
    expect(check.criteria[0]?.display).toBe('No face found in the returned photo ✗')
    expect(check.overlay.lines).toEqual([])
  })

  it('gives the overlay the measured lines and the allowed bands, in the photo’s pixels', () => {
    const check = postCheck(usPhoto({ crown: 40, eyes: 225, chin: 388 }), usPassport)
    expect(check.overlay.lines).toEqual(
      expect.arrayContaining([
        { id: 'crown', y: 40 },
        { id: 'chin', y: 388 },
        { id: 'eye-line', y: 225 }
      ])
    )
    // Eyes allowed 1 1/8–1 3/8 in above the bottom: rows 600 − 412.5 to 600 − 337.5.
    expect(check.overlay.bands.find((b) => b.id === 'eye-band')).toEqual({
      id: 'eye-band',
      axis: 'y',
      from: 187.5,
      to: 262.5
    })
    // Crown allowed 1–1 3/8 in above the chin (row 388): rows −24.5 to 88.
    const crownBand = check.overlay.bands.find((b) => b.id === 'crown-band')
    expect(crownBand?.from).toBeCloseTo(-24.5, 5)
    expect(crownBand?.to).toBeCloseTo(88, 5)
  })

  it('names a spec whose own numbers cannot all be met', () => {
    expect(
      postCheck(usPhoto({ crown: 40, eyes: 225, chin: 388 }), requirementsFor('lebanon-passport'))
        .specConflict
    ).toMatch(/cannot both be met: the top of the head would be cut off/)
    expect(postCheck(usPhoto({ crown: 40, eyes: 225, chin: 388 }), usPassport).specConflict).toBeNull()
  })
})
