import { afterAll, beforeAll, beforeEach } from 'vitest'
import path from 'node:path'
import { createDemoService, startDemoHttpServer } from '../../../electron/main/demo'
import type { DemoHttpServer, DemoService } from '../../../electron/main/demo'

/** A demo service over real HTTP on port 0, with a clock the test moves by hand. */
export interface DemoTestServer {
  service: DemoService
  server: DemoHttpServer
  clock: { now: number }
  url(pathAndQuery: string): string
  postJson(pathAndQuery: string, body: unknown): Promise<Response>
}

/** Starts a fresh service and server; call `server.close()` in afterAll. */
export async function startDemoTestServer(): Promise<DemoTestServer> {
  const clock = { now: Date.UTC(2026, 0, 15, 9, 0, 0) }
  const service = createDemoService({ resourcesDir: path.resolve('resources/demo'), now: () => clock.now })
  const server = await startDemoHttpServer({ service, port: 0 })
  const url = (p: string): string => `${server.url}${p}`
  return {
    service,
    server,
    clock,
    url,
    postJson: (p, body) =>
      fetch(url(p), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body)
      })
  }
}

/**
 * Registers the usual hooks: one server for the file, closed at the end, and a fresh service state before each
 * test. `onStart` receives the server once it is listening.
 */
export function useDemoTestServer(onStart: (server: DemoTestServer) => void | Promise<void>): void {
  let current: DemoTestServer | null = null
  beforeAll(async () => {
    current = await startDemoTestServer()
    await onStart(current)
  })
  afterAll(async () => {
    await current?.server.close()
  })
  beforeEach(() => {
    current?.service.reset()
  })
}
