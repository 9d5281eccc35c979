import { readFileSync } from 'node:fs'
import sharp from 'sharp'
import { describe, expect, it } from 'vitest'
import { analyseFrame, analyseUpload } from '../../../../electron/main/services/face/analyse-photo'
import { cropUploadToFace, faceCropRect } from '../../../../electron/main/services/face/crop-to-face'
import { createFaceEngine } from '../../../../electron/main/services/face/face-engine'
import { locateFaceAssets } from '../../../../electron/main/services/face/face-assets'
import { sourceWorkerEntry } from '../../../../electron/main/services/face/face-engine'
import { ANALYSIS_EDGE, preparePhoto } from '../../../../electron/main/services/image/prepare-photo'
import { postCheck } from '../../../../electron/main/services/face/post-check'
import { syntheticPortrait } from '../../../helpers/synthetic-portrait'
import { photoPath, rawOf, requirementsFor, useFaceEngine } from './face-fixtures'

const { engine } = useFaceEngine()
const usPassport = requirementsFor('us-passport')
const codes = (findings: { code: string }[]) => findings.map((f) => f.code)

describe('analyseUpload: refusals', () => {
  it('refuses the cat: no human face, nothing to send', async () => {
    const analysis = await analyseUpload(engine(), await rawOf('chelsea.png'), usPassport)
    expect(analysis.refused).toBe(true)
    expect(codes(analysis.findings)).toEqual(['NO_FACE'])
    expect(analysis.findings[0]).toMatchObject({ kind: 'refusal', relatedIssue: 'ISSUE_FACE_NOT_FOUND' })
  })

  it('refuses a plain grey picture', async () => {
    const grey = await sharp({ create: { width: 800, height: 600, channels: 3, background: '#888' } })
      .png()
      .toBuffer()
    expect(codes((await analyseUpload(engine(), await rawOf(grey), usPassport)).findings)).toEqual([
      'NO_FACE'
    ])
  })

  it('finds two faces as two, gives both boxes, and a picked face crops the upload to one face', async () => {
    const astronaut = readFileSync(photoPath('astronaut.png'))
    const pair = await sharp({ create: { width: 1024, height: 512, channels: 3, background: '#fff' } })
      .composite([
        { input: astronaut, left: 0, top: 0 },
        { input: astronaut, left: 512, top: 0 }
      ])
      .jpeg({ quality: 92 })
      .toBuffer()
    const analysis = await analyseUpload(engine(), await rawOf(pair), usPassport, { uploadWidth: 2048 })
    const multiple = analysis.findings.find((f) => f.code === 'MULTIPLE_FACES')
    expect(multiple?.kind).toBe('refusal')
    expect(multiple?.faces).toHaveLength(2)
    // Boxes are in the upload's pixels (2× the analysed copy here): one face in each half.
    const centres = multiple!.faces!.map((b) => b.left + b.width / 2).sort((a, b) => a - b)
    expect(centres[0]).toBeLessThan(1024)
    expect(centres[1]).toBeGreaterThan(1024)

    const rightIndex = analysis.measurement.faces.findIndex((f) => f.box.left > 512)
    const rect = faceCropRect(analysis.measurement, rightIndex)
    // The crop stops short of the other face.
    const other = analysis.measurement.faces[1 - rightIndex]!.box
    expect(rect.left).toBeGreaterThan(other.left + other.width)
    const cropped = await cropUploadToFace(pair, rect)
    const again = await analyseUpload(engine(), await rawOf(cropped), usPassport)
    expect(again.measurement.faces).toHaveLength(1)
    expect(codes(again.findings)).not.toContain('MULTIPLE_FACES')
  })
})

describe('analyseUpload: warnings in plain words', () => {
  it('warns about the astronaut’s open mouth, and nothing about her pose', async () => {
    const analysis = await analyseUpload(engine(), await rawOf('astronaut.png'), usPassport)
    expect(analysis.refused).toBe(false)
    const found = codes(analysis.findings)
    expect(found).toContain('MOUTH_OPEN')
    expect(found).not.toContain('HEAD_TURNED')
    expect(found).not.toContain('HEAD_UP_OR_DOWN')
    expect(found).not.toContain('EYES_CLOSED')
    const mouth = analysis.findings.find((f) => f.code === 'MOUTH_OPEN')!
    expect(mouth.message).toMatch(/mouth/i)
    expect(mouth.advice).toMatch(/take the photo again/)
  })

  it('warns that the camera operator looks away, in black and white, for a colour spec', async () => {
    const analysis = await analyseUpload(engine(), await rawOf('camera.png'), usPassport)
    const found = codes(analysis.findings)
    expect(found).toContain('HEAD_TURNED')
    expect(found).toContain('GREYSCALE_PHOTO')
    // A spec that does not say colour gets no greyscale warning.
    const silent = { ...usPassport, colour: null }
    expect(codes((await analyseUpload(engine(), await rawOf('camera.png'), silent)).findings)).not.toContain(
      'GREYSCALE_PHOTO'
    )
  })

  it('has nothing to say about a frontal, evenly lit, closed-mouth portrait', async () => {
    const analysis = await analyseUpload(engine(), await rawOf(await syntheticPortrait()), usPassport)
    expect(analysis.findings).toEqual([])
    expect(analysis.overlay.crownMethod).toBe('background-scan')
  })

  it('warns about a blurred face, a dark one and a side-lit one', async () => {
    const portrait = await syntheticPortrait()
    const blurred = await sharp(portrait).blur(12).jpeg().toBuffer()
    expect(codes((await analyseUpload(engine(), await rawOf(blurred), usPassport)).findings)).toContain(
      'FACE_BLURRED'
    )
    const dark = await sharp(portrait).linear(0.3, 0).jpeg().toBuffer()
    expect(codes((await analyseUpload(engine(), await rawOf(dark), usPassport)).findings)).toContain(
      'FACE_TOO_DARK'
    )
    const sideLit = await syntheticPortrait({ sideLight: true })
    expect(codes((await analyseUpload(engine(), await rawOf(sideLit), usPassport)).findings)).toContain(
      'FACE_UNEVEN_LIGHT'
    )
  })

  it('warns that a small head in a small photo is too small for the spec', async () => {
    // The portrait at 300×375: its head (about 180 px) is under US Passport's 300 px minimum at 600×600.
    const small = await sharp(await syntheticPortrait())
      .resize(300, 375)
      .jpeg()
      .toBuffer()
    const finding = (await analyseUpload(engine(), await rawOf(small), usPassport)).findings.find(
      (f) => f.code === 'HEAD_TOO_SMALL'
    )
    expect(finding?.message).toMatch(/needs at least 300 px/)
  })

  it('warns when the chin is cut off, and when there is no room for the shoulders', async () => {
    // The astronaut's chin is at row 173 (hand-measured): cut at 182 the mesh puts it below the edge.
    const astronaut = readFileSync(photoPath('astronaut.png'))
    const cut = (height: number) =>
      sharp(astronaut).extract({ left: 0, top: 0, width: 512, height }).png().toBuffer()
    const noChin = codes((await analyseUpload(engine(), await rawOf(await cut(182)), usPassport)).findings)
    expect(noChin).toContain('CHIN_CUT_OFF')
    // Cut at 220, the chin is in but US Passport's frame needs about 90 px below it.
    const tight = codes((await analyseUpload(engine(), await rawOf(await cut(220)), usPassport)).findings)
    expect(tight).toContain('NO_ROOM_BELOW_CHIN')
    expect(tight).not.toContain('CHIN_CUT_OFF')
    // The whole photo has room.
    expect(
      codes((await analyseUpload(engine(), await rawOf('astronaut.png'), usPassport)).findings)
    ).not.toContain('NO_ROOM_BELOW_CHIN')
  })

  it('warns about a head tilted towards a shoulder', async () => {
    const tilted = await sharp(await syntheticPortrait())
      .rotate(14, { background: '#eef0f2' })
      .jpeg()
      .toBuffer()
    expect(codes((await analyseUpload(engine(), await rawOf(tilted), usPassport)).findings)).toContain(
      'HEAD_TILTED'
    )
  })
})

describe('the decoded-once path feeds the analysis', () => {
  it('analyses the pixels preparePhoto made from the one decode, scaled to the upload', async () => {
    const prepared = await preparePhoto(
      await syntheticPortrait({ width: 2400, height: 3000 }),
      usPassport.spec
    )
    expect(prepared.upload.height).toBe(1800)
    expect(prepared.analysis.height).toBe(ANALYSIS_EDGE)
    const analysis = await analyseUpload(engine(), prepared.analysis, usPassport, {
      uploadWidth: prepared.upload.width
    })
    expect(analysis.uploadScale).toBeCloseTo(1800 / ANALYSIS_EDGE, 2)
    // The drawn eyes are at 40 % of the height: 720 px in the 1800 px upload.
    expect(analysis.overlay.eyes?.[0].y).toBeGreaterThan(700)
    expect(analysis.overlay.eyes?.[0].y).toBeLessThan(740)
  })
})

describe('preparePhoto runs the analysis alongside the upload encoding', () => {
  it('hands the analysis pixels and the upload size to analyse, and returns its result', async () => {
    const prepared = await preparePhoto(
      await syntheticPortrait({ width: 2400, height: 3000 }),
      usPassport.spec,
      {
        analyse: (pixels, upload) =>
          analyseUpload(engine(), pixels, usPassport, { uploadWidth: upload.width })
      }
    )
    expect(prepared.analysisError).toBeNull()
    expect(prepared.analysed?.measurement.faces).toHaveLength(1)
    expect(prepared.analysed?.overlay.width).toBe(prepared.upload.width)
  })

  it('keeps the upload when the face check fails, and says why', async () => {
    const prepared = await preparePhoto(await syntheticPortrait(), usPassport.spec, {
      analyse: () => Promise.reject(new Error('engine down'))
    })
    expect(prepared.upload.bytes).toBeGreaterThan(1000)
    expect(prepared.analysed).toBeNull()
    expect(String(prepared.analysisError)).toMatch(/engine down/)
  })

  it('still refuses a damaged file, and never runs the analysis on it', async () => {
    const whole = await syntheticPortrait()
    let ran = false
    await expect(
      preparePhoto(whole.subarray(0, whole.length / 2), usPassport.spec, {
        analyse: async () => {
          ran = true
        }
      })
    ).rejects.toMatchObject({ code: 'CORRUPT_IMAGE' })
    expect(ran).toBe(false)
  })
})

describe('analyseFrame: the live camera entry', () => {
  it('takes RGBA pixels from a canvas and a JPEG, and finds the face in both', async () => {
    const { data, info } = await sharp(await syntheticPortrait({ width: 1280, height: 1600 }))
      .ensureAlpha()
      .raw()
      .toBuffer({ resolveWithObject: true })
    const rgba = await analyseFrame(
      engine(),
      { data, width: info.width, height: info.height, channels: 4 },
      usPassport
    )
    expect(rgba.overlay.faces).toHaveLength(1)
    // Reported in the frame's own pixels, though analysed at 640 px.
    expect(rgba.overlay.width).toBe(1280)
    const jpeg = await analyseFrame(
      engine(),
      await sharp(photoPath('astronaut.png')).jpeg().toBuffer(),
      usPassport
    )
    expect(codes(jpeg.findings)).toContain('MOUTH_OPEN')
  })
})

describe('the engine itself', () => {
  it('keeps the same number of tensors from photo to photo (no leak)', async () => {
    const image = await rawOf('astronaut.png')
    await engine().measure(image)
    const before = (await engine().stats()).tensors
    for (let i = 0; i < 5; i++) await engine().measure(image)
    expect((await engine().stats()).tensors).toBe(before)
  })

  it('judges a returned photo in the worker exactly as postCheck judges the measurement, in the photo’s own pixels', async () => {
    // A 1200 px "returned photo" (the worker measures it at 640 px): lengths must come back in 1200 px terms.
    const portrait = await sharp(await syntheticPortrait())
      .extract({ left: 0, top: 100, width: 1200, height: 1200 })
      .jpeg()
      .toBuffer()
    const image = await rawOf(portrait)
    const inWorker = await engine().postCheck(image, usPassport)
    const onMain = postCheck(await engine().measure(image), usPassport)
    expect(inWorker.overlay.width).toBe(1200)
    expect(inWorker.verdict).toBe(onMain.verdict)
    expect(inWorker.criteria.map((c) => c.display)).toEqual(onMain.criteria.map((c) => c.display))
    expect(image.data.byteLength).toBe(1200 * 1200 * 3)
  })

  it('does not take the caller’s buffer', async () => {
    const image = await rawOf('astronaut.png')
    await engine().measure(image)
    expect(image.data.byteLength).toBe(512 * 512 * 3)
  })

  it('says plainly when its files are missing, and the app goes on', async () => {
    const broken = createFaceEngine({
      assets: { ...locateFaceAssets(), modelDir: '/nonexistent/models' },
      worker: sourceWorkerEntry()
    })
    await expect(broken.measure(await rawOf('astronaut.png'))).rejects.toMatchObject({
      code: 'FACE_CHECK_UNAVAILABLE',
      message: expect.stringMatching(/could not run.*You can still send it/)
    })
    await broken.close()
  })
})
