import type { DocumentSideView, Side } from '../../../../electron/shared/contract'
import { formatCountdown, secondsUntil } from './format-time'
import { useT } from '../../lib/i18n'

/** The side's share of the 2-a-minute limit: requests in the window, a live countdown, and the queue. */
export function RateLimitStatus(props: { side: Side; limit: DocumentSideView['rateLimit']; now: number }) {
  const { t } = useT()
  const { limit, now } = props
  const wait = Math.max(limit.nextSlotAt ?? 0, limit.blockedUntil ?? 0)
  const seconds = wait > 0 ? secondsUntil(wait, now) : 0
  return (
    <p className="doc-limit" data-testid={`${props.side}-rate-limit`}>
      <span data-testid={`${props.side}-in-window`}>
        {t('documents.limit.inWindow', { count: limit.inWindow, max: 2 })}
      </span>
      {' · '}
      {seconds > 0 ? (
        <span data-testid={`${props.side}-countdown`} className="doc-countdown">
          {limit.blockedUntil !== null ? t('documents.limit.askedToWait') : t('documents.limit.nextIn')}{' '}
          <time>{formatCountdown(seconds)}</time>
        </span>
      ) : (
        <span>{t('documents.limit.canGo')}</span>
      )}
      {' · '}
      <span data-testid={`${props.side}-queued`}>{t('documents.limit.queued', { count: limit.queued })}</span>
    </p>
  )
}
