import type { AuditEnvironment, AuditLog } from '../audit/audit-log'
import type { DocumentImage, DocumentPassbackClient, DocumentTokens } from './client'
import type { DocumentKeys } from './document-keys'
import type { LimiterClock, RateLimiter } from './rate-limiter'
import type { DocumentSide, SessionState } from './session-state'
import type { Size } from '../../../shared/document-size'

/** Options for createDocumentSession. */
export interface DocumentSessionOptions {
  client: DocumentPassbackClient
  environment: AuditEnvironment
  audit: AuditLog
  /** Shared across sessions so that a document's budget survives a new session; one is made if absent. */
  limiter?: RateLimiter
  /**
   * Which document each token names, shared across sessions with the limiter so that a document's budget survives
   * a new session; one is made (for this session's limiter) if absent.
   */
  keys?: DocumentKeys
  /** The session's id, told to the window so it can ignore events of an older session; random if absent. */
  id?: string
  clock?: Partial<LimiterClock>
  /** Everything is cleared after this long without activity; 10 minutes by default. */
  idleMs?: number
  /** Receives the state after every change; it never contains bytes or tokens. */
  onChange?: (state: SessionState) => void
}

/** The in-memory state of one viewing session: tokens and images live here and nowhere else. */
export interface DocumentSession {
  readonly id: string
  /** Gets the document tokens with an access token (attributes endpoint) and replaces any held. */
  loadTokens(accessToken: string): Promise<SessionState>
  /** Holds tokens obtained elsewhere, replacing any held (and wiping their images). */
  setTokens(tokens: DocumentTokens): SessionState
  /**
   * Fetches one side through the rate limiter. A 404 (stale token) triggers one refresh and one retry.
   * The returned bytes belong to the session: they are zeroed on the next fetch of that side or on clear().
   */
  fetch(side: DocumentSide, size?: Size): Promise<DocumentImage>
  /** Swaps the side's token for a fresh one (refresh endpoint). */
  refresh(side: DocumentSide): Promise<SessionState>
  /** The image held for a side, if any. */
  image(side: DocumentSide): DocumentImage | null
  state(): SessionState
  /** Counts as activity for the idle timer (e.g. the person zoomed or scrolled). */
  touch(): void
  /** Zeroes every image buffer, drops tokens and cancels queued requests. The session can be reused. */
  clear(): void
  /** Clears and stops emitting. */
  dispose(): void
}
