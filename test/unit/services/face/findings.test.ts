import { describe, expect, it } from 'vitest'
import { faceIssues } from '../../../../electron/main/demo/passport-photo/photo-issues'
import { FINDING_CODES, preflightFindings } from '../../../../electron/main/services/face/findings'
import {
  PITCH_LIMITS,
  YAW_LIMITS,
  type SensitivityLevel
} from '../../../../electron/main/services/face/thresholds'
import { requirementsFor } from './face-fixtures'
import { madeFace, madeMeasurement } from './made-face'

const usPassport = requirementsFor('us-passport')
const LEVELS: SensitivityLevel[] = ['VERY_LOW', 'LOW', 'MEDIUM', 'HIGH', 'VERY_HIGH']

/** A 1200×1500 upload with one well-framed face (head 700 px). */
function upload(overrides: Parameters<typeof madeFace>[1] = {}) {
  return madeMeasurement(1200, 1500, [
    madeFace({ crown: 200, eyes: 580, chin: 900, centreX: 600 }, overrides)
  ])
}
const codes = (findings: { code: string }[]) => findings.map((f) => f.code)

describe('preflightFindings', () => {
  it('finds nothing wrong with a well-framed, frontal, sharp, evenly lit face', () => {
    expect(preflightFindings(upload(), usPassport)).toEqual([])
  })

  it('ties yaw and pitch to the five sensitivity levels, strictest last', () => {
    for (const [i, level] of LEVELS.entries()) {
      const yaw = YAW_LIMITS[level]
      const override = { ISSUE_HEAD_YAW_OVER_THRESHOLD: level, ISSUE_HEAD_PITCH_OVER_THRESHOLD: level }
      const just = (pose: { yaw?: number; pitch?: number }) =>
        codes(
          preflightFindings(upload({ pose: { roll: 0, yaw: 0, pitch: 0, ...pose } }), usPassport, {
            sensitivity: override
          })
        )
      expect(just({ yaw: yaw - 0.5 }), level).not.toContain('HEAD_TURNED')
      expect(just({ yaw: -(yaw + 0.5) }), level).toContain('HEAD_TURNED')
      expect(just({ pitch: PITCH_LIMITS[level] + 0.5 }), level).toContain('HEAD_UP_OR_DOWN')
      expect(just({ pitch: PITCH_LIMITS[level] - 0.5 }), level).not.toContain('HEAD_UP_OR_DOWN')
      if (i > 0) expect(YAW_LIMITS[level]).toBeLessThan(YAW_LIMITS[LEVELS[i - 1]!])
    }
    // Absent keys mean MEDIUM.
    expect(
      codes(preflightFindings(upload({ pose: { roll: 0, yaw: 12, pitch: 0 } }), usPassport))
    ).not.toContain('HEAD_TURNED')
  })

  it('names each problem with its stable code, plain words and what to do', () => {
    const cases = [
      [{ pose: { roll: 12, yaw: 0, pitch: 0 } }, 'HEAD_TILTED'],
      [{ eyeOpenness: [0.05, 0.06] as [number, number] }, 'EYES_CLOSED'],
      [{ mouthOpenness: 0.3 }, 'MOUTH_OPEN'],
      [{ sharpness: 2 }, 'FACE_BLURRED'],
      [{ lighting: { mean: 40, left: 40, right: 40 } }, 'FACE_TOO_DARK'],
      [{ lighting: { mean: 240, left: 240, right: 240 } }, 'FACE_TOO_BRIGHT'],
      [{ lighting: { mean: 140, left: 180, right: 100 } }, 'FACE_UNEVEN_LIGHT']
    ] as const
    for (const [overrides, code] of cases) {
      const findings = preflightFindings(upload(overrides), usPassport)
      expect(codes(findings), code).toEqual([code])
      expect(findings[0]!.kind).toBe('warning')
      expect(findings[0]!.message.length).toBeGreaterThan(10)
      expect(findings[0]!.advice).toMatch(/\.$/)
      expect(FINDING_CODES).toContain(findings[0]!.code)
    }
  })

  it('flags a greyscale photo only when the spec wants colour', () => {
    const grey = { ...upload(), chroma: 3 }
    expect(codes(preflightFindings(grey, usPassport))).toEqual(['GREYSCALE_PHOTO'])
    expect(codes(preflightFindings(grey, { ...usPassport, colour: 'greyscale' }))).toEqual([])
  })

  it('measures head size at the upload’s scale against the spec’s head height at its pixel size', () => {
    // 700 px head in a 1200 px analysis copy of a 600 px upload = 350 px ≥ 300 px: fine; at 0.4×, 280 px: too small.
    expect(codes(preflightFindings(upload(), usPassport, { uploadScale: 0.5 }))).toEqual([])
    const small = preflightFindings(upload(), usPassport, { uploadScale: 0.4 })
    expect(codes(small)).toEqual(['HEAD_TOO_SMALL'])
    expect(small[0]!.message).toBe(
      'The head is 280 px tall in the photo; US Passport needs at least 300 px, so the service would have to enlarge it and the result would look soft.'
    )
  })

  it('refuses no face, and more than one face with every box to pick from', () => {
    const none = preflightFindings(madeMeasurement(800, 600, []), usPassport)
    expect(none).toMatchObject([{ code: 'NO_FACE', kind: 'refusal', relatedIssue: 'ISSUE_FACE_NOT_FOUND' }])
    const two = madeMeasurement(2400, 1500, [
      madeFace({ crown: 200, eyes: 580, chin: 900, centreX: 600 }),
      madeFace({ crown: 300, eyes: 600, chin: 850, centreX: 1800 })
    ])
    const [first] = preflightFindings(two, usPassport, { uploadScale: 0.5 })
    expect(first).toMatchObject({ code: 'MULTIPLE_FACES', kind: 'refusal' })
    expect(first!.faces).toHaveLength(2)
    expect(first!.faces![1]!.left).toBeCloseTo((1800 - 0.33 * 550) * 0.5, 5)
  })
})

describe('the demo’s issue codes from the same landmarks', () => {
  const face = (overrides: Parameters<typeof madeFace>[1]) =>
    madeFace({ crown: 200, eyes: 580, chin: 900, centreX: 600 }, overrides)

  it('reports yaw and pitch over the threshold, honouring issueSensitivityOverride', () => {
    const turned = face({ pose: { roll: 0, yaw: 12, pitch: 0 } })
    expect(faceIssues(turned)).toEqual([])
    expect(faceIssues(turned, { ISSUE_HEAD_YAW_OVER_THRESHOLD: 'HIGH' })).toEqual([
      'ISSUE_HEAD_YAW_OVER_THRESHOLD'
    ])
    const nodding = face({ pose: { roll: 0, yaw: 0, pitch: -18 } })
    expect(faceIssues(nodding)).toEqual(['ISSUE_HEAD_PITCH_OVER_THRESHOLD'])
    expect(faceIssues(nodding, { ISSUE_HEAD_PITCH_OVER_THRESHOLD: 'VERY_LOW' })).toEqual([])
  })

  it('reports an open mouth or a broad smile as not neutral', () => {
    expect(faceIssues(face({ mouthOpenness: 0.2 }))).toEqual(['ISSUE_EXPRESSION_NOT_NEUTRAL'])
    expect(faceIssues(face({ mouthWidthRatio: 1.3 }))).toEqual(['ISSUE_EXPRESSION_NOT_NEUTRAL'])
    expect(faceIssues(face({}))).toEqual([])
  })
})
