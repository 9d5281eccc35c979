import type { RandomSource } from '../demo-random'
import { randomHex, randomUuid } from '../demo-random'

/** A document token stops working this long after it was issued, unless configured otherwise. */
export const DEFAULT_DOCUMENT_TOKEN_TTL_MS = 15 * 60_000

interface TokenEntry {
  documentId: string
  issuedAt: number
  /** Set when a test expires every issued token through the control API. */
  forcedStale: boolean
}

/** Issued document tokens and what they point at. */
export interface DocumentTokens {
  /** A new uuid-like token for the document (attributes endpoint). */
  issue(documentId: string, now: number): string
  /** The document behind a live token, or undefined (unknown, superseded or stale). */
  resolve(token: string, now: number): string | undefined
  /**
   * Swaps a token for a new one for the same document; the old one stops working. A stale token can be
   * refreshed (that is what refresh is for: a repeat transaction without a new session); a superseded one cannot.
   */
  refresh(token: string, now: number): string | undefined
  /** Makes every token issued so far stale, so tests can exercise the 404 path over HTTP. */
  expireAll(): void
  setTtlMs(ttlMs: number): void
  reset(): void
}

/** Creates an empty token table. */
export function createDocumentTokens(
  random: RandomSource,
  ttlMs: number = DEFAULT_DOCUMENT_TOKEN_TTL_MS
): DocumentTokens {
  const tokens = new Map<string, TokenEntry>()
  let ttl = ttlMs
  return {
    issue(documentId, now) {
      const token = randomUuid(random)
      tokens.set(token, { documentId, issuedAt: now, forcedStale: false })
      return token
    },
    resolve(token, now) {
      const entry = tokens.get(token)
      if (entry === undefined || entry.forcedStale || now - entry.issuedAt >= ttl) return undefined
      return entry.documentId
    },
    refresh(token, now) {
      const entry = tokens.get(token)
      if (entry === undefined) return undefined
      tokens.delete(token)
      // The refresh example in the docs is 32 hex characters without dashes.
      const fresh = randomHex(random, 32)
      tokens.set(fresh, { documentId: entry.documentId, issuedAt: now, forcedStale: false })
      return fresh
    },
    expireAll() {
      for (const entry of tokens.values()) entry.forcedStale = true
    },
    setTtlMs(value) {
      ttl = value
    },
    reset() {
      tokens.clear()
      ttl = ttlMs
    }
  }
}
