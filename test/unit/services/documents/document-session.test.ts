import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { DocumentStats } from '../../../../electron/main/demo'
import type { AuditLog } from '../../../../electron/main/services/audit/audit-log'
import { openTestAuditLog } from '../../../helpers/test-audit-log'
import type { DocumentPassbackClient } from '../../../../electron/main/services/documents/client'
import { createDocumentSession } from '../../../../electron/main/services/documents/document-session'
import type { DocumentSession } from '../../../../electron/main/services/documents/document-session'
import type { SessionState } from '../../../../electron/main/services/documents/session-state'
import { predictSize } from '../../../../electron/shared/document-size'
import { type FakeClock, createFakeClock } from './fake-clock'
import {
  ACCESS_TOKEN,
  API_TOKEN,
  type DocumentDemo,
  recordingTokens,
  settleOnFakeTime,
  startDocumentDemo
} from './demo-harness'

const HOUR = 60 * 60_000
let clock: FakeClock
let demo: DocumentDemo
let dataDir: string
let audit: AuditLog
let closeAudit: () => Promise<void>
let states: SessionState[]
let tokens: Set<string>
let session: DocumentSession

function makeSession(client: DocumentPassbackClient, idleMs = HOUR): DocumentSession {
  return createDocumentSession({
    client,
    environment: 'demo',
    audit,
    clock,
    idleMs,
    id: 'viewing-1',
    onChange: (state) => states.push(state)
  })
}

beforeEach(async () => {
  clock = createFakeClock()
  demo = await startDocumentDemo({ now: clock.now })
  dataDir = await mkdtemp(join(tmpdir(), 'doc-session-test-'))
  ;({ audit, close: closeAudit } = await openTestAuditLog({
    dataDir,
    osUser: () => 'counter-user',
    now: clock.now
  }))
  states = []
  const recorded = recordingTokens(demo.client())
  tokens = recorded.tokens
  session = makeSession(recorded.client)
})
afterEach(async () => {
  session.dispose()
  await demo.close()
  await closeAudit()
  await rm(dataDir, { recursive: true, force: true })
})

/** True when no 3 requests of a document arrived within 60 s. */
function keptTheLimit(stats: DocumentStats | undefined): boolean {
  const times = [...(stats?.requestTimes ?? [])].sort((a, b) => a - b)
  return times.every((time, i) => i < 2 || time - (times[i - 2] as number) >= 60_000)
}

/** The audit log as exported (JSON lines, oldest first). */
async function auditText(): Promise<string> {
  const file = join(dataDir, 'audit-export.jsonl')
  await audit.exportTo(file)
  return readFile(file, 'utf8')
}

async function auditLines(): Promise<Array<Record<string, unknown>>> {
  const text = await auditText()
  return text
    .trimEnd()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>)
}

describe('document session: rate limit as the service sees it', () => {
  it('keeps to 2 requests a minute per document under 10 rapid fetches and resize requests', async () => {
    await session.loadTokens(ACCESS_TOKEN)
    // Five different requests a side (identical ones would be joined into one: see "coalescing" below).
    const sizes = [
      undefined,
      { width: 300, height: 200 },
      { width: 640, height: 480 },
      { width: 200, height: 200 },
      { width: 500, height: 500 }
    ]
    const start = clock.now()
    const work = Array.from({ length: 10 }, (_, i) =>
      session.fetch(i % 2 === 0 ? 'front' : 'back', sizes[Math.floor(i / 2)])
    )
    const all = Promise.allSettled(work)
    await settleOnFakeTime(all, demo, clock, start + 30 * 60_000)
    const results = await all
    expect(results.map((r) => r.status)).toEqual(Array(10).fill('fulfilled'))

    const stats = (await demo.stats()).documents
    for (const id of ['specimen-front', 'specimen-back']) {
      expect(keptTheLimit(stats[id])).toBe(true)
      expect(stats[id]).toMatchObject({ accepted: 5, rejected429: 0 })
    }
    // Five a side at two a minute: the last pair goes out two minutes in, not sooner.
    expect(Math.max(...(stats['specimen-front']?.requestTimes ?? []))).toBe(start + 120_000)
    // The person saw a queue with a countdown while waiting.
    expect(
      states.some(
        (s) =>
          s.sides.front.status === 'waiting' &&
          s.sides.front.rateLimit.queued > 0 &&
          s.sides.front.rateLimit.nextSlotAt !== null
      )
    ).toBe(true)
  })

  it('honours a 429 from the service: the document waits for Retry-After before the next request', async () => {
    await session.loadTokens(ACCESS_TOKEN)
    await demo.fault({ path: '/documents/', status: 429, retryAfterSeconds: 45, times: 1 })
    await expect(session.fetch('front')).rejects.toMatchObject({
      code: 'RATE_LIMITED',
      retryAfterSeconds: 45
    })
    const blockedAt = clock.now()
    expect(session.state().sides.front).toMatchObject({
      status: 'error',
      error: { code: 'RATE_LIMITED', retryAfterSeconds: 45 },
      rateLimit: { blockedUntil: blockedAt + 45_000 }
    })
    const next = session.fetch('front')
    await settleOnFakeTime(next, demo, clock, blockedAt + HOUR / 2)
    expect((await next).format).toBe('jpeg')
    const times = (await demo.stats()).documents['specimen-front']?.requestTimes ?? []
    expect(times.at(-1)).toBe(blockedAt + 45_000)
  })
})

describe('document session: sizes', () => {
  it('records the requested and actual size, actual == predicted', async () => {
    await session.loadTokens(ACCESS_TOKEN)
    const image = await session.fetch('back', { width: 300, height: 200 })
    expect({ width: image.width, height: image.height }).toEqual(
      predictSize({ width: 570, height: 228 }, { width: 300, height: 200 })
    )
    expect(session.state().sides.back).toMatchObject({
      status: 'loaded',
      requestedSize: { width: 300, height: 200 },
      width: 300,
      height: 120
    })
  })

  it('keeps the original size once known, while a resized image is shown (for the next prediction)', async () => {
    await session.loadTokens(ACCESS_TOKEN)
    expect(session.state().sides.back.originalSize).toBeNull()
    // A resized image alone does not tell the original's size.
    await session.fetch('front', { width: 300, height: 200 })
    expect(session.state().sides.front.originalSize).toBeNull()
    await session.fetch('back')
    await session.fetch('back', { width: 300, height: 200 })
    expect(session.state().sides.back).toMatchObject({
      requestedSize: { width: 300, height: 200 },
      originalSize: { width: 570, height: 228 }
    })
  })

  it('refuses a size out of bounds without using a rate-limit slot', async () => {
    await session.loadTokens(ACCESS_TOKEN)
    await expect(session.fetch('front', { width: 2000, height: 200 })).rejects.toMatchObject({
      code: 'BAD_REQUEST'
    })
    expect(session.state().sides.front.rateLimit.inWindow).toBe(0)
  })
})

describe('document session: refresh', () => {
  it('refreshes on demand: a new token replaces the old one in memory', async () => {
    await session.loadTokens(ACCESS_TOKEN)
    const before = session.state().sides.back.tokenFingerprint
    const after = (await session.refresh('back')).sides.back.tokenFingerprint
    expect(after).toMatch(/^[0-9a-f]{10}$/)
    expect(after).not.toBe(before)
    expect((await session.fetch('back')).width).toBe(570)
    const refreshLine = (await auditLines()).find((line) => line.action === 'refresh')
    expect(refreshLine).toMatchObject({ side: 'back', tokenFingerprint: before, outcome: 'ok' })
    expect(refreshLine?.detail).toContain(`new token ${after}`)
  })

  it('refreshes once by itself when the token went stale, and the retry takes a rate-limit slot', async () => {
    await session.loadTokens(ACCESS_TOKEN)
    await demo.expireTokens()
    const staleFingerprint = session.state().sides.front.tokenFingerprint
    const image = await session.fetch('front')
    expect(image.width).toBe(1340)
    const front = session.state().sides.front
    expect(front.tokenFingerprint).not.toBe(staleFingerprint)
    // The 404 and the retry both went through the limiter.
    expect(front.rateLimit.inWindow).toBe(2)
    const refreshes = Object.entries((await demo.stats()).requestsByPath).filter(([path]) =>
      path.includes('/documents/refresh/')
    )
    expect(refreshes).toHaveLength(1)
    expect((await auditLines()).map((line) => [line.action, line.outcome])).toEqual([
      ['tokens', 'ok'],
      ['fetch', 'NOT_FOUND'],
      ['refresh', 'ok'],
      ['fetch', 'ok']
    ])
  })

  it('does not loop: a second 404 after the refresh is reported, with one refresh only', async () => {
    const recorded = recordingTokens(demo.client())
    let documentCalls = 0
    const alwaysUnknown: DocumentPassbackClient = {
      ...recorded.client,
      fetchDocument: (_token, size) => {
        documentCalls++
        return recorded.client.fetchDocument('00000000-0000-4000-8000-000000000000', size)
      }
    }
    session.dispose()
    session = makeSession(alwaysUnknown)
    await session.loadTokens(ACCESS_TOKEN)
    await expect(session.fetch('front')).rejects.toMatchObject({ code: 'NOT_FOUND' })
    expect(documentCalls).toBe(2)
    const refreshes = (await auditLines()).filter((line) => line.action === 'refresh')
    expect(refreshes).toHaveLength(1)
    expect(session.state().sides.front).toMatchObject({ status: 'error', error: { code: 'NOT_FOUND' } })
  })
})

describe('document session: memory only', () => {
  it('clear() zeroes the image bytes and drops tokens', async () => {
    await session.loadTokens(ACCESS_TOKEN)
    const image = await session.fetch('front')
    expect(image.bytes.some((b) => b !== 0)).toBe(true)
    session.clear()
    expect(image.bytes.every((b) => b === 0)).toBe(true)
    expect(session.image('front')).toBeNull()
    expect(session.state().sides.front).toMatchObject({
      status: 'no-token',
      tokenFingerprint: null,
      width: null
    })
    await expect(session.fetch('front')).rejects.toMatchObject({ code: 'INVALID_TOKEN' })
  })

  it('a newer image of the same side wipes the older one', async () => {
    await session.loadTokens(ACCESS_TOKEN)
    const first = await session.fetch('back')
    const second = await session.fetch('back', { width: 200, height: 200 })
    expect(first.bytes.every((b) => b === 0)).toBe(true)
    expect(second.bytes.some((b) => b !== 0)).toBe(true)
    expect(session.image('back')).toBe(second)
  })

  it('clears by itself after the idle time, and activity postpones it', async () => {
    session.dispose()
    session = makeSession(demo.client(), 10 * 60_000)
    await session.loadTokens(ACCESS_TOKEN)
    const image = await session.fetch('front')
    clock.advance(9 * 60_000)
    session.touch()
    clock.advance(9 * 60_000)
    expect(session.image('front')).toBe(image)
    clock.advance(60_000)
    expect(session.image('front')).toBeNull()
    expect(image.bytes.every((b) => b === 0)).toBe(true)
    expect(session.state().idleClearsAt).toBeNull()
  })

  it('an answer that arrives after clear() is wiped, not kept', async () => {
    await session.loadTokens(ACCESS_TOKEN)
    await demo.fault({ path: '/documents/', latencyMs: 150, times: 1 })
    const pending = session.fetch('front')
    await new Promise((resolve) => setTimeout(resolve, 50))
    session.clear()
    await expect(pending).rejects.toMatchObject({ code: 'CANCELLED' })
    expect(session.image('front')).toBeNull()
  })

  it('never puts bytes or tokens in the change events', async () => {
    await session.loadTokens(ACCESS_TOKEN)
    await session.fetch('front')
    await session.refresh('front')
    await session.fetch('back', { width: 300, height: 300 })
    expect(states.length).toBeGreaterThan(3)
    const text = JSON.stringify(states)
    expect(text).not.toContain('bytes')
    for (const secret of [...tokens, ACCESS_TOKEN, API_TOKEN]) expect(text).not.toContain(secret)
  })
})

describe('document session: audit', () => {
  it('writes one line per action with environment and OS user, and no token anywhere in the file', async () => {
    await session.loadTokens(ACCESS_TOKEN)
    await session.fetch('front')
    await session.fetch('back', { width: 300, height: 200 })
    await session.refresh('front')
    const lines = await auditLines()
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
    const text = await auditText()
    expect(tokens.size).toBe(3)
    for (const secret of [...tokens, ACCESS_TOKEN, API_TOKEN]) expect(text).not.toContain(secret)
  })

  it('records failures with their error code', async () => {
    await session.loadTokens(ACCESS_TOKEN)
    await demo.fault({ path: '/documents/', status: 500, times: 1 })
    await expect(session.fetch('front')).rejects.toMatchObject({ code: 'SERVER_ERROR' })
    await expect(session.loadTokens('not-the-demo-access-token')).rejects.toMatchObject({
      code: 'CREDENTIALS_REJECTED'
    })
    const lines = await auditLines()
    expect(lines.slice(1).map((line) => [line.action, line.outcome])).toEqual([
      ['fetch', 'SERVER_ERROR'],
      ['tokens', 'CREDENTIALS_REJECTED']
    ])
  })
})
