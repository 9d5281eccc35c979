import type { JobView } from '../../../../electron/shared/contract'
import { canRetry, jobTitle, stateLabel, statePill } from './job-labels'

/** One job in the queue: who, which spec, its state and progress, and what can be done with it. */
export function JobRow(props: {
  job: JobView
  selected: boolean
  onSelect: () => void
  onCancel: () => void
  onRetry: () => void
}) {
  const { job } = props
  const title = jobTitle(job)
  return (
    <li
      className={props.selected ? 'job-row selected' : 'job-row'}
      aria-label={`${title}: ${stateLabel(job.state)}`}
      data-state={job.state}
    >
      <button type="button" className="job-open" aria-pressed={props.selected} onClick={props.onSelect}>
        <span className="job-title">{title}</span>
        <span className="muted job-time">{new Date(job.createdAt).toLocaleTimeString()}</span>
      </button>
      <span className={statePill(job.state)}>{stateLabel(job.state)}</span>
      <progress max={1} value={job.progress} aria-label={`Progress for ${title}`} />
      {job.cancellable && (
        <button type="button" onClick={props.onCancel}>
          Cancel
        </button>
      )}
      {job.state === 'failed' && (
        <p className="job-error" role="alert">
          {job.error?.message ?? 'This photo could not be made.'}
        </p>
      )}
      {canRetry(job) && (
        <button type="button" className="primary" onClick={props.onRetry}>
          Try again
        </button>
      )}
    </li>
  )
}
