import { describe, expect, it } from 'vitest'
import { CHANNELS, contract, type Channel } from '../../../../electron/shared/contract'
import { CHANNELS_LIST } from '../../../../electron/shared/channel-list'
import { createDispatcher, type SenderInfo } from '../../../../electron/main/ipc/dispatch'
import type { HandlerRegistry } from '../../../../electron/main/ipc/registry'
import { AppError } from '../../../../electron/shared/errors'

const trusted: SenderInfo = { frameUrl: 'app://studio/index.html', isTopFrame: true }

/** A registry whose every handler records that it ran. */
function recordingRegistry() {
  const calls: string[] = []
  const registry = Object.fromEntries(
    CHANNELS.map((channel) => [
      channel,
      async () => {
        calls.push(channel)
        return null
      }
    ])
  ) as unknown as HandlerRegistry
  return { calls, registry }
}

function dispatcher(registry: HandlerRegistry) {
  return createDispatcher({
    registry,
    isTrustedUrl: (url) => url.protocol === 'app:' && url.host === 'studio'
  })
}

describe('the contract', () => {
  it('names the same channels as the preload list, each in domain:verb-noun form', () => {
    expect([...CHANNELS_LIST].sort()).toEqual([...CHANNELS].sort())
    for (const channel of CHANNELS) expect(channel).toMatch(/^[a-z]+:[a-z]+(-[a-z]+)*$/)
  })
})

describe('dispatch: every channel rejects malformed input, and no handler runs on it', () => {
  const malformed: unknown[] = [42, 'text', [1, 2], { unexpected: true }, null]
  for (const channel of CHANNELS) {
    it(channel, async () => {
      const { calls, registry } = recordingRegistry()
      const dispatch = dispatcher(registry)
      for (const input of malformed) {
        const result = await dispatch(channel, input, trusted)
        expect(result.ok, `${channel} accepted ${JSON.stringify(input)}`).toBe(false)
        if (!result.ok) expect(result.error.code).toBe('IPC_INVALID_INPUT')
      }
      expect(calls).toEqual([])
    })
  }
})

describe('dispatch: the sender and channel checks', () => {
  it('runs the handler for valid input from our top frame', async () => {
    const { calls, registry } = recordingRegistry()
    const result = await dispatcher(registry)('app:get-info', undefined, trusted)
    expect(result).toEqual({ ok: true, value: null })
    expect(calls).toEqual(['app:get-info'])
  })

  it('refuses another origin, a sub-frame, a missing frame, and an unknown channel', async () => {
    const { calls, registry } = recordingRegistry()
    const dispatch = dispatcher(registry)
    const cases: [string, SenderInfo, string][] = [
      ['app:get-info', { frameUrl: 'https://evil.example/', isTopFrame: true }, 'IPC_FORBIDDEN_SENDER'],
      ['app:get-info', { frameUrl: 'app://studio/index.html', isTopFrame: false }, 'IPC_FORBIDDEN_SENDER'],
      ['app:get-info', { frameUrl: null, isTopFrame: true }, 'IPC_FORBIDDEN_SENDER'],
      ['app:get-info', { frameUrl: 'file:///index.html', isTopFrame: true }, 'IPC_FORBIDDEN_SENDER'],
      ['secrets:dump', trusted, 'IPC_UNKNOWN_CHANNEL'],
      ['__proto__', trusted, 'IPC_UNKNOWN_CHANNEL']
    ]
    for (const [channel, sender, code] of cases) {
      const result = await dispatch(channel, undefined, sender)
      expect(result.ok ? 'ok' : result.error.code).toBe(code)
    }
    expect(calls).toEqual([])
  })

  it('passes an AppError through as its code and message, and hides anything else', async () => {
    const { registry } = recordingRegistry()
    registry['settings:get'] = async () => {
      throw new AppError('QUOTA_EXHAUSTED', 'The quota is used up.')
    }
    registry['secrets:status'] = async () => {
      throw new Error('keytar said: secret-value-123 at /run/user/0/bus')
    }
    const dispatch = dispatcher(registry)
    expect(await dispatch('settings:get', undefined, trusted)).toEqual({
      ok: false,
      error: { code: 'QUOTA_EXHAUSTED', message: 'The quota is used up.' }
    })
    const hidden = await dispatch('secrets:status', undefined, trusted)
    expect(hidden.ok).toBe(false)
    if (!hidden.ok) {
      expect(hidden.error.code).toBe('INTERNAL')
      expect(hidden.error.message).not.toContain('secret-value-123')
    }
  })

  it('applies schema defaults before the handler sees the input', async () => {
    const seen: unknown[] = []
    const { registry } = recordingRegistry()
    registry['photos:save'] = async (input) => {
      seen.push(input)
      return { path: null }
    }
    const id = '3f2b8c9e-1a2b-4c3d-8e9f-0a1b2c3d4e5f'
    await dispatcher(registry)('photos:save' as Channel, { jobId: id }, trusted)
    expect(seen).toEqual([{ jobId: id, what: 'photo' }])
    expect(contract['photos:save']).toBeDefined()
  })
})
