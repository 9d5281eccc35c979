import { describe, expect, it } from 'vitest'
import { DEMO_CREDENTIALS } from '../../../electron/main/demo'
import type { DemoTestServer } from './demo-test-server'
import { useDemoTestServer } from './demo-test-server'

const { apiToken, accessToken } = DEMO_CREDENTIALS.documentPassback
const ATTRIBUTES = '/api/public/v3/attributes.json'
let t: DemoTestServer

useDemoTestServer((server) => {
  t = server
})

function attributes(): Promise<Response> {
  return fetch(t.url(ATTRIBUTES), { headers: { authorization: `Bearer ${accessToken}` } })
}

async function frontToken(): Promise<string> {
  const body = (await (await attributes()).json()) as {
    attributes: { handle: string; value: { front: string } }[]
  }
  const value = body.attributes.find((a) => a.handle === 'document_tokens')?.value
  if (!value) throw new Error('no document_tokens')
  return value.front
}

describe('fault injection over HTTP', () => {
  it('replaces the answer with a status and Retry-After, for `times` requests only', async () => {
    const res = await t.postJson('/__demo/faults', {
      path: 'attributes',
      status: 503,
      retryAfterSeconds: 7,
      times: 2
    })
    expect(res.status).toBe(201)
    for (let i = 0; i < 2; i++) {
      const faulted = await attributes()
      expect(faulted.status).toBe(503)
      expect(faulted.headers.get('retry-after')).toBe('7')
      expect(((await faulted.json()) as { code: string; message: string }).message).toMatch(/try again/i)
    }
    expect((await attributes()).status).toBe(200)
    expect(t.service.stats().faultsApplied).toBe(2)
    expect(t.service.stats().faults).toEqual([])
  })

  it('sends a broken JSON body with status 200 when malformed', async () => {
    t.service.faults.add({ malformed: true, times: 1 })
    const res = await attributes()
    expect(res.status).toBe(200)
    await expect(res.json()).rejects.toThrow()
  })

  it('drops the connection so fetch rejects', async () => {
    t.service.faults.add({ drop: true, target: 'document-passback', times: 1 })
    await expect(attributes()).rejects.toThrow(TypeError)
    expect((await attributes()).status).toBe(200)
  })

  it('delays the answer by latencyMs and then answers for real', async () => {
    t.service.faults.add({ latencyMs: 150, times: 1 })
    const started = performance.now()
    const res = await attributes()
    expect(res.status).toBe(200)
    // A lower bound only: the fault must have waited; how much longer the machine took does not matter.
    expect(performance.now() - started).toBeGreaterThanOrEqual(140)
  })

  it('matches on target and path', async () => {
    t.service.faults.add({ target: 'passport-photo', status: 500 })
    t.service.faults.add({ target: 'document-passback', path: '/documents/', status: 502 })
    expect((await attributes()).status).toBe(200)
    const token = await frontToken()
    const res = await fetch(t.url(`/api/public/v3/documents/${token}?token=${apiToken}`), { method: 'POST' })
    expect(res.status).toBe(502)
    expect((await fetch(t.url('/v2/health'))).status).toBe(500)
  })

  it('never faults control routes or demo files', async () => {
    t.service.faults.add({ target: 'any', status: 500 })
    t.service.faults.add({ drop: true })
    expect((await fetch(t.url('/__demo/stats'))).status).toBe(200)
    expect((await fetch(t.url('/demo-files/unknown.jpg'))).status).toBe(404)
  })

  it('with afterProcessing, does the work (the request counts) and then fails', async () => {
    const token = await frontToken()
    t.service.faults.add({ path: '/documents/', status: 500, afterProcessing: true, times: 1 })
    const res = await fetch(t.url(`/api/public/v3/documents/${token}?token=${apiToken}`), { method: 'POST' })
    expect(res.status).toBe(500)
    expect(t.service.stats().documents['specimen-front']?.accepted).toBe(1)
    // Stats count by route, without the token itself.
    expect(t.service.stats().requestsByPath).toEqual({
      '/api/public/v3/attributes.json': 1,
      '/api/public/v3/documents/{token}': 1
    })
  })

  it('is cleared by DELETE /__demo/faults and rejects an invalid rule with 400', async () => {
    await t.postJson('/__demo/faults', { status: 500 })
    expect((await attributes()).status).toBe(500)
    expect((await fetch(t.url('/__demo/faults'), { method: 'DELETE' })).status).toBe(200)
    expect((await attributes()).status).toBe(200)
    expect((await t.postJson('/__demo/faults', { status: 200 })).status).toBe(400)
    expect((await t.postJson('/__demo/faults', { drop: 'yes' })).status).toBe(400)
    expect((await t.postJson('/__demo/faults', { bogus: 1 })).status).toBe(400)
  })

  it('is cleared by POST /__demo/reset, which also zeroes the counts', async () => {
    t.service.faults.add({ status: 500 })
    await attributes()
    expect((await fetch(t.url('/__demo/reset'), { method: 'POST' })).status).toBe(200)
    const stats = (await (await fetch(t.url('/__demo/stats'))).json()) as {
      requestsByPath: Record<string, number>
      faults: unknown[]
    }
    expect(stats.requestsByPath).toEqual({})
    expect(stats.faults).toEqual([])
    expect((await attributes()).status).toBe(200)
  })
})
