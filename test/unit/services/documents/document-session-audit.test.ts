import { describe, expect, it } from 'vitest'
import { ACCESS_TOKEN, API_TOKEN } from './demo-harness'
import { useDocumentSession } from './session-kit'

const t = useDocumentSession()

describe('document session: audit', () => {
  it('writes one line per action with environment and OS user, and no token anywhere in the file', async () => {
    await t.session.loadTokens(ACCESS_TOKEN)
    await t.session.fetch('front')
    await t.session.fetch('back', { width: 300, height: 200 })
    await t.session.refresh('front')
    const lines = await t.auditLines()
    expect(lines.map((line) => [line.action, line.side, line.outcome])).toEqual([
      ['tokens', null, 'ok'],
      ['fetch', 'front', 'ok'],
      ['resize-request', 'back', 'ok'],
      ['refresh', 'front', 'ok']
    ])
    for (const line of lines) {
      expect(line).toMatchObject({ osUser: 'counter-user', environment: 'demo' })
      expect(typeof line.time).toBe('string')
    }
    expect(lines[2]?.detail).toBe('size=300x200; got 300x120 jpeg')
    const text = await t.auditText()
    expect(t.tokens.size).toBe(3)
    for (const secret of [...t.tokens, ACCESS_TOKEN, API_TOKEN]) expect(text).not.toContain(secret)
  })

  it('records failures with their error code', async () => {
    await t.session.loadTokens(ACCESS_TOKEN)
    await t.demo.fault({ path: '/documents/', status: 500, times: 1 })
    await expect(t.session.fetch('front')).rejects.toMatchObject({ code: 'SERVER_ERROR' })
    await expect(t.session.loadTokens('not-the-demo-access-token')).rejects.toMatchObject({
      code: 'CREDENTIALS_REJECTED'
    })
    const lines = await t.auditLines()
    expect(lines.slice(1).map((line) => [line.action, line.outcome])).toEqual([
      ['fetch', 'SERVER_ERROR'],
      ['tokens', 'CREDENTIALS_REJECTED']
    ])
  })
})
