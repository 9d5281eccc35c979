import { type Size, formatSizeParam } from '../../../shared/document-size'
import { mainLocale, t } from '../i18n/main-language'
import { fingerprint } from './tokens'
import type { DocumentSide } from './session-state'

// The details of the document audit log's lines, worded in the language in use when each line is recorded, like
// every message main writes. The audit row's action, side and outcome stay codes.

/** Why a token is refreshed: a stale answer (404) or the person's Refresh. */
export type RefreshReason = 'stale' | 'request'

/** The reason of a refresh, in words. */
export function refreshReason(why: RefreshReason): string {
  return why === 'stale' ? t('documentsApi.audit.reason.stale') : t('documentsApi.audit.reason.request')
}

/** A refresh that worked: its reason and the new token's fingerprint (never the token). */
export function refreshedDetail(reason: string, fresh: string): string {
  return t('documentsApi.audit.refreshed', { reason, fingerprint: fingerprint(fresh) })
}

/** The size asked for: the original, or `size=WxH`. */
export function sizeDetail(size: Size | undefined): string {
  return size === undefined
    ? t('documentsApi.audit.originalSize')
    : t('documentsApi.audit.size', { size: formatSizeParam(size) })
}

/** What came back, and whether a later image was shown instead. */
export function gotDetail(
  request: string,
  image: { width: number; height: number; format: string },
  superseded: boolean
): string {
  const got = t('documentsApi.audit.got', {
    request,
    size: `${image.width}x${image.height}`,
    format: image.format
  })
  return superseded ? t('documentsApi.audit.superseded', { got }) : got
}

/** The sides whose tokens were received ("front and back", « recto et verso »). */
export function receivedDetail(sides: DocumentSide[]): string {
  const words = sides.map((side) => t('documentsApi.audit.side', { side }))
  const list = new Intl.ListFormat(mainLocale().tag, { type: 'conjunction' }).format(words)
  return t('documentsApi.audit.received', { sides: list })
}
