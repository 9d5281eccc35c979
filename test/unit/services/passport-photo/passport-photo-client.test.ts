import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { DEMO_CREDENTIALS } from '../../../../electron/main/demo'
import { createPassportPhotoClient } from '../../../../electron/main/services/passport-photo/passport-photo-client'
import { detectImageType } from '../../../../electron/main/services/passport-photo/image-type'
import { isAppError, type AppError } from '../../../../electron/shared/errors'
import { startDemo } from './helpers/demo-harness'
import { syntheticPortrait } from '../../../helpers/synthetic-portrait'
import { WATERMARK_TEXTS } from '../../../../electron/shared/i18n/watermark'

let demo: Awaited<ReturnType<typeof startDemo>>
let imageBase64: string

beforeAll(async () => {
  demo = await startDemo()
  imageBase64 = (await syntheticPortrait({ width: 600, height: 800 })).toString('base64')
})
afterAll(async () => {
  await demo?.close()
})
beforeEach(async () => {
  await demo.reset()
})

/** Runs a call that must fail and returns its AppError, checking the message is safe to show. */
async function failure(call: Promise<unknown>): Promise<AppError> {
  const error = await call.then(
    () => {
      throw new Error('expected the call to fail')
    },
    (e: unknown) => e
  )
  if (!isAppError(error)) throw error
  expect(error.message).not.toContain(DEMO_CREDENTIALS.passportPhoto.apiSecret)
  expect(error.message).not.toContain(DEMO_CREDENTIALS.passportPhoto.apiKey)
  expect(error.message).not.toContain(demo.url)
  return error
}

describe('Passport Photo client against the demo service (real HTTP)', () => {
  it('health', async () => {
    expect(await demo.client().health()).toEqual({ status: 'GOOD' })
  })

  it('queryAccountStatus returns the account and quota', async () => {
    const status = await demo.client().queryAccountStatus()
    expect(status.accountStatus).toMatch(/FREE_TRIAL|SUBSCRIBED/)
    expect(status.subscription?.makeIdPhotoApiRemaining).toEqual(expect.any(Number))
  })

  it('listSpecs and getSpec', async () => {
    const client = demo.client()
    const specs = await client.listSpecs()
    expect(specs.length).toBeGreaterThan(250)
    expect(specs.every((s) => s.specCode.length > 0)).toBe(true)
    const code = specs.find((s) => s.specCode === 'us-passport')?.specCode ?? specs[0]!.specCode
    const details = await client.getSpec(code)
    expect(details.specCode).toBe(code)
  })

  it('makeIdPhoto as base64 returns a JPEG, spending one unit', async () => {
    const before = await demo.demoAccount()
    const result = await demo
      .client()
      .makeIdPhoto({ imageBase64, specCode: 'us-passport', outputFormat: 'IMAGE_BASE64' })
    expect(result.issues).toEqual([])
    expect(result.photoUuid).toEqual(expect.any(String))
    expect(detectImageType(Buffer.from(result.imageBase64!, 'base64'))).toBe('jpeg')
    const after = await demo.demoAccount()
    expect(before.makeIdPhotoApiRemaining - after.makeIdPhotoApiRemaining).toBe(1)
  })

  it('makeIdPhoto as URL with a sheet; both download as images within the size cap', async () => {
    const onSent: string[] = []
    const result = await demo
      .client()
      .makeIdPhoto(
        { imageBase64, specCode: 'us-passport', outputFormat: 'S3_URL', sheetSizes: ['1800*1200'] },
        { onSent: () => onSent.push('sent') }
      )
    expect(onSent).toEqual(['sent'])
    const download = demo.downloader()
    const photo = await download(result.idPhotoUrl!, { timeoutMs: 5000, maxBytes: 10_000_000 })
    expect(photo.type).toBe('jpeg')
    const sheet = await download(result.sheets['1800*1200']!, { timeoutMs: 5000, maxBytes: 10_000_000 })
    expect(['jpeg', 'png']).toContain(sheet.type)
    await expect(download(result.idPhotoUrl!, { timeoutMs: 5000, maxBytes: 100 })).rejects.toMatchObject({
      code: 'IMAGE_TOO_LARGE'
    })
  })

  it('watermark preview, then the unwatermarked photo for the same photoUuid', async () => {
    const client = demo.client()
    const preview = await client.makeIdPhotoWatermark({
      imageBase64,
      specCode: 'us-passport',
      watermarkText: 'Aperçu'
    })
    expect(preview).toMatchObject({ watermarked: true, issues: [] })
    const final = await client.getIdPhotoNoWatermark(preview.photoUuid!)
    expect(final).toMatchObject({ photoUuid: preview.photoUuid, watermarked: false })
    const bytes = await demo.downloader()(final.idPhotoUrl, { timeoutMs: 5000, maxBytes: 10_000_000 })
    expect(bytes.type).toBe('jpeg')
    expect((await demo.demoAccount()).charges).toBe(1)
  })

  it('sends "Aperçu" exactly as whitelisted: ç as U+00E7 (NFC), bytes C3 A7 in the request body', async () => {
    const bodies: Uint8Array[] = []
    // The request as it goes on the wire: the same Request the real fetch sends, read back first.
    const recording: typeof fetch = async (input, init) => {
      const request = new Request(input, init)
      bodies.push(new Uint8Array(await request.clone().arrayBuffer()))
      return fetch(request)
    }
    const preview = await demo.client({ fetch: recording }).makeIdPhotoWatermark({
      imageBase64,
      specCode: 'us-passport',
      watermarkText: WATERMARK_TEXTS[1]
    })
    expect(preview).toMatchObject({ watermarked: true })
    const body = bodies.at(-1)!
    const sent = (JSON.parse(new TextDecoder().decode(body)) as { watermarkText: string }).watermarkText
    expect(sent).toBe('Aper\u00e7u')
    expect(sent).toBe(sent.normalize('NFC'))
    const bytes = [...new TextEncoder().encode('"watermarkText":"Aper\u00e7u"')]
    const at = Buffer.from(body).indexOf(Buffer.from(bytes))
    expect(at).toBeGreaterThanOrEqual(0)
    expect([...body.subarray(at + 17, at + 24)]).toEqual([0x41, 0x70, 0x65, 0x72, 0xc3, 0xa7, 0x75])
    // Never the decomposed form (c + U+0327 COMBINING CEDILLA, bytes 63 CC A7).
    expect(Buffer.from(body).includes(Buffer.from([0x63, 0xcc, 0xa7]))).toBe(false)
  })

  it('a photo without a person comes back with issues, not an error', async () => {
    const sharp = (await import('sharp')).default
    const blank = await sharp({ create: { width: 600, height: 800, channels: 3, background: '#dddddd' } })
      .jpeg()
      .toBuffer()
    const result = await demo.client().makeIdPhoto({
      imageBase64: blank.toString('base64'),
      specCode: 'us-passport',
      outputFormat: 'IMAGE_BASE64'
    })
    expect(result.issues.length).toBeGreaterThan(0)
  })

  describe('errors a person can read', () => {
    it('401 → CREDENTIALS_REJECTED', async () => {
      const client = demo.client({ credentials: async () => ({ apiKey: 'wrong', apiSecret: 'nope' }) })
      const error = await failure(client.queryAccountStatus())
      expect(error.code).toBe('CREDENTIALS_REJECTED')
      expect(error.message).toBe(
        'The API key or secret was rejected. Open Settings and check them, or use Demo mode.'
      )
    })

    it('403 revoked → CREDENTIALS_REJECTED saying so', async () => {
      await demo.account({ apiKey: DEMO_CREDENTIALS.passportPhoto.apiKey, revoked: true })
      const error = await failure(demo.client().queryAccountStatus())
      expect(error.code).toBe('CREDENTIALS_REJECTED')
      expect(error.message).toMatch(/revoked/)
    })

    it('403 quota exhausted → QUOTA_EXHAUSTED, and nothing is charged', async () => {
      await demo.account({ apiKey: DEMO_CREDENTIALS.passportPhoto.apiKey, makeIdPhotoApiRemaining: 0 })
      const error = await failure(
        demo.client().makeIdPhoto({ imageBase64, specCode: 'us-passport', outputFormat: 'IMAGE_BASE64' })
      )
      expect(error.code).toBe('QUOTA_EXHAUSTED')
      const account = await demo.demoAccount()
      expect(account.charges).toBe(0)
      expect(account.makeIdPhotoApiRemaining).toBe(0)
    })

    it('400 unknown spec → UNKNOWN_SPEC (details and make)', async () => {
      const client = demo.client()
      expect((await failure(client.getSpec('no-such-spec'))).code).toBe('UNKNOWN_SPEC')
      const make = client.makeIdPhoto({ imageBase64, specCode: 'no-such-spec', outputFormat: 'IMAGE_BASE64' })
      expect((await failure(make)).code).toBe('UNKNOWN_SPEC')
    })

    it('400 invalid request → BAD_REQUEST', async () => {
      await demo.fault({ path: '/v2/makeIdPhoto', status: 400, times: 1 })
      const make = demo
        .client()
        .makeIdPhoto({ imageBase64, specCode: 'us-passport', outputFormat: 'IMAGE_BASE64' })
      expect((await failure(make)).code).toBe('BAD_REQUEST')
    })

    it('404 unknown photo → NOT_FOUND', async () => {
      expect((await failure(demo.client().getIdPhotoNoWatermark('0000-not-a-photo'))).code).toBe('NOT_FOUND')
    })

    it('429 → RATE_LIMITED with the wait from Retry-After', async () => {
      await demo.fault({ path: '/v2/listIdPhotoSpecCode', status: 429, retryAfterSeconds: 7, times: 1 })
      const error = await failure(demo.client().listSpecs())
      expect(error).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: 7 })
      expect(error.message).toContain('7 s')
    })

    it('5xx → SERVER_ERROR (a free read is retried once, then gives up)', async () => {
      await demo.fault({ path: '/v2/health', status: 503 })
      expect((await failure(demo.client().health())).code).toBe('SERVER_ERROR')
      expect((await demo.stats()).requestsByPath['/v2/health']).toBe(2)
    })

    it('a free read recovers from one 5xx by its single retry', async () => {
      await demo.fault({ path: '/v2/queryAccountStatus', status: 500, times: 1 })
      expect((await demo.client().queryAccountStatus()).accountStatus).toEqual(expect.any(String))
      expect((await demo.stats()).requestsByPath['/v2/queryAccountStatus']).toBe(2)
    })

    it('malformed JSON → MALFORMED_RESPONSE', async () => {
      await demo.fault({ path: '/v2/listIdPhotoSpecCode', malformed: true })
      expect((await failure(demo.client().listSpecs())).code).toBe('MALFORMED_RESPONSE')
    })

    it('JSON without the expected fields → MALFORMED_RESPONSE', async () => {
      const client = createPassportPhotoClient({
        fetch: async () => Response.json({ photoUuid: 'x', issues: [] }),
        baseUrl: () => 'https://api.example',
        credentials: async () => ({ apiKey: 'k', apiSecret: 's' })
      })
      const error = await failure(
        client.makeIdPhoto({ imageBase64: 'AA==', specCode: 'x', outputFormat: 'S3_URL' })
      )
      expect(error.code).toBe('MALFORMED_RESPONSE')
      expect(error.message).toMatch(/quota/) // a broken answer to a paid call may still have been charged
    })

    it('dropped connection → NETWORK', async () => {
      await demo.fault({ path: '/v2/getIdPhotoSpec', drop: true })
      expect((await failure(demo.client().getSpec('us-passport'))).code).toBe('NETWORK')
    })

    it('no answer in time → TIMEOUT', async () => {
      await demo.fault({ path: '/v2/health', latencyMs: 3000, times: 1 })
      const client = demo.client({ timeoutMs: { read: 300, make: 300 } })
      const error = await failure(client.health())
      expect(error.code).toBe('TIMEOUT')
    })
  })

  describe('no double charge', () => {
    it('a 500 after the photo was made: one request, one unit, no retry', async () => {
      await demo.fault({ path: '/v2/makeIdPhoto', status: 500, afterProcessing: true, times: 1 })
      const error = await failure(
        demo.client().makeIdPhoto({ imageBase64, specCode: 'us-passport', outputFormat: 'IMAGE_BASE64' })
      )
      expect(error.code).toBe('SERVER_ERROR')
      expect(error.message).toMatch(/quota/)
      const stats = await demo.stats()
      expect(stats.requestsByPath['/v2/makeIdPhoto']).toBe(1)
      expect(stats.accounts[DEMO_CREDENTIALS.passportPhoto.apiKey]?.charges).toBe(1)
    })

    it('a dropped connection after the photo was made: one request, one unit, no retry', async () => {
      await demo.fault({ path: '/v2/makeIdPhotoWatermark', drop: true, afterProcessing: true, times: 1 })
      const error = await failure(
        demo.client().makeIdPhotoWatermark({ imageBase64, specCode: 'us-passport' })
      )
      expect(error.code).toBe('NETWORK')
      expect(error.message).toMatch(/quota/)
      const stats = await demo.stats()
      expect(stats.requestsByPath['/v2/makeIdPhotoWatermark']).toBe(1)
      expect(stats.accounts[DEMO_CREDENTIALS.passportPhoto.apiKey]?.charges).toBe(1)
    })
  })
})

describe('response spellings', () => {
  it('accepts idPhotoImageBase64 as well as the documented idphotoImageBase64', async () => {
    const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 1]).toString('base64')
    for (const field of ['idphotoImageBase64', 'idPhotoImageBase64']) {
      const client = createPassportPhotoClient({
        fetch: async () => Response.json({ photoUuid: 'p1', [field]: jpeg, issues: [] }),
        baseUrl: () => 'https://api.example',
        credentials: async () => ({ apiKey: 'k', apiSecret: 's' })
      })
      const result = await client.makeIdPhoto({
        imageBase64: 'AA==',
        specCode: 'x',
        outputFormat: 'IMAGE_BASE64'
      })
      expect(result.imageBase64).toBe(jpeg)
    }
  })

  it('sends the credentials in the body only, never in the URL', async () => {
    const seen: { url: string; body: string }[] = []
    const client = createPassportPhotoClient({
      fetch: async (input, init) => {
        seen.push({ url: String(input), body: String(init?.body) })
        return Response.json({ accountStatus: 'SUBSCRIBED' })
      },
      baseUrl: () => 'https://api-eu.idphotoapp.com/',
      credentials: async () => ({ apiKey: 'k-123', apiSecret: 's-456' })
    })
    await client.queryAccountStatus()
    expect(seen[0]?.url).toBe('https://api-eu.idphotoapp.com/v2/queryAccountStatus')
    expect(JSON.parse(seen[0]!.body)).toEqual({ apiKey: 'k-123', apiSecret: 's-456' })
  })
})
