import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { createDocumentPassbackClient } from '../../../../electron/main/services/documents/client'
import { createPassportPhotoClient } from '../../../../electron/main/services/passport-photo/passport-photo-client'

// Credentials travel in the request (the Passport Photo key and secret in the JSON body, the Document Passback API
// token in the query). A service answering with a redirect must never make the app send them on: here a real HTTP
// server on 127.0.0.1 answers every request with a redirect to a second one, which records anything it receives.
const SECRET = 'canary-secret-never-forwarded'
const API_TOKEN = 'canaryApiToken_never_forwarded'

interface Received {
  method: string
  url: string
  body: string
}

let trap: Server
let redirecting: Server
let trapUrl = ''
let apiUrl = ''
let status = 307
const received: Received[] = []

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`
}

async function bodyOf(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of request) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}

beforeAll(async () => {
  trap = createServer((request, response) => {
    void bodyOf(request).then((body) => {
      received.push({ method: request.method ?? '', url: request.url ?? '', body })
      response.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"GOOD"}')
    })
  })
  trapUrl = await listen(trap)
  redirecting = createServer((request, response) => {
    void bodyOf(request).then(() =>
      response.writeHead(status, { location: `${trapUrl}${request.url ?? '/'}` }).end()
    )
  })
  apiUrl = await listen(redirecting)
})
afterAll(async () => {
  await Promise.all([trap, redirecting].map((s) => new Promise((resolve) => s.close(resolve))))
})
beforeEach(() => {
  received.length = 0
  status = 307
})

const photoClient = () =>
  createPassportPhotoClient({
    fetch: (input, init) => fetch(input, init),
    baseUrl: () => apiUrl,
    credentials: async () => ({ apiKey: 'canary-key', apiSecret: SECRET }),
    sleep: async () => undefined
  })

describe('no client follows a redirect', () => {
  it.each([307, 308, 302])(
    'Passport Photo: a %i answer is refused and the key and secret go nowhere else',
    async (code) => {
      status = code
      const client = photoClient()
      for (const call of [
        () => client.queryAccountStatus(),
        () =>
          client.makeIdPhoto({ imageBase64: 'AAAA', specCode: 'us-passport', outputFormat: 'IMAGE_BASE64' }),
        () => client.health()
      ]) {
        const error = await call().then(
          () => null,
          (e: unknown) => e as { code?: string; message?: string }
        )
        expect(error?.code).toBe('SERVER_ERROR')
        expect(error?.message).toMatch(/redirect/)
        expect(error?.message).not.toContain(SECRET)
      }
      expect(received).toEqual([])
    }
  )

  it('Document Passback: a redirect is refused and the API token goes nowhere else', async () => {
    const client = createDocumentPassbackClient({
      fetch: (input, init) => fetch(input, init),
      baseUrl: () => apiUrl,
      apiToken: async () => API_TOKEN
    })
    await expect(client.refreshToken('0123456789abcdef0123456789abcdef')).rejects.toMatchObject({
      code: 'SERVER_ERROR',
      message: expect.stringMatching(/redirect/)
    })
    expect(received).toEqual([])
  })
})
