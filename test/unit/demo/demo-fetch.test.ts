import path from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import { createDemoFetch, createDemoService, DEMO_CREDENTIALS } from '../../../electron/main/demo'
import type { DemoService } from '../../../electron/main/demo'
import { sendRequest } from '../../../electron/main/services/http/http-client'

let service: DemoService

beforeEach(() => {
  service = createDemoService({ resourcesDir: path.resolve('resources/demo') })
})

const attributesInit = {
  headers: { authorization: `Bearer ${DEMO_CREDENTIALS.documentPassback.accessToken}` }
}

describe('createDemoFetch', () => {
  it('answers in process, resolving relative URLs against the origin', async () => {
    const demoFetch = createDemoFetch(service, 'http://demo.test')
    const res = await demoFetch('/api/public/v3/attributes.json', attributesInit)
    expect(res.status).toBe(200)
    expect(service.stats().requestsByPath['/api/public/v3/attributes.json']).toBe(1)
  })

  it('rejects with TypeError("fetch failed") when a fault drops the connection', async () => {
    service.faults.add({ drop: true, times: 1 })
    const demoFetch = createDemoFetch(service)
    const failure = demoFetch('/api/public/v3/attributes.json', attributesInit)
    await expect(failure).rejects.toThrow(TypeError)
    await expect(failure).rejects.toThrow('fetch failed')
  })

  it('honours an AbortSignal, already aborted or aborted while waiting', async () => {
    const demoFetch = createDemoFetch(service)
    const aborted = AbortSignal.abort()
    await expect(demoFetch('/api/public/v3/attributes.json', { signal: aborted })).rejects.toMatchObject({
      name: 'AbortError'
    })
    service.faults.add({ latencyMs: 10_000 })
    const controller = new AbortController()
    const pending = demoFetch('/api/public/v3/attributes.json', {
      ...attributesInit,
      signal: controller.signal
    })
    setTimeout(() => controller.abort(), 20)
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' })
  })

  it('works under sendRequest: a drop becomes NETWORK and a slow answer TIMEOUT', async () => {
    const demoFetch = createDemoFetch(service)
    const options = { timeoutMs: 100, service: 'passportPhoto' as const }
    service.faults.add({ drop: true, times: 1 })
    await expect(sendRequest(demoFetch, '/v2/health', {}, options)).rejects.toMatchObject({ code: 'NETWORK' })
    service.faults.add({ latencyMs: 5_000, times: 1 })
    await expect(sendRequest(demoFetch, '/v2/health', {}, options)).rejects.toMatchObject({ code: 'TIMEOUT' })
  })
})
