/** What the demo records per document, so tests can prove a client kept to the limit. */
export interface DocumentStats {
  /** When every document request for this document arrived (ms), accepted and rejected alike. */
  requestTimes: number[]
  accepted: number
  rejected429: number
}

/** The documented limit: 2 document requests per minute per document. */
export const DOCUMENT_RATE_LIMIT = { requests: 2, windowMs: 60_000 } as const

/** A sliding-window limiter keyed by the underlying document, so refreshed tokens share one budget. */
export interface DocumentRateLimiter {
  /** Records a request; returns undefined when allowed, or the whole seconds until a slot frees. */
  check(documentId: string, now: number): number | undefined
  stats(): Record<string, DocumentStats>
  reset(): void
}

/** Creates a limiter with no history. */
export function createDocumentRateLimiter(): DocumentRateLimiter {
  const accepted = new Map<string, number[]>()
  const stats = new Map<string, DocumentStats>()
  return {
    check(documentId, now) {
      const entry = stats.get(documentId) ?? { requestTimes: [], accepted: 0, rejected429: 0 }
      stats.set(documentId, entry)
      entry.requestTimes.push(now)
      // Only accepted requests hold a slot: a client that is told to wait is not punished further.
      const recent = (accepted.get(documentId) ?? []).filter((t) => now - t < DOCUMENT_RATE_LIMIT.windowMs)
      if (recent.length >= DOCUMENT_RATE_LIMIT.requests) {
        accepted.set(documentId, recent)
        entry.rejected429++
        const oldest = recent[0] ?? now
        return Math.max(1, Math.ceil((oldest + DOCUMENT_RATE_LIMIT.windowMs - now) / 1000))
      }
      recent.push(now)
      accepted.set(documentId, recent)
      entry.accepted++
      return undefined
    },
    stats: () =>
      Object.fromEntries(
        [...stats].map(([id, s]) => [
          id,
          { requestTimes: [...s.requestTimes], accepted: s.accepted, rejected429: s.rejected429 }
        ])
      ),
    reset() {
      accepted.clear()
      stats.clear()
    }
  }
}
