import sharp from 'sharp'
import { describe, expect, it } from 'vitest'
import { AppError } from '../../../../electron/shared/errors'
import type { FaceEngine } from '../../../../electron/main/services/face/face-engine'
import { postCheck } from '../../../../electron/main/services/face/post-check'
import { createAppCheck, waitingForUnlock } from '../../../../electron/main/services/jobs/app-check'
import { madeFace, madeMeasurement } from '../face/made-face'
import { requirementsFor } from '../face/face-fixtures'

// The app's own post-check as a job keeps it: measured (in the worker), or said plainly that it was not; never a
// pass that was not measured.

const usPassport = requirementsFor('us-passport')
const at = Date.UTC(2026, 11, 3)

function engine(answer: 'pass' | 'fail' | 'unavailable'): FaceEngine {
  return {
    start: async () => ({ loadMs: 0 }),
    stats: async () => ({ tensors: 0, heapUsed: 0 }),
    close: async () => undefined,
    measure: () => Promise.reject(new Error('not used')),
    async postCheck(image, requirements) {
      if (answer === 'unavailable') throw new AppError('FACE_CHECK_UNAVAILABLE', 'The engine did not load.')
      // Eyes at 1.25 in from the bottom pass; at 1.04 in they fail (US Passport: 1 1/8–1 3/8 in).
      const eyes = answer === 'pass' ? 225 : 288
      const face = madeFace({ crown: 110, eyes, chin: 440, centreX: image.width / 2 })
      return postCheck(madeMeasurement(image.width, image.height, [face]), requirements)
    }
  }
}

async function photo(): Promise<Uint8Array> {
  return new Uint8Array(
    await sharp({ create: { width: 600, height: 600, channels: 3, background: '#ffffff' } })
      .jpeg()
      .toBuffer()
  )
}

describe('createAppCheck', () => {
  it('keeps the measurement with its time, marked as the app’s own', async () => {
    const check = await createAppCheck(
      () => engine('fail'),
      () => at
    )(await photo(), usPassport)
    expect(check).toMatchObject({ source: 'app-measurement', status: 'measured', verdict: 'fail', at })
    expect(check.criteria.find((c) => c.id === 'eye-line')?.display).toBe(
      'Eyes 1.04 in from bottom (1 1/8–1 3/8) ✗'
    )
  })

  it('an engine that cannot run gives "not checked" with a plain message, never a pass or a fail', async () => {
    const check = await createAppCheck(
      () => engine('unavailable'),
      () => at
    )(await photo(), usPassport)
    expect(check).toMatchObject({ status: 'unavailable', verdict: 'not-checked', criteria: [] })
    expect(check.message).toMatch(/face engine could not run/)
  })

  it('without the spec’s details nothing is measured, and it says so', async () => {
    const check = await createAppCheck(
      () => engine('pass'),
      () => at
    )(await photo(), null)
    expect(check).toMatchObject({ status: 'unavailable', verdict: 'not-checked' })
    expect(check.message).toMatch(/spec’s details could not be read/)
  })

  it('a photo that cannot be read is not measured, and it says so', async () => {
    const check = await createAppCheck(
      () => engine('pass'),
      () => at
    )(new Uint8Array([1, 2, 3]), usPassport)
    expect(check).toMatchObject({ status: 'unavailable', verdict: 'not-checked' })
  })

  it('a watermarked preview waits for its unlock', () => {
    expect(waitingForUnlock(at)).toMatchObject({ status: 'after-unlock', verdict: 'not-checked', at })
  })
})
