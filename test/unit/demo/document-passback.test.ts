import sharp from 'sharp'
import { describe, expect, it } from 'vitest'
import { DEMO_CREDENTIALS } from '../../../electron/main/demo'
import type { DemoTestServer } from './demo-test-server'
import { useDemoTestServer } from './demo-test-server'

const { apiToken, accessToken } = DEMO_CREDENTIALS.documentPassback
let t: DemoTestServer

useDemoTestServer((server) => {
  t = server
})

async function tokens(): Promise<{ front: string; back: string }> {
  const res = await fetch(t.url('/api/public/v3/attributes.json'), {
    headers: { authorization: `Bearer ${accessToken}` }
  })
  expect(res.status).toBe(200)
  const body = (await res.json()) as { attributes: { handle: string; value: unknown }[] }
  return body.attributes.find((a) => a.handle === 'document_tokens')?.value as { front: string; back: string }
}

function documentUrl(token: string, query = ''): string {
  return t.url(`/api/public/v3/documents/${token}?token=${apiToken}${query}`)
}

describe('attributes.json', () => {
  it('answers the documented shape with fresh uuid-like tokens on every call', async () => {
    const res = await fetch(t.url('/api/public/v3/attributes.json'), {
      headers: { authorization: `Bearer ${accessToken}` }
    })
    const body = (await res.json()) as {
      attributes: { handle: string; name: string; value: unknown }[]
      status: { group: string; subgroups: string[]; verified: boolean }[]
    }
    expect(body.attributes.map((a) => a.handle)).toEqual(
      expect.arrayContaining(['fname', 'lname', 'email', 'document_tokens'])
    )
    for (const a of body.attributes) expect(typeof a.name).toBe('string')
    expect(body.status[0]).toMatchObject({ group: expect.any(String), verified: true })
    expect(Array.isArray(body.status[0]?.subgroups)).toBe(true)
    const first = body.attributes.find((a) => a.handle === 'document_tokens')?.value as {
      front: string
      back: string
    }
    expect(first.front).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/)
    expect(first.back).not.toBe(first.front)
    const second = await tokens()
    expect(second.front).not.toBe(first.front)
  })

  it('accepts the access token as ?access_token= too', async () => {
    const res = await fetch(t.url(`/api/public/v3/attributes.json?access_token=${accessToken}`))
    expect(res.status).toBe(200)
  })

  it('answers 401 for a wrong or missing access token', async () => {
    expect((await fetch(t.url('/api/public/v3/attributes.json'))).status).toBe(401)
    const wrong = await fetch(t.url('/api/public/v3/attributes.json'), {
      headers: { authorization: 'Bearer nope' }
    })
    expect(wrong.status).toBe(401)
  })
})

describe('documents/{token}', () => {
  it('returns the raw front and back images', async () => {
    const { front, back } = await tokens()
    const f = await fetch(documentUrl(front), { method: 'POST' })
    expect(f.status).toBe(200)
    expect(f.headers.get('content-type')).toBe('image/jpeg')
    const meta = await sharp(Buffer.from(await f.arrayBuffer())).metadata()
    expect([meta.width, meta.height]).toEqual([1340, 956])
    const b = await fetch(documentUrl(back), { method: 'POST' })
    const backMeta = await sharp(Buffer.from(await b.arrayBuffer())).metadata()
    expect([backMeta.width, backMeta.height]).toEqual([570, 228])
  })

  it('resizes keeping the aspect ratio, the smaller scale winning', async () => {
    const { back } = await tokens()
    // 570x228 into 300x200: scales 0.526 and 0.877, so 300x120.
    const res = await fetch(documentUrl(back, '&size=300x200'), { method: 'POST' })
    expect(res.status).toBe(200)
    const meta = await sharp(Buffer.from(await res.arrayBuffer())).metadata()
    expect([meta.width, meta.height]).toEqual([300, 120])
    t.clock.now += 60_000
    // 1340x956 into 500x400: scales 0.373 and 0.418, so 500x357.
    const { front } = await tokens()
    const f = await fetch(documentUrl(front, '&size=500x400'), { method: 'POST' })
    const fm = await sharp(Buffer.from(await f.arrayBuffer())).metadata()
    expect([fm.width, fm.height]).toEqual([500, 357])
  })

  it.each(['99x200', '300x1001', '300', '300X200', 'x200', '-300x200', '300x200.5', ''])(
    'rejects size=%s with 400',
    async (size) => {
      const { front } = await tokens()
      const res = await fetch(documentUrl(front, `&size=${size}`), { method: 'POST' })
      expect(res.status).toBe(400)
      expect(((await res.json()) as { code: string }).code).toBe('INVALID_REQUEST')
    }
  )

  it('accepts the bounds 100 and 1000', async () => {
    const { back } = await tokens()
    const res = await fetch(documentUrl(back, '&size=1000x100'), { method: 'POST' })
    expect(res.status).toBe(200)
    const meta = await sharp(Buffer.from(await res.arrayBuffer())).metadata()
    expect([meta.width, meta.height]).toEqual([250, 100])
  })

  it('answers 401 for a wrong API token and 404 for an unknown document token', async () => {
    const { front } = await tokens()
    expect(
      (await fetch(t.url(`/api/public/v3/documents/${front}?token=wrong`), { method: 'POST' })).status
    ).toBe(401)
    expect((await fetch(t.url(`/api/public/v3/documents/${front}`), { method: 'POST' })).status).toBe(401)
    expect((await fetch(documentUrl('3696f8c1a8ee4ae9aab56fb38c3dbd03'), { method: 'POST' })).status).toBe(
      404
    )
  })

  it('lets a token go stale after 15 minutes', async () => {
    const { front } = await tokens()
    t.clock.now += 15 * 60_000 - 1
    expect((await fetch(documentUrl(front), { method: 'POST' })).status).toBe(200)
    t.clock.now += 1
    expect((await fetch(documentUrl(front), { method: 'POST' })).status).toBe(404)
  })

  it('makes issued tokens stale through the control API', async () => {
    const { front } = await tokens()
    expect((await t.postJson('/__demo/documents', { expireIssuedTokens: true })).status).toBe(200)
    expect((await fetch(documentUrl(front), { method: 'POST' })).status).toBe(404)
    const fresh = await tokens()
    expect((await fetch(documentUrl(fresh.front), { method: 'POST' })).status).toBe(200)
  })
})

describe('documents/refresh/{token}', () => {
  it('swaps a token for a new one for the same document; the old one stops working', async () => {
    const { back } = await tokens()
    const res = await fetch(t.url(`/api/public/v3/documents/refresh/${back}?token=${apiToken}`), {
      method: 'POST'
    })
    expect(res.status).toBe(200)
    const { document_token: fresh } = (await res.json()) as { document_token: string }
    expect(fresh).toMatch(/^[0-9a-f]{32}$/)
    expect((await fetch(documentUrl(back), { method: 'POST' })).status).toBe(404)
    const image = await fetch(documentUrl(fresh), { method: 'POST' })
    const meta = await sharp(Buffer.from(await image.arrayBuffer())).metadata()
    expect(meta.width).toBe(570)
    const again = await fetch(t.url(`/api/public/v3/documents/refresh/${back}?token=${apiToken}`), {
      method: 'POST'
    })
    expect(again.status).toBe(404)
  })

  it('refreshes a stale token, answers 401 for a wrong API token and is not rate limited', async () => {
    let { front } = await tokens()
    const bad = await fetch(t.url(`/api/public/v3/documents/refresh/${front}?token=nope`), { method: 'POST' })
    expect(bad.status).toBe(401)
    t.clock.now += 20 * 60_000
    for (let i = 0; i < 5; i++) {
      const res = await fetch(t.url(`/api/public/v3/documents/refresh/${front}?token=${apiToken}`), {
        method: 'POST'
      })
      expect(res.status).toBe(200)
      front = ((await res.json()) as { document_token: string }).document_token
    }
    expect(t.service.stats().documents['specimen-front']).toBeUndefined()
  })
})

describe('rate limit', () => {
  it('answers 429 with Retry-After to the third request within a minute, across refreshed tokens', async () => {
    const { front } = await tokens()
    const start = t.clock.now
    expect((await fetch(documentUrl(front), { method: 'POST' })).status).toBe(200)
    t.clock.now += 10_000
    const refreshed = await fetch(t.url(`/api/public/v3/documents/refresh/${front}?token=${apiToken}`), {
      method: 'POST'
    })
    const { document_token: next } = (await refreshed.json()) as { document_token: string }
    expect((await fetch(documentUrl(next), { method: 'POST' })).status).toBe(200)
    t.clock.now += 5_000
    const third = await fetch(documentUrl(next), { method: 'POST' })
    expect(third.status).toBe(429)
    // The first slot frees 60 s after the first request: 45 s from now.
    expect(third.headers.get('retry-after')).toBe('45')
    expect(((await third.json()) as { code: string }).code).toBe('RATE_LIMITED')

    // Another document has its own budget.
    const { back } = await tokens()
    expect((await fetch(documentUrl(back), { method: 'POST' })).status).toBe(200)

    t.clock.now = start + 60_000
    expect((await fetch(documentUrl(next), { method: 'POST' })).status).toBe(200)
    const stats = t.service.stats().documents['specimen-front']
    expect(stats).toEqual({
      requestTimes: [start, start + 10_000, start + 15_000, start + 60_000],
      accepted: 3,
      rejected429: 1
    })
  })
})
