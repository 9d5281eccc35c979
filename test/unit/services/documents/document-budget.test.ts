import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { AuditLog } from '../../../../electron/main/services/audit/audit-log'
import { openTestAuditLog } from '../../../helpers/test-audit-log'
import type {
  DocumentImage,
  DocumentPassbackClient
} from '../../../../electron/main/services/documents/client'
import {
  createDocumentKeys,
  type DocumentKeys
} from '../../../../electron/main/services/documents/document-keys'
import {
  createDocumentSession,
  type DocumentSession
} from '../../../../electron/main/services/documents/document-session'
import {
  createRateLimiter,
  type RateLimiter
} from '../../../../electron/main/services/documents/rate-limiter'
import { predictSize } from '../../../../electron/shared/document-size'
import { type FakeClock, createFakeClock } from './fake-clock'
import { ACCESS_TOKEN, type DocumentDemo, settleOnFakeTime, startDocumentDemo } from './demo-harness'

// The rate limit belongs to the document (a token and every token refreshed from it), not to the viewing session:
// main keeps one limiter and one map of documents across sessions, as documents-feature.ts does.
const HOUR = 60 * 60_000
const FRONT = { width: 1340, height: 956 }
let clock: FakeClock
let dataDir: string
let audit: AuditLog
let closeAudit: () => Promise<void>
let limiter: RateLimiter
let keys: DocumentKeys
const sessions: DocumentSession[] = []

function session(client: DocumentPassbackClient): DocumentSession {
  const made = createDocumentSession({
    client,
    environment: 'demo',
    audit,
    clock,
    idleMs: HOUR,
    limiter,
    keys
  })
  sessions.push(made)
  return made
}

beforeEach(async () => {
  clock = createFakeClock()
  dataDir = await mkdtemp(join(tmpdir(), 'doc-budget-test-'))
  ;({ audit, close: closeAudit } = await openTestAuditLog({
    dataDir,
    osUser: () => 'counter-user',
    now: clock.now
  }))
  limiter = createRateLimiter({ clock })
  keys = createDocumentKeys(limiter, { now: clock.now })
})
afterEach(async () => {
  for (const made of sessions.splice(0)) made.dispose()
  await closeAudit()
  await rm(dataDir, { recursive: true, force: true })
})

/** A client whose document answers the test releases by hand, in any order; every token is its own document. */
function handClient() {
  const calls: Array<{ token: string; size: string; answer: (image: DocumentImage) => void }> = []
  const client: DocumentPassbackClient = {
    getDocumentTokens: async () => ({}),
    refreshToken: async () => 'ffffffffffffffffffffffffffffffff',
    fetchDocument: (token, size) =>
      new Promise<DocumentImage>((answer) =>
        calls.push({ token, size: size ? `${size.width}x${size.height}` : 'original', answer })
      )
  }
  return { client, calls }
}
const image = (width: number, height: number): DocumentImage => ({
  bytes: new Uint8Array(16).fill(9),
  format: 'jpeg',
  width,
  height
})
const flush = () => new Promise<void>((resolve) => setImmediate(resolve))
const TOKEN_A = 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa'
const TOKEN_B = 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb'

describe('the document rate limit across sessions (demo over HTTP)', () => {
  let demo: DocumentDemo
  beforeEach(async () => {
    demo = await startDocumentDemo({ now: clock.now })
  })
  afterEach(() => demo.close())

  it('a new session (another environment or idle timeout) does not forget the last minute', async () => {
    const first = session(demo.client())
    await first.loadTokens(ACCESS_TOKEN)
    const start = clock.now()
    await first.fetch('front')
    await first.fetch('front', { width: 300, height: 200 })
    first.dispose()

    // The new session gets the tokens again: new tokens from the service, the same documents.
    const second = session(demo.client())
    await second.loadTokens(ACCESS_TOKEN)
    expect(second.state().sides.front.rateLimit.inWindow).toBe(2)
    const third = second.fetch('front')
    await flush()
    expect(second.state().sides.front.status).toBe('waiting')
    await settleOnFakeTime(third, demo, clock, start + HOUR / 2)
    await third
    const stats = (await demo.stats()).documents['specimen-front']
    expect(stats).toMatchObject({ accepted: 3, rejected429: 0 })
    expect(stats?.requestTimes.at(-1)).toBe(start + 60_000)
  })

  it('a refreshed token spends the same document’s budget', async () => {
    const first = session(demo.client())
    await first.loadTokens(ACCESS_TOKEN)
    await first.fetch('back')
    await first.fetch('back', { width: 300, height: 200 })
    await first.refresh('back')
    expect(first.state().sides.back.rateLimit.inWindow).toBe(2)
    const pending = first.fetch('back')
    await flush()
    expect(first.state().sides.back.status).toBe('waiting')
    await settleOnFakeTime(pending, demo, clock, clock.now() + HOUR / 2)
    expect((await demo.stats()).documents['specimen-back']).toMatchObject({ accepted: 3, rejected429: 0 })
  })

  it('joins identical requests made while the limit is reached: they go out once, and the image asked for last stays', async () => {
    const viewer = session(demo.client())
    await viewer.loadTokens(ACCESS_TOKEN)
    await viewer.fetch('front')
    await viewer.fetch('front', { width: 300, height: 200 })
    const clicks = [
      viewer.fetch('front'),
      viewer.fetch('front'),
      viewer.fetch('front'),
      viewer.fetch('front', { width: 640, height: 480 }),
      viewer.fetch('front'),
      viewer.fetch('front', { width: 640, height: 480 })
    ]
    await flush()
    expect(viewer.state().sides.front.rateLimit.queued).toBe(2)
    const all = Promise.allSettled(clicks)
    await settleOnFakeTime(all, demo, clock, clock.now() + HOUR / 2)
    expect((await all).every((r) => r.status === 'fulfilled')).toBe(true)
    expect((await demo.stats()).documents['specimen-front']).toMatchObject({ accepted: 4, rejected429: 0 })
    const held = viewer.image('front')
    expect(held && { width: held.width, height: held.height }).toEqual(
      predictSize(FRONT, { width: 640, height: 480 })
    )
    expect(viewer.state().sides.front.requestedSize).toEqual({ width: 640, height: 480 })
  })
})

describe('the document rate limit, by document', () => {
  it('gives a second person’s tokens in the same session their own budget', async () => {
    const { client, calls } = handClient()
    const viewer = session(client)
    viewer.setTokens({ front: TOKEN_A })
    const settled = [viewer.fetch('front'), viewer.fetch('front', { width: 300, height: 200 })]
    await flush()
    for (const call of calls) call.answer(image(100, 100))
    await Promise.all(settled)
    viewer.setTokens({ front: TOKEN_B })
    // Left unanswered: the session's clear at the end cancels it.
    viewer.fetch('front').catch(() => undefined)
    await flush()
    expect(calls.map((c) => c.token)).toEqual([TOKEN_A, TOKEN_A, TOKEN_B])
    expect(viewer.state().sides.front.rateLimit.inWindow).toBe(1)
  })

  it('never lets an earlier request’s late answer replace a server-sized image asked for after it', async () => {
    const { client, calls } = handClient()
    const viewer = session(client)
    viewer.setTokens({ front: TOKEN_A })
    const original = viewer.fetch('front')
    const sized = viewer.fetch('front', { width: 300, height: 200 })
    await flush()
    expect(calls.map((c) => c.size)).toEqual(['original', '300x200'])
    const late = image(1340, 956)
    calls[1]?.answer(image(280, 200))
    await sized
    calls[0]?.answer(late)
    expect(await original).toBe(viewer.image('front'))
    expect(viewer.image('front')).toMatchObject({ width: 280, height: 200 })
    expect(late.bytes.every((b) => b === 0)).toBe(true)
    expect(viewer.state().sides.front.requestedSize).toEqual({ width: 300, height: 200 })
  })

  it('forgets a document once its last request has left the minute', async () => {
    const { client, calls } = handClient()
    const viewer = session(client)
    viewer.setTokens({ front: TOKEN_A })
    const fetched = viewer.fetch('front')
    await flush()
    calls[0]?.answer(image(100, 100))
    await fetched
    expect(keys.size()).toBe(1)
    clock.advance(60_000)
    expect(keys.keyOf(TOKEN_B)).toMatch(/^document-/)
    expect(keys.size()).toBe(1)
    expect(keys.peek(TOKEN_A)).toBeNull()
  })
})
