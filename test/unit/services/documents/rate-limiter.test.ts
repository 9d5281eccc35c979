import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { AppError } from '../../../../electron/shared/errors'
import { createRateLimiter } from '../../../../electron/main/services/documents/rate-limiter'
import { createFakeClock } from './fake-clock'

const flush = () => new Promise<void>((resolve) => setImmediate(resolve))

/** True when no `max + 1` sends fall inside any window. */
function withinLimit(times: number[], max = 2, windowMs = 60_000): boolean {
  const sorted = [...times].sort((a, b) => a - b)
  for (let i = max; i < sorted.length; i++) {
    if ((sorted[i] as number) - (sorted[i - max] as number) < windowMs) return false
  }
  return true
}

describe('createRateLimiter', () => {
  it('sends two at once, queues the rest in order and shows the countdown', async () => {
    const clock = createFakeClock()
    const limiter = createRateLimiter({ clock })
    const sent: Array<{ n: number; at: number }> = []
    const results = [1, 2, 3, 4, 5].map((n) =>
      limiter.schedule('front', async () => {
        sent.push({ n, at: clock.now() })
        return n
      })
    )
    await flush()
    const start = clock.now()
    expect(sent.map((s) => s.n)).toEqual([1, 2])
    expect(limiter.status('front')).toEqual({
      inWindow: 2,
      nextSlotAt: start + 60_000,
      queued: 3,
      blockedUntil: null
    })

    clock.advance(59_999)
    await flush()
    expect(sent).toHaveLength(2)
    clock.advance(1)
    await flush()
    expect(sent.map((s) => s.n)).toEqual([1, 2, 3, 4])
    clock.advance(60_000)
    await flush()
    expect(await Promise.all(results)).toEqual([1, 2, 3, 4, 5])
    expect(sent.map((s) => s.n)).toEqual([1, 2, 3, 4, 5])
    expect(withinLimit(sent.map((s) => s.at))).toBe(true)
  })

  it('tells listeners when a send leaves the window, with nothing queued', async () => {
    const clock = createFakeClock()
    const changes: string[] = []
    const limiter = createRateLimiter({ clock, onStatusChange: (key) => changes.push(key) })
    await limiter.schedule('front', async () => 1)
    clock.advance(10_000)
    await limiter.schedule('front', async () => 2)
    expect(limiter.status('front').inWindow).toBe(2)
    changes.length = 0

    clock.advance(50_000)
    await flush()
    expect(changes).toEqual(['front'])
    expect(limiter.status('front').inWindow).toBe(1)
    clock.advance(10_000)
    await flush()
    expect(changes).toEqual(['front', 'front'])
    expect(limiter.status('front')).toEqual({ inWindow: 0, nextSlotAt: null, queued: 0, blockedUntil: null })
    // And then it goes quiet: no timer is left running.
    clock.advance(120_000)
    await flush()
    expect(changes).toHaveLength(2)
  })

  it('keeps documents apart', async () => {
    const clock = createFakeClock()
    const limiter = createRateLimiter({ clock })
    const sent: string[] = []
    for (const key of ['front', 'front', 'front', 'back', 'back']) {
      void limiter.schedule(key, async () => void sent.push(key))
    }
    await flush()
    expect(sent).toEqual(['front', 'front', 'back', 'back'])
    expect(limiter.status('back').queued).toBe(0)
    expect(limiter.status('front').queued).toBe(1)
  })

  it('counts a failed request: it reached the service', async () => {
    const clock = createFakeClock()
    const limiter = createRateLimiter({ clock })
    await expect(limiter.schedule('front', () => Promise.reject(new Error('boom')))).rejects.toThrow('boom')
    expect(limiter.status('front').inWindow).toBe(1)
  })

  it('honours a 429: the document waits until Retry-After has passed, even with slots free', async () => {
    const clock = createFakeClock()
    const limiter = createRateLimiter({ clock })
    const rateLimited = new AppError('RATE_LIMITED', 'wait', { retryAfterSeconds: 90 })
    await expect(limiter.schedule('front', () => Promise.reject(rateLimited))).rejects.toBe(rateLimited)
    const start = clock.now()
    expect(limiter.status('front')).toMatchObject({
      blockedUntil: start + 90_000,
      nextSlotAt: start + 90_000
    })
    let sentAt: number | undefined
    const next = limiter.schedule('front', async () => {
      sentAt = clock.now()
    })
    clock.advance(89_000)
    await flush()
    expect(sentAt).toBeUndefined()
    clock.advance(1_000)
    await next
    expect(sentAt).toBe(start + 90_000)
  })

  it('cancels queued requests with CANCELLED and keeps the send history', async () => {
    const clock = createFakeClock()
    const limiter = createRateLimiter({ clock })
    for (let i = 0; i < 2; i++) void limiter.schedule('front', async () => undefined)
    const queued = limiter.schedule('front', async () => 'never')
    limiter.cancelQueued('front')
    await expect(queued).rejects.toMatchObject({ code: 'CANCELLED' })
    expect(limiter.status('front')).toMatchObject({ inWindow: 2, queued: 0 })
    expect(clock.pending()).toBe(0)
  })

  it('tells subscribers when a document changes', async () => {
    const clock = createFakeClock()
    const seen: string[] = []
    const limiter = createRateLimiter({ clock })
    const stop = limiter.subscribe((key) => seen.push(key))
    await limiter.schedule('back', async () => undefined)
    expect(seen).toContain('back')
    stop()
    seen.length = 0
    await limiter.schedule('back', async () => undefined)
    expect(seen).toEqual([])
  })

  it('never sends more than 2 in any 60 s window, whatever the arrival pattern', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ gap: fc.integer({ min: 0, max: 70_000 }), key: fc.constantFrom('a', 'b') }), {
          maxLength: 25
        }),
        async (arrivals) => {
          const clock = createFakeClock()
          const limiter = createRateLimiter({ clock })
          const sends: Record<string, number[]> = { a: [], b: [] }
          const order: Record<string, number[]> = { a: [], b: [] }
          const all: Promise<void>[] = []
          arrivals.forEach(({ gap, key }, index) => {
            clock.advance(gap)
            all.push(
              limiter.schedule(key, async () => {
                sends[key]?.push(clock.now())
                order[key]?.push(index)
              })
            )
          })
          while (clock.runNext()) await flush()
          await Promise.all(all)
          for (const key of ['a', 'b']) {
            expect(withinLimit(sends[key] ?? [])).toBe(true)
            const expected = arrivals.flatMap((arrival, index) => (arrival.key === key ? [index] : []))
            expect(order[key]).toEqual(expected)
          }
        }
      ),
      { numRuns: 60 }
    )
  })
})
