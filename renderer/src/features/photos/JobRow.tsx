import type { JobView } from '../../../../electron/shared/contract'
import {
  canRetry,
  holdReason,
  jobTitle,
  orderLabel,
  remakeLabel,
  remakeQuestion,
  retryHint,
  stateLabel,
  statePill
} from './job-labels'
import { useT } from '../../lib/i18n'

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
  const { t, dateTime } = useT()
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
      aria-label={t('photos.row.label', { title, state: stateLabel(job.state) })}
      aria-selected={props.selected}
      data-state={job.state}
    >
      <div role="gridcell" className="job-cell-main">
        <button type="button" className="job-open" aria-pressed={props.selected} onClick={props.onSelect}>
          <span className="job-title">
            {order && <span className="job-order">{order}</span>}
            {title}
          </span>
          <span className="muted job-time">{dateTime(job.createdAt, { timeStyle: 'medium' })}</span>
        </button>
      </div>
      <div role="gridcell" className="job-cell-state">
        <span className={statePill(job.state)}>{stateLabel(job.state)}</span>
        <progress max={1} value={job.progress} aria-label={t('photos.row.progress', { title })} />
      </div>
      <div role="gridcell" className="job-cell-actions">
        {job.cancellable && !held && (
          <button type="button" onClick={props.onCancel}>
            {t('photos.row.cancel')}
          </button>
        )}
        {held && (
          <div className="job-actions job-hold">
            <p>
              {held} <span className="muted">{t('photos.row.openToDecide')}</span>
            </p>
            <button type="button" onClick={props.onCancel}>
              {t('photos.row.dontSend')}
            </button>
          </div>
        )}
        {job.state === 'failed' && (
          <p className="job-error" role="alert">
            {job.error?.message ?? t('photos.row.failed')}
          </p>
        )}
        {(canRetry(job) || job.remake) && (
          <div className="job-actions">
            {canRetry(job) && (
              <button type="button" className="primary" onClick={props.onRetry}>
                {t('photos.row.tryAgain')}
              </button>
            )}
            {hint && <span className="muted job-hint">{hint}</span>}
            {job.remake && (
              <button type="button" onClick={remake}>
                {remakeLabel()}
              </button>
            )}
          </div>
        )}
      </div>
    </div>
  )
}
