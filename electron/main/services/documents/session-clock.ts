import type { DocumentSessionOptions } from './document-session-types'
import type { LimiterClock } from './rate-limiter'

/** The session's clock: the caller's (tests) where given, else the real one. */
export function sessionClock(given: DocumentSessionOptions['clock']): LimiterClock {
  return {
    now: given?.now ?? Date.now,
    setTimeout: given?.setTimeout ?? ((callback, ms) => setTimeout(callback, ms)),
    clearTimeout: given?.clearTimeout ?? ((handle) => clearTimeout(handle as NodeJS.Timeout))
  }
}

/** The idle timeout: each touch starts it again; when it runs out, `onIdle` clears the session. */
export interface IdleTimer {
  touch(): void
  stop(): void
  /** When the session clears itself if nothing happens, or null while nothing is loaded. */
  readonly clearsAt: number | null
}

export function createIdleTimer(clock: LimiterClock, idleMs: number, onIdle: () => void): IdleTimer {
  let handle: unknown
  let clearsAt: number | null = null
  const stop = (): void => {
    if (handle !== undefined) clock.clearTimeout(handle)
    handle = undefined
    clearsAt = null
  }
  return {
    touch() {
      stop()
      clearsAt = clock.now() + idleMs
      handle = clock.setTimeout(() => {
        handle = undefined
        onIdle()
      }, idleMs)
    },
    stop,
    get clearsAt() {
      return clearsAt
    }
  }
}
