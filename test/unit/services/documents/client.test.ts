import sharp from 'sharp'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import path from 'node:path'
import { createDemoFetch, createDemoService } from '../../../../electron/main/demo'
import { isAppError } from '../../../../electron/shared/errors'
import { createDocumentPassbackClient } from '../../../../electron/main/services/documents/client'
import { predictSize } from '../../../../electron/shared/document-size'
import { ACCESS_TOKEN, API_TOKEN, type DocumentDemo, startDocumentDemo } from './demo-harness'

// The demo's clock moves a full window before each document request, so the service's own limit
// never gets in the way of these client tests (the limiter has its own tests).
let demoNow = Date.UTC(2026, 0, 5, 9, 0, 0)
const tick = () => {
  demoNow += 61_000
}
let demo: DocumentDemo

beforeAll(async () => {
  demo = await startDocumentDemo({ now: () => demoNow })
})
afterAll(async () => {
  await demo.close()
})
beforeEach(() => tick())

/** The thrown AppError, checked to carry no token, no API token and no URL. */
async function failure(promise: Promise<unknown>, ...secrets: string[]) {
  const error = await promise.then(
    () => expect.unreachable('expected a failure'),
    (e: unknown) => e
  )
  expect(isAppError(error)).toBe(true)
  const message = (error as Error).message
  for (const secret of [API_TOKEN, ACCESS_TOKEN, demo.url, '?token=', ...secrets]) {
    expect(message).not.toContain(secret)
  }
  return error as { code: string; message: string; retryAfterSeconds?: number }
}

describe('getDocumentTokens', () => {
  it('reads front and back tokens from attributes.json with the Bearer header', async () => {
    const tokens = await demo.client().getDocumentTokens(ACCESS_TOKEN)
    expect(tokens.front).toMatch(/^[0-9a-f-]{36}$/)
    expect(tokens.back).toMatch(/^[0-9a-f-]{36}$/)
    expect(tokens.front).not.toBe(tokens.back)
  })

  it('sends the access token in the Authorization header, never in the URL', async () => {
    const seen: Array<{ url: string; authorization: string | null }> = []
    const client = createDocumentPassbackClient({
      fetch: (input, init) => {
        seen.push({ url: String(input), authorization: new Headers(init?.headers).get('authorization') })
        return demo.fetch(input, init)
      },
      baseUrl: () => demo.url,
      apiToken: async () => API_TOKEN
    })
    await client.getDocumentTokens(ACCESS_TOKEN)
    expect(seen).toEqual([
      { url: `${demo.url}/api/public/v3/attributes.json`, authorization: `Bearer ${ACCESS_TOKEN}` }
    ])
  })

  it('says the access token was not accepted on 401', async () => {
    const error = await failure(
      demo.client().getDocumentTokens('wrong-access-token-000'),
      'wrong-access-token-000'
    )
    expect(error.code).toBe('CREDENTIALS_REJECTED')
    expect(error.message).toMatch(/access token/)
  })

  it('refuses a malformed access token before any request', async () => {
    const before = (await demo.stats()).requestsByPath['/api/public/v3/attributes.json'] ?? 0
    await expect(demo.client().getDocumentTokens('has a space in it!')).rejects.toMatchObject({
      code: 'INVALID_TOKEN'
    })
    expect((await demo.stats()).requestsByPath['/api/public/v3/attributes.json'] ?? 0).toBe(before)
  })

  it('calls an unreadable answer MALFORMED_RESPONSE', async () => {
    await demo.fault({ path: 'attributes.json', malformed: true, times: 1 })
    expect((await failure(demo.client().getDocumentTokens(ACCESS_TOKEN))).code).toBe('MALFORMED_RESPONSE')
  })
})

describe('fetchDocument', () => {
  it('returns the original image with its type and size read from the bytes', async () => {
    const { front } = await demo.client().getDocumentTokens(ACCESS_TOKEN)
    const image = await demo.client().fetchDocument(front as string)
    expect(image.format).toBe('jpeg')
    expect({ width: image.width, height: image.height }).toEqual({ width: 1340, height: 956 })
    const meta = await sharp(image.bytes).metadata()
    expect({ width: meta.width, height: meta.height }).toEqual({ width: 1340, height: 956 })
  })

  it.each([
    [300, 200],
    [100, 100],
    [1000, 1000],
    [1000, 100],
    [100, 1000],
    [577, 333]
  ])('returns the predicted size for size=%ix%i', async (width, height) => {
    const { front, back } = await demo.client().getDocumentTokens(ACCESS_TOKEN)
    for (const [token, original] of [
      [front, { width: 1340, height: 956 }],
      [back, { width: 570, height: 228 }]
    ] as const) {
      const image = await demo.client().fetchDocument(token as string, { width, height })
      expect({ width: image.width, height: image.height }).toEqual(predictSize(original, { width, height }))
    }
  })

  it('refuses an out-of-bounds size without sending it', async () => {
    const { front } = await demo.client().getDocumentTokens(ACCESS_TOKEN)
    const before = (await demo.stats()).documents['specimen-front']?.requestTimes.length ?? 0
    await expect(
      demo.client().fetchDocument(front as string, { width: 99, height: 200 })
    ).rejects.toMatchObject({
      code: 'BAD_REQUEST'
    })
    expect((await demo.stats()).documents['specimen-front']?.requestTimes.length ?? 0).toBe(before)
  })

  it('says to check Settings or ask the account team on 401 (wrong API token)', async () => {
    const { front } = await demo.client().getDocumentTokens(ACCESS_TOKEN)
    const client = demo.client({ apiToken: 'wrong-api-token-123' })
    const error = await failure(client.fetchDocument(front as string), front as string, 'wrong-api-token-123')
    expect(error.code).toBe('CREDENTIALS_REJECTED')
    expect(error.message).toMatch(/Settings/)
    expect(error.message).toMatch(/account team/)
  })

  it('says to get fresh tokens on 404 (unknown token)', async () => {
    const unknown = '00000000-0000-4000-8000-000000000000'
    const error = await failure(demo.client().fetchDocument(unknown), unknown)
    expect(error.code).toBe('NOT_FOUND')
    expect(error.message).toMatch(/fresh document tokens/)
  })

  it('passes on 429 with its Retry-After', async () => {
    const { front } = await demo.client().getDocumentTokens(ACCESS_TOKEN)
    await demo.fault({ path: '/documents/', status: 429, retryAfterSeconds: 17, times: 1 })
    const error = await failure(demo.client().fetchDocument(front as string), front as string)
    expect(error).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: 17 })
    expect(error.message).toMatch(/17 s/)
  })

  it('reads the demo’s real 429 (third request in a minute) the same way', async () => {
    const { back } = await demo.client().getDocumentTokens(ACCESS_TOKEN)
    await demo.client().fetchDocument(back as string)
    await demo.client().fetchDocument(back as string)
    const error = await failure(demo.client().fetchDocument(back as string), back as string)
    expect(error.code).toBe('RATE_LIMITED')
    expect(error.retryAfterSeconds).toBeGreaterThan(0)
  })

  it('says the service had a problem on 5xx', async () => {
    const { front } = await demo.client().getDocumentTokens(ACCESS_TOKEN)
    await demo.fault({ path: '/documents/', status: 503, times: 1 })
    const error = await failure(demo.client().fetchDocument(front as string), front as string)
    expect(error.code).toBe('SERVER_ERROR')
    expect(error.message).toMatch(/503/)
  })

  it('times out a slow answer', async () => {
    const { front } = await demo.client().getDocumentTokens(ACCESS_TOKEN)
    await demo.fault({ path: '/documents/', latencyMs: 2_000, times: 1 })
    const error = await failure(
      demo.client({ timeoutMs: 150 }).fetchDocument(front as string),
      front as string
    )
    expect(error.code).toBe('TIMEOUT')
  })

  it('calls a body that is not an image NOT_IMAGE', async () => {
    const { front } = await demo.client().getDocumentTokens(ACCESS_TOKEN)
    await demo.fault({ path: '/documents/', malformed: true, times: 1 })
    const error = await failure(demo.client().fetchDocument(front as string), front as string)
    expect(error.code).toBe('NOT_IMAGE')
  })

  it('turns a dropped connection into NETWORK', async () => {
    const { front } = await demo.client().getDocumentTokens(ACCESS_TOKEN)
    await demo.fault({ path: '/documents/', drop: true, times: 1 })
    const error = await failure(demo.client().fetchDocument(front as string), front as string)
    expect(error.code).toBe('NETWORK')
  })

  it('refuses to send the API token over plain http to another machine', async () => {
    const client = createDocumentPassbackClient({
      fetch: () => expect.unreachable('nothing may be sent'),
      baseUrl: () => 'http://api.idmelabs.com/',
      apiToken: async () => API_TOKEN
    })
    await expect(client.fetchDocument('8003c78ead9641bcbd284e97acac3f85')).rejects.toMatchObject({
      code: 'BAD_REQUEST'
    })
  })
})

describe('refreshToken', () => {
  it('exchanges a token for a new one that works, and the old one stops working', async () => {
    const { front } = await demo.client().getDocumentTokens(ACCESS_TOKEN)
    const fresh = await demo.client().refreshToken(front as string)
    expect(fresh).toMatch(/^[0-9a-f]{32}$/)
    expect((await demo.client().fetchDocument(fresh)).format).toBe('jpeg')
    tick()
    expect((await failure(demo.client().fetchDocument(front as string))).code).toBe('NOT_FOUND')
  })

  it('revives a stale token', async () => {
    const { back } = await demo.client().getDocumentTokens(ACCESS_TOKEN)
    await demo.expireTokens()
    expect((await failure(demo.client().fetchDocument(back as string))).code).toBe('NOT_FOUND')
    const fresh = await demo.client().refreshToken(back as string)
    tick()
    expect((await demo.client().fetchDocument(fresh)).width).toBe(570)
  })

  it('says the API token was refused on 401', async () => {
    const { front } = await demo.client().getDocumentTokens(ACCESS_TOKEN)
    const error = await failure(
      demo.client({ apiToken: 'wrong-api-token-123' }).refreshToken(front as string)
    )
    expect(error.code).toBe('CREDENTIALS_REJECTED')
  })
})

describe('Demo mode', () => {
  it('works over the in-process demo fetch at demo.localhost, with no socket', async () => {
    const service = createDemoService({ resourcesDir: path.resolve('resources/demo') })
    const client = createDocumentPassbackClient({
      fetch: createDemoFetch(service),
      baseUrl: () => 'http://demo.localhost/',
      apiToken: async () => API_TOKEN
    })
    const { back } = await client.getDocumentTokens(ACCESS_TOKEN)
    expect(await client.fetchDocument(back as string, { width: 285, height: 500 })).toMatchObject({
      format: 'jpeg',
      width: 285,
      height: 114
    })
  })
})
