import path from 'node:path'
import {
  createDemoService,
  DEMO_CREDENTIALS,
  startDemoHttpServer,
  type DemoStats,
  type FaultRule
} from '../../../../electron/main/demo'
import type { FetchLike } from '../../../../electron/main/services/http/http-client'
import {
  createDocumentPassbackClient,
  type DocumentPassbackClient
} from '../../../../electron/main/services/documents/client'

/** The demo Document Passback service over real HTTP on a free port, driven through its control routes. */
export interface DocumentDemo {
  url: string
  /** A fetch that counts requests in flight, so fake-time tests can wait for the network to go quiet. */
  fetch: FetchLike
  inFlight(): number
  /** A client against the demo with the demo API token (or another). */
  client(options?: { apiToken?: string; timeoutMs?: number }): DocumentPassbackClient
  stats(): Promise<DemoStats>
  fault(rule: FaultRule): Promise<void>
  /** Makes every document token issued so far stale (404 until refreshed). */
  expireTokens(): Promise<void>
  close(): Promise<void>
}

async function control(url: string, method: string, body?: unknown): Promise<unknown> {
  const response = await fetch(url, {
    method,
    ...(body === undefined
      ? {}
      : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
  })
  if (!response.ok)
    throw new Error(`demo control ${method} failed: ${response.status} ${await response.text()}`)
  return response.json()
}

/** Starts the demo with the given clock (the same one the limiter uses, for fake-time tests). */
export async function startDocumentDemo(options: { now?: () => number } = {}): Promise<DocumentDemo> {
  const service = createDemoService({
    resourcesDir: path.resolve('resources/demo'),
    ...(options.now === undefined ? {} : { now: options.now })
  })
  const server = await startDemoHttpServer({ service, port: 0 })
  let inFlight = 0
  const counting: FetchLike = async (input, init) => {
    inFlight++
    try {
      return await fetch(input, init)
    } finally {
      inFlight--
    }
  }
  return {
    url: server.url,
    fetch: counting,
    inFlight: () => inFlight,
    client: (clientOptions = {}) =>
      createDocumentPassbackClient({
        fetch: counting,
        baseUrl: () => server.url,
        apiToken: async () => clientOptions.apiToken ?? DEMO_CREDENTIALS.documentPassback.apiToken,
        ...(clientOptions.timeoutMs === undefined ? {} : { timeoutMs: clientOptions.timeoutMs })
      }),
    stats: async () => (await control(`${server.url}/__demo/stats`, 'GET')) as DemoStats,
    fault: async (rule) => void (await control(`${server.url}/__demo/faults`, 'POST', rule)),
    expireTokens: async () =>
      void (await control(`${server.url}/__demo/documents`, 'POST', { expireIssuedTokens: true })),
    close: () => server.close()
  }
}

/** The demo's access token. */
export const ACCESS_TOKEN = DEMO_CREDENTIALS.documentPassback.accessToken
/** The demo's API token. */
export const API_TOKEN = DEMO_CREDENTIALS.documentPassback.apiToken
