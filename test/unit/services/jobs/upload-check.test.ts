import sharp from 'sharp'
import { describe, expect, it } from 'vitest'
import { AppError } from '../../../../electron/shared/errors'
import type { FaceEngine } from '../../../../electron/main/services/face/face-engine'
import type { PhotoMeasurement, RawImage } from '../../../../electron/main/services/face/face-types'
import { createUploadCheck } from '../../../../electron/main/services/jobs/upload-check'
import { madeFace, madeMeasurement } from '../face/made-face'
import { requirementsFor } from '../face/face-fixtures'

// The run's local step with the engine at the edge: one decode at the drop serves the first run, a picked face
// crops the upload, and an engine that fails never loses the upload.

const usPassport = requirementsFor('us-passport')

/** An engine that answers with faces placed in the pixels it is given, and counts its calls. */
function fakeEngine(faces: 1 | 2 | 'fails' = 1) {
  const seen: { width: number; height: number }[] = []
  const engine: FaceEngine = {
    start: async () => ({ loadMs: 0 }),
    stats: async () => ({ tensors: 0, heapUsed: 0 }),
    close: async () => undefined,
    postCheck: () => Promise.reject(new Error('not used here')),
    async measure(image: RawImage): Promise<PhotoMeasurement> {
      seen.push({ width: image.width, height: image.height })
      if (faces === 'fails')
        throw new AppError(
          'FACE_CHECK_UNAVAILABLE',
          'The local face check could not run. You can still send it.'
        )
      const { width: w, height: h } = image
      const face = (x: number) => madeFace({ crown: h * 0.1, eyes: h * 0.3, chin: h * 0.5, centreX: x })
      return madeMeasurement(w, h, faces === 1 ? [face(w / 2)] : [face(w * 0.25), face(w * 0.75)])
    }
  }
  return { engine, seen }
}

async function photo(width = 2400, height = 1800): Promise<Uint8Array> {
  return new Uint8Array(
    await sharp({ create: { width, height, channels: 3, background: '#c8a080' } })
      .jpeg()
      .toBuffer()
  )
}

describe('the upload check', () => {
  it('primed at the drop, the first run uses that result: the photo is decoded and measured once', async () => {
    const { engine, seen } = fakeEngine()
    const check = createUploadCheck(() => engine)
    const bytes = await photo()
    await check.prime(bytes, usPassport, { fileName: 'a.jpg' })
    const first = await check.check(bytes, usPassport, {})
    expect(seen).toHaveLength(1)
    expect(first.local.check).toMatchObject({ unchecked: false })
    expect(first.upload.width).toBe(1800)
    // A later run (Try again, Send anyway) checks again: the primed result is used once only.
    await check.check(bytes, usPassport, {})
    expect(seen).toHaveLength(2)
  })

  it('a primed result for other settings is not used', async () => {
    const { engine, seen } = fakeEngine()
    const check = createUploadCheck(() => engine)
    const bytes = await photo()
    await check.prime(bytes, usPassport, { sensitivity: { ISSUE_HEAD_YAW_OVER_THRESHOLD: 'HIGH' } })
    await check.check(bytes, usPassport, { sensitivity: { ISSUE_HEAD_YAW_OVER_THRESHOLD: 'LOW' } })
    expect(seen).toHaveLength(2)
  })

  it('refuses a bad file at the drop with the pre-flight’s own words', async () => {
    const check = createUploadCheck(() => fakeEngine().engine)
    await expect(
      check.prime(new TextEncoder().encode('%PDF-1.4\n1 0 obj\n<<>>\nendobj\n'), usPassport, {
        fileName: 'a.pdf'
      })
    ).rejects.toMatchObject({ code: 'UNSUPPORTED_FILE' })
    await expect(check.prime(await photo(300, 200), usPassport, {})).rejects.toMatchObject({
      code: 'IMAGE_TOO_SMALL'
    })
  })

  it('several faces give a crop per face; a picked crop is what is uploaded and checked again', async () => {
    const { engine, seen } = fakeEngine(2)
    const check = createUploadCheck(() => engine)
    const bytes = await photo()
    const first = await check.check(bytes, usPassport, {})
    expect(first.local.check.findings[0]?.code).toBe('MULTIPLE_FACES')
    const crops = first.local.check.faceCrops ?? []
    expect(crops).toHaveLength(2)
    const right = [...crops].sort((a, b) => b.left - a.left)[0]!
    expect(right.left).toBeGreaterThanOrEqual(900)
    const picked = await check.check(bytes, usPassport, { faceCrop: right })
    const size = await sharp(picked.upload.jpeg).metadata()
    expect(size.width).toBe(Math.round(right.width))
    expect(picked.upload.width).toBe(size.width)
    expect(seen.at(-1)!.width).toBeLessThanOrEqual(640)
    // Crops offered after a pick are in the uncropped upload's pixels, so a second pick lands where it should.
    for (const crop of picked.local.check.faceCrops ?? [])
      expect(crop.left).toBeGreaterThanOrEqual(right.left)
  })

  it('an engine that fails leaves the upload whole and says the face was not checked', async () => {
    const check = createUploadCheck(() => fakeEngine('fails').engine)
    const result = await check.check(await photo(), usPassport, {})
    expect(result.upload.jpeg.byteLength).toBeGreaterThan(1000)
    expect(result.local.check).toMatchObject({ unchecked: true, findings: [] })
    expect(result.local.check.message).toMatch(/could not run/)
    expect(result.local.photo).not.toBeNull()
  })

  it('without the spec’s details the face is not checked, and the check says why', async () => {
    const { engine, seen } = fakeEngine()
    const result = await createUploadCheck(() => engine).check(await photo(), null, {})
    expect(seen).toHaveLength(0)
    expect(result.local.check).toMatchObject({ unchecked: true })
    expect(result.local.check.message).toMatch(/spec’s details could not be read/)
  })
})
