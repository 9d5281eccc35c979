import type { JobView } from '../../../../electron/shared/contract'
import {
  canRetry,
  holdReason,
  jobTitle,
  orderLabel,
  REMAKE_LABEL,
  remakeQuestion,
  retryHint,
  stateLabel,
  statePill
} from './job-labels'

/**
 * One job in the queue, a row of the queue's grid (JobQueue): who, which spec, its state and progress, and what can
 * be done with it, in three cells. One job in the queue: who, which spec, its state and progress, and what can be done with it. "Try again" and
 * "Make a new photo" are offered only as main's job rules allow; the second asks first, since it uses quota.
 */
export function JobRow(props: {
  job: JobView
  selected: boolean
  onSelect: () => void
  onCancel: () => void
  onRetry: () => void
  onRemake: () => void
}) {
  const { job } = props
  const title = jobTitle(job)
  const order = orderLabel(job)
  const hint = retryHint(job)
  const held = holdReason(job)
  const remake = () => {
    if (window.confirm(remakeQuestion(job))) props.onRemake()
  }
  return (
    <div
      role="row"
      className={props.selected ? 'job-row selected' : 'job-row'}
      aria-label={`${title}: ${stateLabel(job.state)}`}
      aria-selected={props.selected}
      data-state={job.state}
    >
      <div role="gridcell" className="job-cell-main">
        <button type="button" className="job-open" aria-pressed={props.selected} onClick={props.onSelect}>
          <span className="job-title">
            {order && <span className="job-order">{order}</span>}
            {title}
          </span>
          <span className="muted job-time">{new Date(job.createdAt).toLocaleTimeString()}</span>
        </button>
      </div>
      <div role="gridcell" className="job-cell-state">
        <span className={statePill(job.state)}>{stateLabel(job.state)}</span>
        <progress max={1} value={job.progress} aria-label={`Progress for ${title}`} />
      </div>
      <div role="gridcell" className="job-cell-actions">
        {job.cancellable && !held && (
          <button type="button" onClick={props.onCancel}>
            Cancel
          </button>
        )}
        {held && (
          <div className="job-actions job-hold">
            <p>
              {held} <span className="muted">Open it to decide; nothing was sent.</span>
            </p>
            <button type="button" onClick={props.onCancel}>
              Don’t send
            </button>
          </div>
        )}
        {job.state === 'failed' && (
          <p className="job-error" role="alert">
            {job.error?.message ?? 'This photo could not be made.'}
          </p>
        )}
        {(canRetry(job) || job.remake) && (
          <div className="job-actions">
            {canRetry(job) && (
              <button type="button" className="primary" onClick={props.onRetry}>
                Try again
              </button>
            )}
            {hint && <span className="muted job-hint">{hint}</span>}
            {job.remake && (
              <button type="button" onClick={remake}>
                {REMAKE_LABEL}
              </button>
            )}
          </div>
        )}
      </div>
    </div>
  )
}
