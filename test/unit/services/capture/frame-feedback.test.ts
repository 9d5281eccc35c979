import { describe, expect, it } from 'vitest'
import { guideFrameRect } from '../../../../electron/shared/capture-frame'
import { captureGuide } from '../../../../electron/main/services/capture/capture-guide'
import { frameFeedback } from '../../../../electron/main/services/capture/frame-feedback'
import { overlayOf } from '../../../../electron/main/services/face/analyse-photo'
import type { MeasuredFace } from '../../../../electron/main/services/face/face-types'
import { preflightFindings } from '../../../../electron/main/services/face/findings'
import { requirementsFor } from '../face/face-fixtures'
import { madeFace, madeMeasurement } from '../face/made-face'

const requirements = requirementsFor('us-passport')
const guide = captureGuide(requirements)
const W = 1280
const H = 960
const frame = guideFrameRect(W, H, guide.aspect)

/** A face placed in the 1280 × 960 view: its head height as a share of the guide frame, its eyes in the band. */
function faceAt(headShare: number, overrides: Partial<MeasuredFace> = {}, centreX = W / 2): MeasuredFace {
  const head = headShare * frame.height
  const eyes = frame.top + ((guide.eyes!.top + guide.eyes!.bottom) / 2) * frame.height
  const crown = eyes - 0.54 * head
  return madeFace({ crown, eyes, chin: crown + head, centreX }, overrides)
}

function check(...faces: MeasuredFace[]) {
  const measurement = madeMeasurement(W, H, faces)
  return frameFeedback(preflightFindings(measurement, requirements), overlayOf(measurement, 1), guide, 12)
}
const codes = (result: ReturnType<typeof check>) => result.messages.map((m) => m.code)

describe('live feedback on a frame', () => {
  it('says nothing but "ready" for a head inside the guide, eyes open, facing the camera', () => {
    const result = check(faceAt(0.6))
    expect(result).toMatchObject({ state: 'ready', messages: [], others: [] })
    expect(result.face?.chinY).toBeGreaterThan(result.face!.crownY)
  })

  it('asks to move closer or back exactly at the edges of the spec’s head range', () => {
    expect(codes(check(faceAt(0.4)))).toContain('MOVE_CLOSER')
    expect(codes(check(faceAt(0.8)))).toContain('MOVE_BACK')
    expect(codes(check(faceAt(guide.head.min + 0.01)))).not.toContain('MOVE_CLOSER')
    expect(codes(check(faceAt(guide.head.max - 0.01)))).not.toContain('MOVE_BACK')
  })

  it('names two people in view, a tilted or turned head, closed eyes, darkness, off-centre', () => {
    const two = check(faceAt(0.6), faceAt(0.3, {}, 200))
    expect(two.messages[0]).toEqual({ code: 'PEOPLE', text: 'Two people in view' })
    expect(two.others).toHaveLength(1)
    expect(codes(check(faceAt(0.6, { pose: { roll: 15, yaw: 0, pitch: 0 } })))).toContain('HEAD_TILTED')
    const turned = check(faceAt(0.6, { pose: { roll: 0, yaw: 35, pitch: 0 } }))
    expect(turned.messages.find((m) => m.code === 'LOOK')?.text).toBe('Look at the camera')
    expect(codes(check(faceAt(0.6, { eyeOpenness: [0.05, 0.06] })))).toContain('EYES_CLOSED')
    const dark = check(faceAt(0.6, { lighting: { mean: 30, left: 30, right: 30 } }))
    expect(dark.messages.find((m) => m.code === 'TOO_DARK')?.text).toContain('Too dark')
    expect(codes(check(faceAt(0.6, {}, W / 2 + frame.width * 0.3)))).toContain('CENTRE')
    for (const result of [two, turned, dark]) expect(result.state).toBe('adjust')
  })

  it('says so when there is no face', () => {
    const result = check()
    expect(result).toMatchObject({ state: 'no-face', face: null })
    expect(result.messages[0]?.text).toContain('No face in view')
  })
})
