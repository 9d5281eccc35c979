import type { DocumentKeys } from './document-keys'
import type { RateLimiter, RateLimitStatus } from './rate-limiter'
import { type DocumentSide, DOCUMENT_SIDES } from './session-state'

const NO_LIMIT: RateLimitStatus = { inWindow: 0, nextSlotAt: null, queued: 0, blockedUntil: null }

/** Where each side of a viewing session stands in the rate limit, which is kept per document, not per session. */
export interface SideLimits {
  /** The side's document key, or null while it has no token. */
  keyOf(side: DocumentSide): string | null
  /** The side's place in its document's limit (nothing used while it has no token). */
  limitOf(side: DocumentSide): RateLimitStatus
  /** Stops telling the session of changes to its documents' limits. */
  unsubscribe(): void
}

/**
 * The key follows the side's token (and every token refreshed from it). Looking it up for display names no new
 * document and forgets none (keys.keyOf does, when a request goes). `onChange` hears of every change to the limit
 * of a document this session shows.
 */
export function createSideLimits(
  limiter: RateLimiter,
  keys: DocumentKeys,
  tokenOf: (side: DocumentSide) => string | null,
  onChange: () => void
): SideLimits {
  const keyOf = (side: DocumentSide): string | null => {
    const token = tokenOf(side)
    return token === null ? null : keys.peek(token)
  }
  const unsubscribe = limiter.subscribe((key) => {
    if (DOCUMENT_SIDES.some((side) => keyOf(side) === key)) onChange()
  })
  return {
    keyOf,
    limitOf(side) {
      const key = keyOf(side)
      return key === null ? NO_LIMIT : limiter.status(key)
    },
    unsubscribe
  }
}
