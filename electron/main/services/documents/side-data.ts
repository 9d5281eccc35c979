import type { AppError } from '../../../shared/errors'
import { type Size, formatSizeParam } from '../../../shared/document-size'
import type { DocumentImage } from './client'
import type { RateLimitStatus } from './rate-limiter'
import { type SideState, sideStatus } from './session-state'
import { fingerprint } from './tokens'

/** What a session holds for one side: its token, its image and the requests under way. Never leaves main. */
export interface SideData {
  token: string | null
  image: DocumentImage | null
  requestedSize: Size | null
  /** The original's size, once an original-size image has come for this document (a resized one keeps its shape). */
  originalSize: Size | null
  pending: number
  waiting: number
  error: AppError | null
  /** A refresh in flight, shared so that two stale answers lead to one refresh, not two. */
  refreshing: Promise<void> | null
  /** Requests waiting or under way, by what they ask for: an identical click joins the one already there. */
  requests: Map<string, Promise<DocumentImage>>
  /** Numbers the side's distinct requests in the order they were asked for. */
  asked: number
  /** The number of the request whose image is held: an answer to an earlier request never replaces it. */
  shown: number
}

/** A side with nothing in it. */
export function emptySide(): SideData {
  return {
    token: null,
    image: null,
    requestedSize: null,
    originalSize: null,
    pending: 0,
    waiting: 0,
    error: null,
    refreshing: null,
    requests: new Map(),
    asked: 0,
    shown: 0
  }
}

/** Zeroes an image's bytes, so no copy of an identity document lingers in memory. */
export function wipe(image: DocumentImage | null): void {
  image?.bytes.fill(0)
}

/** Names what a request asks for: two requests with the same name would fetch the same image. */
export function requestName(size: Size | undefined): string {
  return size === undefined ? 'original' : formatSizeParam(size)
}

/** A side as the window sees it: never bytes, never a token, only its fingerprint. */
export function describeSide(data: SideData, rateLimit: RateLimitStatus): SideState {
  const error = data.error?.toIpcError() ?? null
  return {
    status: sideStatus({ ...data, hasToken: data.token !== null, error }),
    format: data.image?.format ?? null,
    width: data.image?.width ?? null,
    height: data.image?.height ?? null,
    requestedSize: data.requestedSize,
    originalSize: data.originalSize,
    tokenFingerprint: data.token === null ? null : fingerprint(data.token),
    error,
    rateLimit
  }
}
