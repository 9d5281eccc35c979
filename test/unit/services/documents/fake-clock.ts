/** A manual clock for the limiter, the session and the demo service: time moves only when a test says so. */
export interface FakeClock {
  now: () => number
  setTimeout: (callback: () => void, ms: number) => unknown
  clearTimeout: (handle: unknown) => void
  /** Moves time forward by ms, firing due timers in order. */
  advance(ms: number): void
  /** Jumps to the earliest pending timer (not later than `limit`, when given) and fires it; false when none. */
  runNext(limit?: number): boolean
  /** The number of pending timers. */
  pending(): number
}

/** Creates a fake clock at a fixed start. */
export function createFakeClock(start = Date.UTC(2026, 0, 5, 9, 0, 0)): FakeClock {
  let now = start
  let nextId = 1
  const timers = new Map<number, { at: number; callback: () => void }>()

  function earliest(): [number, { at: number; callback: () => void }] | undefined {
    let found: [number, { at: number; callback: () => void }] | undefined
    for (const entry of timers) if (found === undefined || entry[1].at < found[1].at) found = entry
    return found
  }

  return {
    now: () => now,
    setTimeout(callback, ms) {
      const id = nextId++
      timers.set(id, { at: now + Math.max(0, ms), callback })
      return id
    },
    clearTimeout(handle) {
      timers.delete(handle as number)
    },
    advance(ms) {
      const target = now + ms
      for (;;) {
        const next = earliest()
        if (next === undefined || next[1].at > target) break
        timers.delete(next[0])
        now = Math.max(now, next[1].at)
        next[1].callback()
      }
      now = target
    },
    runNext(limit = Number.POSITIVE_INFINITY) {
      const next = earliest()
      if (next === undefined || next[1].at > limit) return false
      timers.delete(next[0])
      now = Math.max(now, next[1].at)
      next[1].callback()
      return true
    },
    pending: () => timers.size
  }
}
