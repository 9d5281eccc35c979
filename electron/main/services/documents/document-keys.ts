import { createHmac, randomBytes, randomUUID } from 'node:crypto'
import type { RateLimiter } from './rate-limiter'

/**
 * Which document a token names, for the rate limit: the service counts its 2 requests a minute per document, and a
 * document keeps its identity when its token is refreshed. Each side of an identity document is its own document
 * (the demo counts them the same way).
 */
export interface DocumentKeys {
  /** The document behind a token; a token never seen before names a document of its own. */
  keyOf(token: string): string
  /** The document behind a token if one is known, without naming a new one or forgetting old ones (for display). */
  peek(token: string): string | null
  /** A refreshed token names the same document as the token it replaced. */
  linkRefresh(fresh: string, replaced: string): void
  /**
   * Tokens from an attributes answer: the same access token and side name the same document as last time (the
   * service hands out new tokens for the same images on each call), so getting the tokens again keeps the budget.
   */
  linkFromAccessToken(token: string, accessToken: string, side: string): void
  /** How many tokens and access tokens are remembered (for tests: entries go once they no longer matter). */
  size(): number
}

/**
 * Kept in main for the app's lifetime, across viewing sessions, so a new session (another environment, a changed
 * idle timeout) does not forget the last minute's requests, and a second person's tokens get their own budget.
 * Tokens are not kept: only an HMAC of each under a key made for this run, so nothing here can be matched to a
 * token outside this process. An entry is dropped once its document has not been named for a minute and has
 * nothing in the limiter's window, no block and no queue, which is also when the service would let a new request
 * through.
 */
export function createDocumentKeys(
  limiter: RateLimiter,
  options: { now?: () => number; windowMs?: number } = {}
): DocumentKeys {
  const now = options.now ?? Date.now
  const windowMs = options.windowMs ?? 60_000
  const secret = randomBytes(32)
  const entries = new Map<string, string>()
  // When each document was last named, so one that was named but not yet sent to is not forgotten at once.
  const named = new Map<string, number>()
  const hash = (kind: string, value: string) =>
    createHmac('sha256', secret).update(`${kind}\0${value}`).digest('hex')

  function forgetIdle(): void {
    const at = now()
    for (const [key, when] of named) {
      if (at - when < windowMs || !limiter.forgetIfIdle(key)) continue
      named.delete(key)
      for (const [entry, value] of entries) if (value === key) entries.delete(entry)
    }
  }

  function remember(entry: string, key: string): string {
    entries.set(entry, key)
    named.set(key, now())
    return key
  }

  function keyOf(token: string): string {
    forgetIdle()
    const id = hash('token', token)
    return remember(id, entries.get(id) ?? `document-${randomUUID()}`)
  }

  return {
    keyOf,
    peek: (token) => entries.get(hash('token', token)) ?? null,
    linkRefresh(fresh, replaced) {
      remember(hash('token', fresh), keyOf(replaced))
    },
    linkFromAccessToken(token, accessToken, side) {
      forgetIdle()
      const viaAccess = hash('access', `${side}\0${accessToken}`)
      const key = remember(viaAccess, entries.get(viaAccess) ?? keyOf(token))
      remember(hash('token', token), key)
    },
    size: () => entries.size
  }
}
