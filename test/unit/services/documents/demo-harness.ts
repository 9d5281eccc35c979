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

/** Wraps a client to remember every document token it saw, so tests can look for them where they must not be. */
export function recordingTokens(client: DocumentPassbackClient): {
  client: DocumentPassbackClient
  tokens: Set<string>
} {
  const tokens = new Set<string>()
  return {
    tokens,
    client: {
      async getDocumentTokens(accessToken, signal) {
        const got = await client.getDocumentTokens(accessToken, signal)
        for (const token of [got.front, got.back]) if (token !== undefined) tokens.add(token)
        return got
      },
      fetchDocument: (token, size, signal) => client.fetchDocument(token, size, signal),
      async refreshToken(token, signal) {
        const fresh = await client.refreshToken(token, signal)
        tokens.add(fresh)
        return fresh
      }
    }
  }
}

/** Lets pending callbacks, promise chains and I/O completions run. */
export const flushIo = () => new Promise<void>((resolve) => setImmediate(resolve))
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

/**
 * Drives fake time until `work` settles: waits for the network to go quiet, then jumps to the next
 * timer (never past `limit`, so an idle-clear timer is not fired by accident). The clock never
 * moves while a request is on its way, so the demo and the limiter see the same send times.
 */
export async function settleOnFakeTime(
  work: Promise<unknown>,
  demo: DocumentDemo,
  clock: { runNext(limit?: number): boolean },
  limit = Number.POSITIVE_INFINITY
): Promise<void> {
  let done = false
  void work.then(
    () => (done = true),
    () => (done = true)
  )
  for (let round = 0; round < 2_000 && !done; round++) {
    while (demo.inFlight() > 0) await sleep(2)
    for (let i = 0; i < 5; i++) await flushIo()
    if (done) break
    if (demo.inFlight() > 0) continue
    if (!clock.runNext(limit)) await sleep(5)
  }
  if (!done) throw new Error('work did not settle')
}
