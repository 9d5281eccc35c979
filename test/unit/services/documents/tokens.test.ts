import { describe, expect, it } from 'vitest'
import {
  assertAccessToken,
  assertApiToken,
  assertDocumentToken,
  fingerprint,
  isDocumentToken
} from '../../../../electron/main/services/documents/tokens'

describe('document tokens', () => {
  it('accepts the forms the docs show: uuid with dashes and 32 hex digits', () => {
    expect(assertDocumentToken('d9ec9c13-f3e6-4b2e-a34f-e3f45b21206f')).toBe(
      'd9ec9c13-f3e6-4b2e-a34f-e3f45b21206f'
    )
    expect(assertDocumentToken('8003c78ead9641bcbd284e97acac3f85')).toBe('8003c78ead9641bcbd284e97acac3f85')
  })

  it.each([
    ['too short', 'abc123'],
    ['whitespace', 'd9ec9c13 f3e6 4b2e a34f e3f45b21206f'],
    ['a trailing newline', '8003c78ead9641bcbd284e97acac3f85\n'],
    ['a path separator', '8003c78ead9641bc/../refresh/bd284e'],
    ['a query character', '8003c78ead9641bcbd284e97?token=x'],
    ['too long', 'a'.repeat(129)],
    ['not a string', 42]
  ])('refuses %s with INVALID_TOKEN before any request', (_what, value) => {
    expect(() => assertDocumentToken(value)).toThrow(expect.objectContaining({ code: 'INVALID_TOKEN' }))
    expect(isDocumentToken(value)).toBe(false)
  })

  it('never repeats the offending token in the message', () => {
    const bad = 'secret-looking token with spaces'
    try {
      assertDocumentToken(bad)
      expect.unreachable()
    } catch (error) {
      expect((error as Error).message).not.toContain(bad)
      expect((error as Error).message).toMatch(/fresh document tokens/)
    }
  })
})

describe('access and API tokens', () => {
  it('accepts a JWT-like access token and refuses one with a space', () => {
    expect(assertAccessToken('eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.abc-_DEF')).toContain('.')
    expect(() => assertAccessToken('demo access token xx')).toThrow(
      expect.objectContaining({ code: 'INVALID_TOKEN' })
    )
  })

  it('asks for Settings when the API token is missing, and refuses one that could break the query', () => {
    expect(() => assertApiToken('')).toThrow(expect.objectContaining({ code: 'CREDENTIALS_MISSING' }))
    expect(() => assertApiToken('abcdefgh&size=1x1')).toThrow(
      expect.objectContaining({ code: 'INVALID_TOKEN' })
    )
    expect(assertApiToken('1234567-fd03-4ca4-a93e-aae6fce8e82b')).toBe('1234567-fd03-4ca4-a93e-aae6fce8e82b')
  })
})

describe('fingerprint', () => {
  it('is a short stable hex prefix that differs between tokens and does not contain the token', () => {
    const a = fingerprint('d9ec9c13-f3e6-4b2e-a34f-e3f45b21206f')
    expect(a).toMatch(/^[0-9a-f]{10}$/)
    expect(fingerprint('d9ec9c13-f3e6-4b2e-a34f-e3f45b21206f')).toBe(a)
    expect(fingerprint('fb4ad373-45a6-4a64-bb3c-43e0c59d1ab5')).not.toBe(a)
    expect('d9ec9c13-f3e6-4b2e-a34f-e3f45b21206f').not.toContain(a)
  })
})
