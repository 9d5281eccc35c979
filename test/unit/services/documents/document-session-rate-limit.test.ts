import { describe, expect, it } from 'vitest'
import type { DocumentStats } from '../../../../electron/main/demo'
import { ACCESS_TOKEN, settleOnFakeTime } from './demo-harness'
import { HOUR, useDocumentSession } from './session-kit'

const t = useDocumentSession()

/** True when no 3 requests of a document arrived within 60 s. */
function keptTheLimit(stats: DocumentStats | undefined): boolean {
  const times = [...(stats?.requestTimes ?? [])].sort((a, b) => a - b)
  return times.every((time, i) => i < 2 || time - (times[i - 2] as number) >= 60_000)
}

describe('document session: rate limit as the service sees it', () => {
  it('keeps to 2 requests a minute per document under 10 rapid fetches and resize requests', async () => {
    await t.session.loadTokens(ACCESS_TOKEN)
    // Five different requests a side (identical ones would be joined into one: see "coalescing" below).
    const sizes = [
      undefined,
      { width: 300, height: 200 },
      { width: 640, height: 480 },
      { width: 200, height: 200 },
      { width: 500, height: 500 }
    ]
    const start = t.clock.now()
    const work = Array.from({ length: 10 }, (_, i) =>
      t.session.fetch(i % 2 === 0 ? 'front' : 'back', sizes[Math.floor(i / 2)])
    )
    const all = Promise.allSettled(work)
    await settleOnFakeTime(all, t.demo, t.clock, start + 30 * 60_000)
    const results = await all
    expect(results.map((r) => r.status)).toEqual(Array(10).fill('fulfilled'))

    const stats = (await t.demo.stats()).documents
    for (const id of ['specimen-front', 'specimen-back']) {
      expect(keptTheLimit(stats[id])).toBe(true)
      expect(stats[id]).toMatchObject({ accepted: 5, rejected429: 0 })
    }
    // Five a side at two a minute: the last pair goes out two minutes in, not sooner.
    expect(Math.max(...(stats['specimen-front']?.requestTimes ?? []))).toBe(start + 120_000)
    // The person saw a queue with a countdown while waiting.
    expect(
      t.states.some(
        (s) =>
          s.sides.front.status === 'waiting' &&
          s.sides.front.rateLimit.queued > 0 &&
          s.sides.front.rateLimit.nextSlotAt !== null
      )
    ).toBe(true)
  })

  it('honours a 429 from the service: the document waits for Retry-After before the next request', async () => {
    await t.session.loadTokens(ACCESS_TOKEN)
    await t.demo.fault({ path: '/documents/', status: 429, retryAfterSeconds: 45, times: 1 })
    await expect(t.session.fetch('front')).rejects.toMatchObject({
      code: 'RATE_LIMITED',
      retryAfterSeconds: 45
    })
    const blockedAt = t.clock.now()
    expect(t.session.state().sides.front).toMatchObject({
      status: 'error',
      error: { code: 'RATE_LIMITED', retryAfterSeconds: 45 },
      rateLimit: { blockedUntil: blockedAt + 45_000 }
    })
    const next = t.session.fetch('front')
    await settleOnFakeTime(next, t.demo, t.clock, blockedAt + HOUR / 2)
    expect((await next).format).toBe('jpeg')
    const times = (await t.demo.stats()).documents['specimen-front']?.requestTimes ?? []
    expect(times.at(-1)).toBe(blockedAt + 45_000)
  })
})
