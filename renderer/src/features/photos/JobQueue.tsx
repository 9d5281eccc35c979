import type { JobView } from '../../../../electron/shared/contract'
import { isSettled } from './job-labels'
import { JobRow } from './JobRow'
import './JobQueue.css'

/**
 * The counter queue: today's jobs and every job still in flight, newest first, several at once. Older jobs are in
 * History; "Clear finished" takes today's finished ones off the queue (History keeps them).
 */
export function JobQueue(props: {
  jobs: JobView[]
  selectedId: string | null
  onSelect: (id: string) => void
  onCancel: (id: string) => void
  onRetry: (id: string) => void
  onRemake: (id: string) => void
  onClearFinished: () => void
}) {
  const finished = props.jobs.filter(isSettled).length
  return (
    <div className="job-queue">
      {props.jobs.length === 0 ? (
        <p className="muted">
          No photos in the queue. Drop a customer’s photo above; earlier ones are in History.
        </p>
      ) : (
        <>
          <div className="job-queue-bar">
            <span className="muted">
              {props.jobs.length} today{finished > 0 ? `, ${finished} finished` : ''}
            </span>
            <button type="button" disabled={finished === 0} onClick={props.onClearFinished}>
              Clear finished
            </button>
          </div>
          <ul className="job-list" aria-label="Photo queue">
            {props.jobs.map((job) => (
              <JobRow
                key={job.id}
                job={job}
                selected={job.id === props.selectedId}
                onSelect={() => props.onSelect(job.id)}
                onCancel={() => props.onCancel(job.id)}
                onRetry={() => props.onRetry(job.id)}
                onRemake={() => props.onRemake(job.id)}
              />
            ))}
          </ul>
        </>
      )}
    </div>
  )
}
