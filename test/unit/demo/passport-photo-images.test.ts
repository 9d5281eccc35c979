import { fileURLToPath } from 'node:url'
import { readFileSync } from 'node:fs'
import sharp from 'sharp'
import { describe, expect, it } from 'vitest'
import { DEMO_CREDENTIALS } from '../../../electron/main/demo'
import { drawPortrait, drawUniform } from './synthetic-portrait'
import type { DemoTestServer } from './demo-test-server'
import { useDemoTestServer } from './demo-test-server'
import { WALK_IN, walkInMissing } from '../../helpers/walk-in'

const creds = DEMO_CREDENTIALS.passportPhoto
// ../shared sits beside the project (the developers' machines and CI); a plain clone elsewhere skips this test.
let t: DemoTestServer
let portrait: string

useDemoTestServer(async (server) => {
  t = server
  portrait = (await drawPortrait()).toString('base64')
})

interface MakeAnswer {
  photoUuid: string
  idPhotoUrl?: string
  idphotoImageBase64?: string
  originalPhotoUrl?: string
  issues: string[]
  idPhotoCode?: string
  photoSheet?: Record<string, string>
  waterMark?: boolean
}

async function make(fields: Record<string, unknown>, endpoint = 'makeIdPhoto'): Promise<MakeAnswer> {
  const res = await t.postJson(`/v2/${endpoint}`, {
    ...creds,
    imageBase64: portrait,
    specCode: 'us-passport',
    ...fields
  })
  expect(res.status).toBe(200)
  return (await res.json()) as MakeAnswer
}

async function download(url: string | undefined): Promise<Buffer> {
  expect(url).toBeDefined()
  const res = await fetch(url ?? '')
  expect(res.status).toBe(200)
  expect(res.headers.get('content-type')).toBe('image/jpeg')
  return Buffer.from(await res.arrayBuffer())
}

async function size(bytes: Buffer): Promise<[number, number]> {
  const meta = await sharp(bytes).metadata()
  return [meta.width, meta.height]
}

async function pixel(bytes: Buffer, x: number, y: number): Promise<[number, number, number]> {
  const { data, info } = await sharp(bytes).raw().toBuffer({ resolveWithObject: true })
  const i = (y * info.width + x) * info.channels
  return [data[i] ?? -1, data[i + 1] ?? -1, data[i + 2] ?? -1]
}

describe('makeIdPhoto image work', () => {
  it.each([
    ['us-passport', 600, 600],
    ['schengen-visa', 413, 531],
    ['dubai-evisa', 300, 369],
    ['franch-driver', 413, 531]
  ])('makes %s at %ix%i px, served as a URL on the request origin', async (specCode, w, h) => {
    const answer = await make({ specCode })
    expect(answer.issues).toEqual([])
    expect(answer.photoUuid).toMatch(/^[0-9a-f-]{36}$/)
    expect(answer.idPhotoUrl?.startsWith(`${t.server.url}/demo-files/`)).toBe(true)
    expect(await size(await download(answer.idPhotoUrl))).toEqual([w, h])
    expect(await size(await download(answer.originalPhotoUrl))).toEqual([600, 800])
  })

  it('paints the background in the spec colour (grey for franch-driver, white for us-passport)', async () => {
    const grey = await download((await make({ specCode: 'franch-driver' })).idPhotoUrl)
    const [r, g, b] = await pixel(grey, 5, 5)
    for (const c of [r, g, b]) expect(Math.abs(c - 0xd9)).toBeLessThan(6)
    const white = await download((await make({})).idPhotoUrl)
    for (const c of await pixel(white, 5, 5)) expect(c).toBeGreaterThan(248)
    // The face is kept: the centre of the photo is skin, not background.
    const [fr, , fb] = await pixel(white, 300, 300)
    expect(fr - fb).toBeGreaterThan(40)
  })

  it('auto-orients an upload by its EXIF orientation before cropping', async () => {
    // Stored sideways (800x600) with orientation 6 (rotate 90° clockwise to view): upright it is 600x800.
    const sideways = await sharp(await drawPortrait())
      .rotate(-90)
      .withMetadata({ orientation: 6 })
      .jpeg()
      .toBuffer()
    expect(await size(sideways)).toEqual([800, 600])
    const answer = await make({ imageBase64: sideways.toString('base64') })
    expect(answer.issues).toEqual([])
    expect(await size(await download(answer.originalPhotoUrl))).toEqual([600, 800])
    const [r, , b] = await pixel(await download(answer.idPhotoUrl), 300, 300)
    expect(r - b).toBeGreaterThan(40)
  })

  it('records the print density of the spec in the JPEG', async () => {
    const photo = await download((await make({})).idPhotoUrl)
    expect((await sharp(photo).metadata()).density).toBe(300)
  })

  it('returns idphotoImageBase64 (the documented spelling) and no URL for IMAGE_BASE64', async () => {
    const answer = await make({ outputFormat: 'IMAGE_BASE64' })
    expect(answer).not.toHaveProperty('idPhotoUrl')
    expect(await size(Buffer.from(answer.idphotoImageBase64 ?? '', 'base64'))).toEqual([600, 600])
  })

  it('gives uk- specs a 16-character idPhotoCode, and other specs none', async () => {
    expect((await make({ specCode: 'uk-passport' })).idPhotoCode).toMatch(/^[A-Z0-9]{16}$/)
    expect(await make({ specCode: 'us-passport' })).not.toHaveProperty('idPhotoCode')
  })

  it('makes tiled photo sheets of the requested sizes', async () => {
    const answer = await make({ photoSheet: { sheetSizes: ['1800*1200', '1200*1800'] } })
    expect(Object.keys(answer.photoSheet ?? {})).toEqual(['1800*1200', '1200*1800'])
    const landscape = await download(answer.photoSheet?.['1800*1200'])
    expect(await size(landscape)).toEqual([1800, 1200])
    expect(await size(await download(answer.photoSheet?.['1200*1800']))).toEqual([1200, 1800])
    // 600 px photos with gaps: 2 columns x 1 row on 1800x1200; the sheet corner is white paper.
    for (const c of await pixel(landscape, 3, 3)) expect(c).toBeGreaterThan(248)
  })

  it('serves 404 for an unknown demo file', async () => {
    expect((await fetch(t.url('/demo-files/0000.jpg'))).status).toBe(404)
  })
})

const fixture = (name: string) =>
  readFileSync(fileURLToPath(new URL(`../../fixtures/photos/${name}`, import.meta.url))).toString('base64')

describe('issues from the app’s own face analysis', () => {
  it('finds no face in the cat: ISSUE_FACE_NOT_FOUND, no photo', async () => {
    const answer = await make({ imageBase64: fixture('chelsea.png') })
    expect(answer.issues).toEqual(['ISSUE_FACE_NOT_FOUND'])
    expect(answer).not.toHaveProperty('idPhotoUrl')
  })

  it('sees the astronaut’s open smile: ISSUE_EXPRESSION_NOT_NEUTRAL, and still makes the photo', async () => {
    const answer = await make({ imageBase64: fixture('astronaut.png') })
    expect(answer.issues).toContain('ISSUE_EXPRESSION_NOT_NEUTRAL')
    expect(answer.issues).not.toContain('ISSUE_HEAD_YAW_OVER_THRESHOLD')
    expect(await size(await download(answer.idPhotoUrl))).toEqual([600, 600])
  })

  it('sees the camera operator turned away: ISSUE_HEAD_YAW_OVER_THRESHOLD, even at VERY_LOW', async () => {
    const answer = await make({
      imageBase64: fixture('camera.png'),
      issueSensitivityOverride: { ISSUE_HEAD_YAW_OVER_THRESHOLD: 'VERY_LOW' }
    })
    expect(answer.issues).toContain('ISSUE_HEAD_YAW_OVER_THRESHOLD')
  })

  it('accepts imageBase64 with a data:image/...;base64, prefix, as other clients send it', async () => {
    const answer = await make({ imageBase64: `data:image/jpeg;base64,${portrait}` })
    expect(answer.issues).toEqual([])
    expect(answer.idPhotoUrl).toBeDefined()
  })
})

describe('issues from image statistics', () => {
  it('reports ISSUE_FACE_NOT_FOUND and no image for a uniform picture', async () => {
    const answer = await make({ imageBase64: (await drawUniform()).toString('base64') })
    expect(answer.issues).toEqual(['ISSUE_FACE_NOT_FOUND'])
    expect(answer).not.toHaveProperty('idPhotoUrl')
  })

  it('reports ISSUE_FACE_BRIGHTNESS_BAD for a dark photo, but not at VERY_LOW sensitivity', async () => {
    const dark = (await drawPortrait({ darken: 0.7 })).toString('base64')
    const medium = await make({ imageBase64: dark })
    expect(medium.issues).toContain('ISSUE_FACE_BRIGHTNESS_BAD')
    expect(medium.idPhotoUrl).toBeDefined()
    const lenient = await make({
      imageBase64: dark,
      issueSensitivityOverride: { ISSUE_FACE_BRIGHTNESS_BAD: 'VERY_LOW' }
    })
    expect(lenient.issues).not.toContain('ISSUE_FACE_BRIGHTNESS_BAD')
  })

  it('reports ISSUE_FACE_LIGHT_NOT_BALANCE for a half-lit face', async () => {
    const half = (await drawPortrait({ shadowRight: 0.4 })).toString('base64')
    expect((await make({ imageBase64: half })).issues).toContain('ISSUE_FACE_LIGHT_NOT_BALANCE')
  })

  it('flags slightly uneven light only at a stricter sensitivity', async () => {
    const mild = (await drawPortrait({ shadowRight: 0.15 })).toString('base64')
    expect((await make({ imageBase64: mild })).issues).not.toContain('ISSUE_FACE_LIGHT_NOT_BALANCE')
    const strict = await make({
      imageBase64: mild,
      issueSensitivityOverride: { ISSUE_FACE_LIGHT_NOT_BALANCE: 'VERY_HIGH' }
    })
    expect(strict.issues).toContain('ISSUE_FACE_LIGHT_NOT_BALANCE')
  })
})

describe('watermark mode', () => {
  it('marks the preview visibly and unlocks the clean photo for the same account', async () => {
    const preview = await make({ watermarkText: 'Aperçu' }, 'makeIdPhotoWatermark')
    expect(preview.waterMark).toBe(true)
    expect(preview.issues).toEqual([])
    const marked = await download(preview.idPhotoUrl)
    expect(await size(marked)).toEqual([600, 600])

    const res = await t.postJson('/v2/getIdPhotoNoWatermark', { ...creds, photoUuid: preview.photoUuid })
    expect(res.status).toBe(200)
    const unlocked = (await res.json()) as MakeAnswer
    expect(unlocked).toMatchObject({ photoUuid: preview.photoUuid, waterMark: false, issues: [] })
    const clean = await download(unlocked.idPhotoUrl)
    expect(await size(clean)).toEqual([600, 600])

    // Visible: the mean absolute difference between marked and clean is large, not JPEG noise.
    const a = await sharp(marked).raw().toBuffer()
    const b = await sharp(clean).raw().toBuffer()
    let diff = 0
    for (let i = 0; i < a.length; i++) diff += Math.abs((a[i] ?? 0) - (b[i] ?? 0))
    expect(diff / a.length).toBeGreaterThan(8)
  })

  it('keeps the issues of a photo that could not be made, and does not unlock another account’s photo', async () => {
    const preview = await make(
      { imageBase64: (await drawUniform()).toString('base64') },
      'makeIdPhotoWatermark'
    )
    expect(preview).toMatchObject({ issues: ['ISSUE_FACE_NOT_FOUND'], waterMark: false })
    const res = await t.postJson('/v2/getIdPhotoNoWatermark', { ...creds, photoUuid: preview.photoUuid })
    const unlocked = (await res.json()) as MakeAnswer
    expect(unlocked.issues).toEqual(['ISSUE_FACE_NOT_FOUND'])
    expect(unlocked).not.toHaveProperty('idPhotoUrl')
  })

  it('cannot unlock a photo made by makeIdPhoto (there is nothing to unlock)', async () => {
    const direct = await make({})
    const res = await t.postJson('/v2/getIdPhotoNoWatermark', { ...creds, photoUuid: direct.photoUuid })
    expect(res.status).toBe(404)
  })
})

describe.skipIf(walkInMissing !== null)('the walk-in portrait', () => {
  it('comes out 600x600 for us-passport with the face centred', async () => {
    const answer = await make({ imageBase64: readFileSync(WALK_IN).toString('base64') })
    const photo = await download(answer.idPhotoUrl)
    expect(await size(photo)).toEqual([600, 600])
    for (const c of await pixel(photo, 5, 5)) expect(c).toBeGreaterThan(248)
    const [r, , b] = await pixel(photo, 300, 300)
    expect(r - b).toBeGreaterThan(20)
  })
})
