import { describe, expect, it } from 'vitest'
import { DEMO_CREDENTIALS } from '../../../electron/main/demo'
import { drawPortrait } from './synthetic-portrait'
import type { DemoTestServer } from './demo-test-server'
import { useDemoTestServer } from './demo-test-server'

const creds = DEMO_CREDENTIALS.passportPhoto
let t: DemoTestServer
let portrait: string

useDemoTestServer(async (server) => {
  t = server
  portrait = (await drawPortrait()).toString('base64')
})

interface Status {
  accountStatus: string
  freeTrialEndTime?: number
  subscription: Record<string, number | string>
}

async function status(): Promise<Status> {
  const res = await t.postJson('/v2/queryAccountStatus', creds)
  expect(res.status).toBe(200)
  return (await res.json()) as Status
}

const make = (extra: Record<string, unknown> = {}): Promise<Response> =>
  t.postJson('/v2/makeIdPhoto', { ...creds, specCode: 'us-passport', imageBase64: portrait, ...extra })
const makeWatermark = (): Promise<Response> =>
  t.postJson('/v2/makeIdPhotoWatermark', { ...creds, specCode: 'us-passport', imageBase64: portrait })

describe('queryAccountStatus', () => {
  it('reports a 14-day free trial and a complete subscription with 100/100 quotas', async () => {
    const s = await status()
    expect(s.accountStatus).toBe('FREE_TRIAL')
    expect(s.freeTrialEndTime).toBe(Math.floor((t.clock.now + 14 * 86_400_000) / 1000))
    expect(s.subscription).toEqual({
      subscriptionStatus: 'SUBSCRIPTION_COMPLETE',
      subscriptionResetTime: Math.floor((t.clock.now + 30 * 86_400_000) / 1000),
      makeIdPhotoApiQuota: 100,
      makeIdPhotoWatermarkApiQuota: 100,
      makeIdPhotoApiRemaining: 100,
      makeIdPhotoWatermarkApiRemaining: 100
    })
  })

  it('leaves out freeTrialEndTime once SUBSCRIBED', async () => {
    t.service.accounts.update({ apiKey: creds.apiKey, accountStatus: 'SUBSCRIBED' })
    const s = await status()
    expect(s.accountStatus).toBe('SUBSCRIBED')
    expect(s).not.toHaveProperty('freeTrialEndTime')
  })
})

describe('quotas', () => {
  it('makeIdPhoto spends one makeIdPhoto unit, makeIdPhotoWatermark one watermark unit', async () => {
    expect((await make()).status).toBe(200)
    expect((await make()).status).toBe(200)
    expect((await makeWatermark()).status).toBe(200)
    const s = (await status()).subscription
    expect(s['makeIdPhotoApiRemaining']).toBe(98)
    expect(s['makeIdPhotoWatermarkApiRemaining']).toBe(99)
    const stats = t.service.stats().accounts[creds.apiKey]
    expect(stats?.charges).toBe(3)
    expect(stats?.calls).toMatchObject({ makeIdPhoto: 2, makeIdPhotoWatermark: 1, queryAccountStatus: 1 })
  })

  it('does not charge for status, spec list, spec details, unlocking or health', async () => {
    const preview = (await (await makeWatermark()).json()) as { photoUuid: string }
    await status()
    await t.postJson('/v2/listIdPhotoSpecCode', creds)
    await t.postJson('/v2/getIdPhotoSpec', { ...creds, specCode: 'us-passport' })
    await t.postJson('/v2/getIdPhotoNoWatermark', { ...creds, photoUuid: preview.photoUuid })
    await fetch(t.url('/v2/health'))
    expect(t.service.stats().accounts[creds.apiKey]?.charges).toBe(1)
  })

  it('answers 403 QUOTA_EXHAUSTED at zero and charges nothing', async () => {
    t.service.accounts.update({ apiKey: creds.apiKey, makeIdPhotoApiRemaining: 1 })
    expect((await make()).status).toBe(200)
    const refused = await make()
    expect(refused.status).toBe(403)
    expect(((await refused.json()) as { code: string }).code).toBe('QUOTA_EXHAUSTED')
    expect(t.service.stats().accounts[creds.apiKey]).toMatchObject({ makeIdPhotoApiRemaining: 0, charges: 1 })
    // The other quota is separate.
    expect((await makeWatermark()).status).toBe(200)
  })

  it('sets quotas and revocation through POST /__demo/accounts', async () => {
    const res = await t.postJson('/__demo/accounts', {
      apiKey: creds.apiKey,
      makeIdPhotoWatermarkApiRemaining: 0
    })
    expect(res.status).toBe(200)
    expect((await makeWatermark()).status).toBe(403)
    expect((await t.postJson('/__demo/accounts', { apiKey: 'nobody', revoked: true })).status).toBe(404)
    expect((await t.postJson('/__demo/accounts', { apiKey: creds.apiKey, revoked: 'yes' })).status).toBe(400)
    await t.postJson('/__demo/accounts', { apiKey: creds.apiKey, revoked: true })
    expect((await make()).status).toBe(403)
  })

  it('charges a photo that comes back with ISSUE_PHOTO_LOAD_FAILED (the server did the work)', async () => {
    const res = await make({ imageBase64: 'bm90IGFuIGltYWdl' })
    expect(res.status).toBe(200)
    const body = (await res.json()) as Record<string, unknown>
    expect(body['issues']).toEqual(['ISSUE_PHOTO_LOAD_FAILED'])
    expect(body).not.toHaveProperty('idPhotoUrl')
    expect(t.service.stats().accounts[creds.apiKey]?.charges).toBe(1)
  })

  it.each(['data:image/jpeg;base64,AAAA', 'not base64 at all!', '****'])(
    'treats undecodable base64 %s as ISSUE_PHOTO_LOAD_FAILED',
    async (imageBase64) => {
      const body = (await (await make({ imageBase64 })).json()) as { issues: string[] }
      expect(body.issues).toEqual(['ISSUE_PHOTO_LOAD_FAILED'])
    }
  )
})

describe('faults on quota-spending calls', () => {
  it('afterProcessing: the call is charged exactly once though the client saw a 500', async () => {
    t.service.faults.add({ path: '/v2/makeIdPhoto', status: 500, afterProcessing: true, times: 1 })
    expect((await make()).status).toBe(500)
    expect(t.service.stats().accounts[creds.apiKey]).toMatchObject({
      charges: 1,
      makeIdPhotoApiRemaining: 99
    })
  })

  it('afterProcessing with a dropped connection also charges once', async () => {
    t.service.faults.add({ path: '/v2/makeIdPhoto', drop: true, afterProcessing: true, times: 1 })
    await expect(make()).rejects.toThrow(TypeError)
    expect(t.service.stats().accounts[creds.apiKey]?.charges).toBe(1)
  })

  it('a fault before processing charges nothing', async () => {
    t.service.faults.add({ path: '/v2/makeIdPhoto', status: 503, retryAfterSeconds: 3, times: 1 })
    const res = await make()
    expect(res.status).toBe(503)
    expect(res.headers.get('retry-after')).toBe('3')
    expect(t.service.stats().accounts[creds.apiKey]?.charges).toBe(0)
    t.service.faults.add({ path: '/v2/makeIdPhoto', malformed: true, times: 1 })
    await expect((await make()).json()).rejects.toThrow()
    expect(t.service.stats().accounts[creds.apiKey]?.charges).toBe(0)
  })
})
