import { AppError, isAppError } from '../../../shared/errors'
import { t } from '../i18n/main-language'

/** Timer functions, injected so tests run on fake time. */
export interface LimiterClock {
  now: () => number
  setTimeout: (callback: () => void, ms: number) => unknown
  clearTimeout: (handle: unknown) => void
}

/** What the UI needs for a visible countdown on one document. */
export interface RateLimitStatus {
  /** Requests sent in the current sliding window. */
  inWindow: number
  /** When the next request may be sent (epoch ms), or null when one may be sent now. */
  nextSlotAt: number | null
  /** Requests waiting for a slot. */
  queued: number
  /** Until when the service told us to wait (429 Retry-After), or null. */
  blockedUntil: number | null
}

/** Options for createRateLimiter. */
export interface RateLimiterOptions {
  clock?: Partial<LimiterClock>
  /** Requests allowed per window and document; the documented limit is 2. */
  maxPerWindow?: number
  /** Window length; the documented limit is per minute. */
  windowMs?: number
  /** Called whenever a document's status changes (queued, sent, blocked, slot freed). */
  onStatusChange?: (docKey: string) => void
}

/** Holds requests per document so that no more than the allowed number are sent in any window. */
export interface RateLimiter {
  /** Runs fn when the document has a free slot; requests beyond the limit wait in FIFO order. */
  schedule<T>(docKey: string, fn: () => Promise<T>): Promise<T>
  /** The document's window, countdown and queue. */
  status(docKey: string): RateLimitStatus
  /** Rejects the document's queued requests with CANCELLED; its send history is kept (the service remembers it too). */
  cancelQueued(docKey: string): void
  /**
   * Drops a document's state when nothing about it matters any more (no request in the window, no block, nothing
   * queued); returns true when it is gone (or was never there).
   */
  forgetIfIdle(docKey: string): boolean
  /** Adds a listener for status changes (several sessions may share one limiter); returns the unsubscribe. */
  subscribe(listener: (docKey: string) => void): () => void
  /** Cancels everything queued and stops all timers. */
  dispose(): void
}

interface Pending {
  run: () => void
  cancel: (error: AppError) => void
}

interface DocState {
  sendTimes: number[]
  queue: Pending[]
  blockedUntil: number
  timer: unknown
  timerAt: number
}

/** The documented Document Passback limit. */
export const DOCUMENT_REQUESTS_PER_MINUTE = 2

/**
 * A per-document sliding-window limiter that acts BEFORE sending, so the service's limit is never
 * hit by us; a 429 that still comes (another workstation, clock skew) blocks that document until
 * Retry-After has passed. The key names the document, not the token (document-keys.ts), so a
 * refreshed token counts against the same document.
 */
export function createRateLimiter(options: RateLimiterOptions = {}): RateLimiter {
  const clock: LimiterClock = {
    now: options.clock?.now ?? Date.now,
    // Unref'd: a pending wake-up must never keep the process alive on its own.
    setTimeout: options.clock?.setTimeout ?? ((callback, ms) => setTimeout(callback, ms).unref()),
    clearTimeout: options.clock?.clearTimeout ?? ((handle) => clearTimeout(handle as NodeJS.Timeout))
  }
  const max = options.maxPerWindow ?? DOCUMENT_REQUESTS_PER_MINUTE
  const windowMs = options.windowMs ?? 60_000
  const docs = new Map<string, DocState>()

  function doc(key: string): DocState {
    let state = docs.get(key)
    if (!state) {
      state = { sendTimes: [], queue: [], blockedUntil: 0, timer: undefined, timerAt: 0 }
      docs.set(key, state)
    }
    return state
  }

  function prune(state: DocState, now: number): void {
    while (state.sendTimes.length > 0 && (state.sendTimes[0] as number) <= now - windowMs)
      state.sendTimes.shift()
  }

  /** The earliest time a request may be sent, given the window and any block. */
  function nextSlot(state: DocState, now: number): number {
    prune(state, now)
    let at = now
    if (state.sendTimes.length >= max) {
      at = (state.sendTimes[state.sendTimes.length - max] as number) + windowMs
    }
    return Math.max(at, state.blockedUntil)
  }

  const listeners = new Set<(docKey: string) => void>()
  if (options.onStatusChange) listeners.add(options.onStatusChange)

  function notify(key: string): void {
    for (const listener of [...listeners]) listener(key)
  }

  /** Sends what may be sent now; returns true when it told the listeners about a change. */
  function pump(key: string): boolean {
    const state = doc(key)
    let changed = false
    for (;;) {
      const now = clock.now()
      if (state.queue.length === 0) break
      const at = nextSlot(state, now)
      if (at > now) {
        arm(key, state, at)
        break
      }
      const next = state.queue.shift() as Pending
      // The send time is recorded before the request goes out, so concurrent callers see it at once.
      state.sendTimes.push(now)
      changed = true
      next.run()
    }
    // With nothing queued, wake up when the oldest send leaves the window, so the "n of 2 in the last minute"
    // and the countdown on screen move on without anyone asking.
    if (state.queue.length === 0) {
      const before = state.sendTimes.length
      prune(state, clock.now())
      if (state.sendTimes.length !== before) changed = true
      const oldest = state.sendTimes[0]
      if (oldest !== undefined) arm(key, state, oldest + windowMs)
    }
    if (changed) notify(key)
    return changed
  }

  function arm(key: string, state: DocState, at: number): void {
    if (state.timer !== undefined && state.timerAt === at) return
    if (state.timer !== undefined) clock.clearTimeout(state.timer)
    state.timerAt = at
    state.timer = clock.setTimeout(
      () => {
        state.timer = undefined
        // A block that ended changes the status even when nothing was sent.
        if (!pump(key)) notify(key)
      },
      Math.max(0, at - clock.now())
    )
  }

  function honourRetryAfter(key: string, error: unknown): void {
    if (!isAppError(error) || error.code !== 'RATE_LIMITED') return
    const state = doc(key)
    // Without a Retry-After, a full window is the safe guess.
    const waitMs = error.retryAfterSeconds !== undefined ? error.retryAfterSeconds * 1000 : windowMs
    state.blockedUntil = Math.max(state.blockedUntil, clock.now() + waitMs)
    if (state.queue.length > 0) arm(key, state, nextSlot(state, clock.now()))
    notify(key)
  }

  return {
    schedule<T>(docKey: string, fn: () => Promise<T>): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        const state = doc(docKey)
        state.queue.push({
          run: () => {
            // Started synchronously so that the recorded send time is the real one.
            let sending: Promise<T>
            try {
              sending = fn()
            } catch (error) {
              sending = Promise.reject(error)
            }
            sending.then(resolve, (error: unknown) => {
              honourRetryAfter(docKey, error)
              reject(error)
            })
          },
          cancel: reject
        })
        pump(docKey)
        if (state.queue.length > 0) notify(docKey)
      })
    },

    status(docKey: string): RateLimitStatus {
      const state = docs.get(docKey)
      if (!state) return { inWindow: 0, nextSlotAt: null, queued: 0, blockedUntil: null }
      const now = clock.now()
      const at = nextSlot(state, now)
      return {
        inWindow: state.sendTimes.length,
        nextSlotAt: at > now ? at : null,
        queued: state.queue.length,
        blockedUntil: state.blockedUntil > now ? state.blockedUntil : null
      }
    },

    cancelQueued,

    forgetIfIdle(docKey: string): boolean {
      const state = docs.get(docKey)
      if (!state) return true
      const now = clock.now()
      prune(state, now)
      if (state.sendTimes.length > 0 || state.queue.length > 0 || state.blockedUntil > now) return false
      if (state.timer !== undefined) clock.clearTimeout(state.timer)
      docs.delete(docKey)
      return true
    },

    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },

    dispose(): void {
      for (const key of [...docs.keys()]) cancelQueued(key)
    }
  }

  function cancelQueued(docKey: string): void {
    const state = docs.get(docKey)
    if (!state) return
    const pending = state.queue.splice(0)
    if (state.timer !== undefined) clock.clearTimeout(state.timer)
    state.timer = undefined
    for (const item of pending) item.cancel(new AppError('CANCELLED', t('errors.http.cancelled')))
    if (pending.length > 0) notify(docKey)
  }
}
