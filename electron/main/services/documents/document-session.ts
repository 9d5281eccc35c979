import { randomUUID } from 'node:crypto'
import { AppError, isAppError } from '../../../shared/errors'
import type { AuditAction } from '../audit/audit-log'
import type { DocumentImage, DocumentTokens } from './client'
import type { DocumentSession, DocumentSessionOptions } from './document-session-types'
import { createDocumentKeys } from './document-keys'
import { createRateLimiter } from './rate-limiter'
import { createSideLimits } from './side-limits'
import { createIdleTimer, sessionClock } from './session-clock'
import { createSessionAudit } from './session-audit'
import { type DocumentSide, DOCUMENT_SIDES, type SessionState } from './session-state'
import { type Size, validateSize } from '../../../shared/document-size'
import { type SideData, describeSide, emptySide, requestName, wipe } from './side-data'
import { assertDocumentToken } from './tokens'
import {
  gotDetail,
  receivedDetail,
  refreshedDetail,
  refreshReason,
  sizeDetail,
  type RefreshReason
} from './audit-words'
import { t } from '../i18n/main-language'

export type { DocumentSession, DocumentSessionOptions } from './document-session-types'

const DEFAULT_IDLE_MS = 10 * 60_000

/** Creates a session with no tokens. Production vs sandbox is the caller's choice; it is recorded in the audit log. */
export function createDocumentSession(options: DocumentSessionOptions): DocumentSession {
  const id = options.id ?? randomUUID()
  const clock = sessionClock(options.clock)
  const limiter = options.limiter ?? createRateLimiter({ clock })
  const keys = options.keys ?? createDocumentKeys(limiter, { now: clock.now })
  const idleMs = options.idleMs ?? DEFAULT_IDLE_MS
  const sides: Record<DocumentSide, SideData> = { front: emptySide(), back: emptySide() }
  // Bumped by clear(): answers that arrive for an older generation are wiped, never stored.
  let generation = 0
  const idle = createIdleTimer(clock, idleMs, () => clear())
  let disposed = false

  const { record, recordFailure } = createSessionAudit(options.audit, options.environment)
  const { keyOf, limitOf, unsubscribe } = createSideLimits(limiter, keys, (side) => sides[side].token, emit)

  function state(): SessionState {
    return {
      id,
      environment: options.environment,
      sides: {
        front: describeSide(sides.front, limitOf('front')),
        back: describeSide(sides.back, limitOf('back'))
      },
      idleClearsAt: idle.clearsAt
    }
  }

  function emit(): void {
    if (!disposed) options.onChange?.(state())
  }

  const touch = (): void => idle.touch()

  function requireToken(side: DocumentSide): string {
    const token = sides[side].token
    if (token === null) {
      throw new AppError('INVALID_TOKEN', t('documentsApi.error.noSideToken', { side }))
    }
    return token
  }

  function ensureCurrent(started: number, image?: DocumentImage): void {
    if (generation !== started) {
      wipe(image ?? null)
      throw new AppError('CANCELLED', t('documentsApi.error.clearedWhileRunning'))
    }
  }

  /** One refresh at a time per side: swaps the token in memory and writes its audit line. */
  function refreshSide(side: DocumentSide, why: RefreshReason): Promise<void> {
    const data = sides[side]
    if (data.refreshing !== null) return data.refreshing
    data.refreshing = refreshOnce(side, why).finally(() => {
      data.refreshing = null
    })
    return data.refreshing
  }

  async function refreshOnce(side: DocumentSide, why: RefreshReason): Promise<void> {
    const reason = refreshReason(why)
    const started = generation
    const oldToken = requireToken(side)
    let fresh: string
    try {
      fresh = await options.client.refreshToken(oldToken)
    } catch (error) {
      await recordFailure('refresh', side, oldToken, error, reason)
      throw error
    }
    ensureCurrent(started)
    keys.linkRefresh(fresh, oldToken)
    sides[side].token = fresh
    await record('refresh', side, oldToken, 'ok', refreshedDetail(reason, fresh))
  }

  /** One document request through the limiter, with the token current at send time (noted in `sent`). */
  function scheduleFetch(
    side: DocumentSide,
    size: Size | undefined,
    sent: { token: string }
  ): Promise<DocumentImage> {
    const data = sides[side]
    const key = keys.keyOf(requireToken(side))
    data.waiting++
    emit()
    let started = false
    return limiter
      .schedule(key, () => {
        started = true
        data.waiting--
        data.pending++
        emit()
        sent.token = requireToken(side)
        return options.client.fetchDocument(sent.token, size)
      })
      .finally(() => {
        if (started) data.pending--
        else data.waiting--
      })
  }

  /**
   * Fetches a side, or joins an identical request already waiting or under way: extra clicks while the limit is
   * reached never turn into duplicate fetches that spend the next minute.
   */
  // async, so a refusal is a rejection; everything up to `requests.set` still runs at once, before any await.
  async function fetch(side: DocumentSide, size?: Size): Promise<DocumentImage> {
    requireToken(side)
    if (size !== undefined && !validateSize(size).ok) {
      throw new AppError('BAD_REQUEST', t('documentsApi.error.size'))
    }
    touch()
    const data = sides[side]
    const name = requestName(size)
    const joined = data.requests.get(name)
    if (joined !== undefined) return joined
    const request = fetchOnce(side, size, ++data.asked).finally(() => {
      if (data.requests.get(name) === request) data.requests.delete(name)
    })
    data.requests.set(name, request)
    return request
  }

  async function fetchOnce(
    side: DocumentSide,
    size: Size | undefined,
    ticket: number
  ): Promise<DocumentImage> {
    const sent = { token: requireToken(side) }
    const started = generation
    const data = sides[side]
    const action: AuditAction = size === undefined ? 'fetch' : 'resize-request'
    const asked = sizeDetail(size)

    const fail = async (error: unknown, audited = false): Promise<never> => {
      if (generation === started) {
        data.error = isAppError(error) ? error : new AppError('INTERNAL', t('documentsApi.error.internal'))
        emit()
      }
      if (!audited) await recordFailure(action, side, sent.token, error, asked)
      throw error
    }

    let image: DocumentImage
    try {
      image = await scheduleFetch(side, size, sent)
    } catch (error) {
      if (!isAppError(error) || error.code !== 'NOT_FOUND' || generation !== started) return fail(error)
      // A stale token: refresh once, then retry once; the retry waits for a slot like any request.
      await recordFailure(action, side, sent.token, error, asked)
      try {
        // Skipped when another request has already swapped the token that went stale.
        if (sides[side].token === sent.token) await refreshSide(side, 'stale')
      } catch (refreshError) {
        return fail(refreshError, true)
      }
      try {
        image = await scheduleFetch(side, size, sent)
      } catch (retryError) {
        return fail(retryError)
      }
    }
    // An answer to an earlier request that arrives after a later one was shown (a retry, a slow answer) is not
    // shown: it must not replace, say, a server-sized image asked for in between.
    const superseded = ticket < data.shown
    try {
      ensureCurrent(started, image)
      // No viewing without a trace: if the audit line cannot be written, the image is not kept or shown.
      await record(action, side, sent.token, 'ok', gotDetail(asked, image, superseded))
      ensureCurrent(started, image)
    } catch (error) {
      wipe(image)
      return fail(error, true)
    }
    if (ticket < data.shown && data.image !== null) {
      wipe(image)
      return data.image
    }
    if (data.image !== image) wipe(data.image)
    data.image = image
    data.shown = ticket
    data.requestedSize = size ?? null
    if (size === undefined) data.originalSize = { width: image.width, height: image.height }
    data.error = null
    emit()
    return image
  }

  function dropSide(side: DocumentSide): void {
    const key = keyOf(side)
    if (key !== null) limiter.cancelQueued(key)
    wipe(sides[side].image)
    sides[side] = emptySide()
  }

  function clear(): void {
    generation++
    for (const side of DOCUMENT_SIDES) dropSide(side)
    idle.stop()
    emit()
  }

  function setTokens(tokens: DocumentTokens): SessionState {
    const checked = {
      front: tokens.front === undefined ? null : assertDocumentToken(tokens.front),
      back: tokens.back === undefined ? null : assertDocumentToken(tokens.back)
    }
    generation++
    for (const side of DOCUMENT_SIDES) {
      dropSide(side)
      sides[side].token = checked[side]
    }
    touch()
    emit()
    return state()
  }

  return {
    id,
    async loadTokens(accessToken) {
      touch()
      let tokens: DocumentTokens
      try {
        tokens = await options.client.getDocumentTokens(accessToken)
      } catch (error) {
        await recordFailure('tokens', null, null, error)
        throw error
      }
      for (const side of DOCUMENT_SIDES) {
        const token = tokens[side]
        if (token !== undefined) keys.linkFromAccessToken(token, accessToken, side)
      }
      const next = setTokens(tokens)
      const received = DOCUMENT_SIDES.filter((side) => tokens[side] !== undefined)
      await record('tokens', null, null, 'ok', receivedDetail(received))
      return next
    },
    setTokens,
    fetch,
    async refresh(side) {
      touch()
      try {
        await refreshSide(side, 'request')
      } finally {
        emit()
      }
      return state()
    },
    image: (side) => sides[side].image,
    state,
    touch,
    clear,
    dispose() {
      clear()
      disposed = true
      unsubscribe()
    }
  }
}
