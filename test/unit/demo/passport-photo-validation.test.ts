import { describe, expect, it } from 'vitest'
import { DEMO_CREDENTIALS } from '../../../electron/main/demo'
import { WATERMARK_WHITELIST } from '../../../electron/main/demo/passport-photo/passport-schemas'
import { submitSchema } from '../../../electron/shared/contract/photos'
import { WATERMARK_TEXTS } from '../../../electron/shared/i18n/watermark'
import { drawUniform } from './synthetic-portrait'
import type { DemoTestServer } from './demo-test-server'
import { useDemoTestServer } from './demo-test-server'

const creds = DEMO_CREDENTIALS.passportPhoto
let t: DemoTestServer
let portrait: string

useDemoTestServer(async (server) => {
  t = server
  // Validation is the subject here, not image work: a blank picture is accepted (200, ISSUE_FACE_NOT_FOUND)
  // without the cost of making a photo.
  portrait = (await drawUniform()).toString('base64')
})

async function expectError(res: Response, status: number, code: string, mention?: string): Promise<void> {
  expect(res.status).toBe(status)
  const body = (await res.json()) as { code: string; message: string }
  expect(body.code).toBe(code)
  expect(body.message.length).toBeGreaterThan(10)
  if (mention) expect(body.message).toContain(mention)
}

describe('health', () => {
  it('answers GET with GOOD and refuses POST', async () => {
    const res = await fetch(t.url('/v2/health'))
    expect(await res.json()).toEqual({ status: 'GOOD' })
    expect((await t.postJson('/v2/health', {})).status).toBe(405)
  })
})

describe('request validation', () => {
  const endpoints = [
    'queryAccountStatus',
    'listIdPhotoSpecCode',
    'getIdPhotoSpec',
    'makeIdPhoto',
    'makeIdPhotoWatermark',
    'getIdPhotoNoWatermark'
  ]

  it.each(endpoints)('%s: 400 naming apiKey when it is missing, 401 for a wrong secret', async (endpoint) => {
    await expectError(
      await t.postJson(`/v2/${endpoint}`, { apiSecret: creds.apiSecret }),
      400,
      'INVALID_REQUEST',
      'apiKey'
    )
    const full = {
      ...creds,
      apiSecret: 'wrong',
      specCode: 'us-passport',
      imageBase64: portrait,
      photoUuid: 'x'
    }
    await expectError(await t.postJson(`/v2/${endpoint}`, full), 401, 'INVALID_CREDENTIALS')
  })

  it.each(endpoints)('%s: 403 ACCOUNT_REVOKED for a revoked key', async (endpoint) => {
    t.service.accounts.update({ apiKey: creds.apiKey, revoked: true })
    const body = { ...creds, specCode: 'us-passport', imageBase64: portrait, photoUuid: 'x' }
    await expectError(await t.postJson(`/v2/${endpoint}`, body), 403, 'ACCOUNT_REVOKED')
  })

  it('answers 400 to a body that is not JSON, and 405 to GET on a POST endpoint', async () => {
    const res = await fetch(t.url('/v2/makeIdPhoto'), { method: 'POST', body: '{"apiKey":' })
    await expectError(res, 400, 'INVALID_REQUEST')
    expect((await fetch(t.url('/v2/makeIdPhoto'))).status).toBe(405)
  })

  it.each([
    [{ specCode: 'us-passport' }, 'imageBase64'],
    [{ imageBase64: 'abcd' }, 'specCode'],
    [{ specCode: 'us-passport', imageBase64: 'abcd', outputFormat: 'PNG' }, 'outputFormat'],
    [{ specCode: 'us-passport', imageBase64: 42 }, 'imageBase64'],
    [
      {
        specCode: 'us-passport',
        imageBase64: 'abcd',
        issueSensitivityOverride: { ISSUE_FACE_NOT_FOUND: 'LOW' }
      },
      'issueSensitivityOverride'
    ],
    [
      {
        specCode: 'us-passport',
        imageBase64: 'abcd',
        issueSensitivityOverride: { ISSUE_FACE_BRIGHTNESS_BAD: 'EXTREME' }
      },
      'issueSensitivityOverride.ISSUE_FACE_BRIGHTNESS_BAD'
    ],
    [
      { specCode: 'us-passport', imageBase64: 'abcd', photoSheet: { sheetSizes: ['1800x1200'] } },
      'photoSheet.sheetSizes.0'
    ],
    [
      { specCode: 'us-passport', imageBase64: 'abcd', photoSheet: { sheetSizes: ['10*10'] } },
      'photoSheet.sheetSizes.0'
    ],
    [
      { specCode: 'us-passport', imageBase64: 'abcd', photoSheet: { sheetSizes: ['99999*1200'] } },
      'photoSheet.sheetSizes.0'
    ],
    [
      { specCode: 'us-passport', imageBase64: 'abcd', photoSheet: { sheetSizes: [] } },
      'photoSheet.sheetSizes'
    ]
  ])('makeIdPhoto rejects %j naming %s, and charges nothing', async (fields, field) => {
    await expectError(
      await t.postJson('/v2/makeIdPhoto', { ...creds, ...fields }),
      400,
      'INVALID_REQUEST',
      `"${field}"`
    )
    expect(t.service.stats().accounts[creds.apiKey]?.charges).toBe(0)
  })

  it('accepts every documented sensitivity override key and level', async () => {
    const res = await t.postJson('/v2/makeIdPhoto', {
      ...creds,
      specCode: 'us-passport',
      imageBase64: portrait,
      issueSensitivityOverride: {
        ISSUE_FACE_LIGHT_NOT_BALANCE: 'VERY_LOW',
        ISSUE_FACE_BRIGHTNESS_BAD: 'VERY_HIGH',
        ISSUE_HEAD_YAW_OVER_THRESHOLD: 'HIGH',
        ISSUE_HEAD_PITCH_OVER_THRESHOLD: 'LOW'
      }
    })
    expect(res.status).toBe(200)
  })

  it.each(['Preview', 'preview', 'PREVIEW', 'Aperçu', 'APERÇU', 'aperçu'])(
    'makeIdPhotoWatermark accepts watermarkText %s',
    async (watermarkText) => {
      const res = await t.postJson('/v2/makeIdPhotoWatermark', {
        ...creds,
        specCode: 'us-passport',
        imageBase64: portrait,
        watermarkText
      })
      expect(res.status).toBe(200)
    }
  )

  it('whitelists the very texts the app sends, and accepts "Aperçu" posted as the raw UTF-8 bytes C3 A7', async () => {
    expect([...WATERMARK_WHITELIST]).toEqual([...WATERMARK_TEXTS])
    expect(submitSchema.shape.watermarkText.unwrap().options).toEqual([...WATERMARK_TEXTS])
    const json = JSON.stringify({
      ...creds,
      specCode: 'us-passport',
      imageBase64: portrait,
      watermarkText: 'Aper'
    })
    const body = Buffer.concat([
      Buffer.from(json.slice(0, -2), 'utf8'),
      Buffer.from([0xc3, 0xa7, 0x75]), // "çu": U+00E7 then u
      Buffer.from('"}', 'utf8')
    ])
    const res = await fetch(t.url('/v2/makeIdPhotoWatermark'), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body
    })
    expect(res.status).toBe(200)
  })

  it.each(['Draft', 'Apercu', 'Preview!', ''])(
    'makeIdPhotoWatermark rejects watermarkText "%s"',
    async (watermarkText) => {
      const res = await t.postJson('/v2/makeIdPhotoWatermark', {
        ...creds,
        specCode: 'us-passport',
        imageBase64: portrait,
        watermarkText
      })
      await expectError(res, 400, 'INVALID_REQUEST', 'watermarkText')
    }
  )

  it('getIdPhotoSpec wants a specCode and answers 400 SPEC_NOT_FOUND for an unknown one', async () => {
    await expectError(await t.postJson('/v2/getIdPhotoSpec', creds), 400, 'INVALID_REQUEST', 'specCode')
    await expectError(
      await t.postJson('/v2/getIdPhotoSpec', { ...creds, specCode: 'mars-passport' }),
      400,
      'SPEC_NOT_FOUND'
    )
  })

  it('makeIdPhoto answers 400 SPEC_NOT_FOUND for an unknown spec and charges nothing', async () => {
    const res = await t.postJson('/v2/makeIdPhoto', {
      ...creds,
      specCode: 'mars-passport',
      imageBase64: portrait
    })
    await expectError(res, 400, 'SPEC_NOT_FOUND')
    expect(t.service.stats().accounts[creds.apiKey]?.makeIdPhotoApiRemaining).toBe(100)
  })

  it('getIdPhotoNoWatermark wants a photoUuid and answers 404 for an unknown one', async () => {
    await expectError(
      await t.postJson('/v2/getIdPhotoNoWatermark', creds),
      400,
      'INVALID_REQUEST',
      'photoUuid'
    )
    await expectError(
      await t.postJson('/v2/getIdPhotoNoWatermark', { ...creds, photoUuid: 'no-such-photo' }),
      404,
      'PHOTO_NOT_FOUND'
    )
  })
})
