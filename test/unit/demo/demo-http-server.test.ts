import path from 'node:path'
import { request } from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createDemoService, startDemoHttpServer } from '../../../electron/main/demo'
import type { DemoHttpServer } from '../../../electron/main/demo'

let server: DemoHttpServer

beforeAll(async () => {
  server = await startDemoHttpServer({
    service: createDemoService({ resourcesDir: path.resolve('resources/demo') })
  })
})
afterAll(async () => {
  await server.close()
})

describe('startDemoHttpServer', () => {
  it('listens on 127.0.0.1 on a free port', () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}`)
    expect(server.port).toBeGreaterThan(0)
  })

  it('answers 404 JSON for an unknown path', async () => {
    const res = await fetch(`${server.url}/nowhere`)
    expect(res.status).toBe(404)
    expect(((await res.json()) as { code: string }).code).toBe('NOT_FOUND')
  })

  it('answers 413 to a body over 40 MB, by its declared length, without reading it', async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(`${server.url}/v2/makeIdPhoto`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': String(41 * 1024 * 1024) }
      })
      req.on('response', (res) => {
        res.resume()
        resolve(res.statusCode ?? 0)
      })
      req.on('error', reject)
      req.write('{"imageBase64":"')
    })
    expect(status).toBe(413)
  })

  it('answers 413 to a streamed body that grows past 40 MB', async () => {
    const chunk = Buffer.alloc(1024 * 1024, 65)
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(`${server.url}/v2/makeIdPhoto`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' }
      })
      req.on('response', (res) => {
        res.resume()
        resolve(res.statusCode ?? 0)
      })
      req.on('error', reject)
      // No content-length: the server can only find out by counting what arrives.
      for (let i = 0; i < 42; i++) req.write(chunk)
      req.end()
    })
    expect(status).toBe(413)
  })
})
