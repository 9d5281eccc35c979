import type { DocumentSideView, Side } from '../../../../electron/shared/contract'
import { formatCountdown, secondsUntil } from './format-time'

/** The side's share of the 2-a-minute limit: requests in the window, a live countdown, and the queue. */
export function RateLimitStatus(props: { side: Side; limit: DocumentSideView['rateLimit']; now: number }) {
  const { limit, now } = props
  const wait = Math.max(limit.nextSlotAt ?? 0, limit.blockedUntil ?? 0)
  const seconds = wait > 0 ? secondsUntil(wait, now) : 0
  return (
    <p className="doc-limit" data-testid={`${props.side}-rate-limit`}>
      <span data-testid={`${props.side}-in-window`}>Requests in the last minute: {limit.inWindow}/2</span>
      {' · '}
      {seconds > 0 ? (
        <span data-testid={`${props.side}-countdown`} className="doc-countdown">
          {limit.blockedUntil !== null ? 'ID.me asked us to wait: ' : 'Next request possible in '}
          <time>{formatCountdown(seconds)}</time>
        </span>
      ) : (
        <span>A request can go now</span>
      )}
      {' · '}
      <span data-testid={`${props.side}-queued`}>{limit.queued} queued</span>
    </p>
  )
}
