import { describe, expect, it } from 'vitest'
import type { DocumentPassbackClient } from '../../../../electron/main/services/documents/client'
import { ACCESS_TOKEN, recordingTokens } from './demo-harness'
import { useDocumentSession } from './session-kit'

const t = useDocumentSession()

describe('document session: refresh', () => {
  it('refreshes on demand: a new token replaces the old one in memory', async () => {
    await t.session.loadTokens(ACCESS_TOKEN)
    const before = t.session.state().sides.back.tokenFingerprint
    const after = (await t.session.refresh('back')).sides.back.tokenFingerprint
    expect(after).toMatch(/^[0-9a-f]{10}$/)
    expect(after).not.toBe(before)
    expect((await t.session.fetch('back')).width).toBe(570)
    const refreshLine = (await t.auditLines()).find((line) => line.action === 'refresh')
    expect(refreshLine).toMatchObject({ side: 'back', tokenFingerprint: before, outcome: 'ok' })
    expect(refreshLine?.detail).toContain(`new token ${after}`)
  })

  it('refreshes once by itself when the token went stale, and the retry takes a rate-limit slot', async () => {
    await t.session.loadTokens(ACCESS_TOKEN)
    await t.demo.expireTokens()
    const staleFingerprint = t.session.state().sides.front.tokenFingerprint
    const image = await t.session.fetch('front')
    expect(image.width).toBe(1340)
    const front = t.session.state().sides.front
    expect(front.tokenFingerprint).not.toBe(staleFingerprint)
    // The 404 and the retry both went through the limiter.
    expect(front.rateLimit.inWindow).toBe(2)
    const refreshes = Object.entries((await t.demo.stats()).requestsByPath).filter(([path]) =>
      path.includes('/documents/refresh/')
    )
    expect(refreshes).toHaveLength(1)
    expect((await t.auditLines()).map((line) => [line.action, line.outcome])).toEqual([
      ['tokens', 'ok'],
      ['fetch', 'NOT_FOUND'],
      ['refresh', 'ok'],
      ['fetch', 'ok']
    ])
  })

  it('does not loop: a second 404 after the refresh is reported, with one refresh only', async () => {
    const recorded = recordingTokens(t.demo.client())
    let documentCalls = 0
    const alwaysUnknown: DocumentPassbackClient = {
      ...recorded.client,
      fetchDocument: (_token, size) => {
        documentCalls++
        return recorded.client.fetchDocument('00000000-0000-4000-8000-000000000000', size)
      }
    }
    t.session.dispose()
    t.session = t.makeSession(alwaysUnknown)
    await t.session.loadTokens(ACCESS_TOKEN)
    await expect(t.session.fetch('front')).rejects.toMatchObject({ code: 'NOT_FOUND' })
    expect(documentCalls).toBe(2)
    const refreshes = (await t.auditLines()).filter((line) => line.action === 'refresh')
    expect(refreshes).toHaveLength(1)
    expect(t.session.state().sides.front).toMatchObject({ status: 'error', error: { code: 'NOT_FOUND' } })
  })
})
