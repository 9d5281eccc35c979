import { describe, expect, it } from 'vitest'
import { ACCESS_TOKEN, API_TOKEN } from './demo-harness'
import { useDocumentSession } from './session-kit'

const t = useDocumentSession()

describe('document session: memory only', () => {
  it('clear() zeroes the image bytes and drops tokens', async () => {
    await t.session.loadTokens(ACCESS_TOKEN)
    const image = await t.session.fetch('front')
    expect(image.bytes.some((b) => b !== 0)).toBe(true)
    t.session.clear()
    expect(image.bytes.every((b) => b === 0)).toBe(true)
    expect(t.session.image('front')).toBeNull()
    expect(t.session.state().sides.front).toMatchObject({
      status: 'no-token',
      tokenFingerprint: null,
      width: null
    })
    await expect(t.session.fetch('front')).rejects.toMatchObject({ code: 'INVALID_TOKEN' })
  })

  it('a newer image of the same side wipes the older one', async () => {
    await t.session.loadTokens(ACCESS_TOKEN)
    const first = await t.session.fetch('back')
    const second = await t.session.fetch('back', { width: 200, height: 200 })
    expect(first.bytes.every((b) => b === 0)).toBe(true)
    expect(second.bytes.some((b) => b !== 0)).toBe(true)
    expect(t.session.image('back')).toBe(second)
  })

  it('clears by itself after the idle time, and activity postpones it', async () => {
    t.session.dispose()
    t.session = t.makeSession(t.demo.client(), 10 * 60_000)
    await t.session.loadTokens(ACCESS_TOKEN)
    const image = await t.session.fetch('front')
    t.clock.advance(9 * 60_000)
    t.session.touch()
    t.clock.advance(9 * 60_000)
    expect(t.session.image('front')).toBe(image)
    t.clock.advance(60_000)
    expect(t.session.image('front')).toBeNull()
    expect(image.bytes.every((b) => b === 0)).toBe(true)
    expect(t.session.state().idleClearsAt).toBeNull()
  })

  it('an answer that arrives after clear() is wiped, not kept', async () => {
    await t.session.loadTokens(ACCESS_TOKEN)
    await t.demo.fault({ path: '/documents/', latencyMs: 150, times: 1 })
    const pending = t.session.fetch('front')
    await new Promise((resolve) => setTimeout(resolve, 50))
    t.session.clear()
    await expect(pending).rejects.toMatchObject({ code: 'CANCELLED' })
    expect(t.session.image('front')).toBeNull()
  })

  it('never puts bytes or tokens in the change events', async () => {
    await t.session.loadTokens(ACCESS_TOKEN)
    await t.session.fetch('front')
    await t.session.refresh('front')
    await t.session.fetch('back', { width: 300, height: 300 })
    expect(t.states.length).toBeGreaterThan(3)
    const text = JSON.stringify(t.states)
    expect(text).not.toContain('bytes')
    for (const secret of [...t.tokens, ACCESS_TOKEN, API_TOKEN]) expect(text).not.toContain(secret)
  })
})
