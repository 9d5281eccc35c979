import type { IpcError } from '../../../shared/errors'
import type { AuditEnvironment } from '../audit/audit-log'
import type { ImageFormat } from './image-info'
import type { RateLimitStatus } from './rate-limiter'
import type { Size } from '../../../shared/document-size'

/** The two sides of an identity document. */
export type DocumentSide = 'front' | 'back'

/** Both sides, in display order. */
export const DOCUMENT_SIDES: readonly DocumentSide[] = ['front', 'back']

/**
 * Where one side stands: no token yet; a token but no image; waiting for a rate-limit slot;
 * request in flight; image in memory; last request failed.
 */
export type SideStatus = 'no-token' | 'ready' | 'waiting' | 'loading' | 'loaded' | 'error'

/** One side as the UI sees it: never bytes, never a token, only its fingerprint. */
export interface SideState {
  status: SideStatus
  format: ImageFormat | null
  width: number | null
  height: number | null
  /** The size last asked of the service, or null for the original resolution. */
  requestedSize: Size | null
  /** The original's size once known for this document, so a resized image still predicts the next size. */
  originalSize: Size | null
  tokenFingerprint: string | null
  error: IpcError | null
  rateLimit: RateLimitStatus
}

/** A viewing session as the UI sees it. */
export interface SessionState {
  id: string
  environment: AuditEnvironment
  sides: Record<DocumentSide, SideState>
  /** When the idle timer will clear everything (epoch ms), or null when there is nothing to clear. */
  idleClearsAt: number | null
}

/** What the session holds for one side, as far as the UI description needs it. */
export interface SideFacts {
  hasToken: boolean
  image: { format: ImageFormat; width: number; height: number } | null
  requestedSize: Size | null
  waiting: number
  pending: number
  error: IpcError | null
}

/** The side's status, most urgent first: a queued or running request outranks an earlier error or image. */
export function sideStatus(facts: SideFacts): SideStatus {
  if (!facts.hasToken && facts.image === null) return 'no-token'
  if (facts.waiting > 0) return 'waiting'
  if (facts.pending > 0) return 'loading'
  if (facts.error !== null) return 'error'
  if (facts.image !== null) return 'loaded'
  return 'ready'
}
