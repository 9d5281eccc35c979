import type { JobView } from '../../../../electron/shared/contract'
import { JobRow } from './JobRow'

/** The counter queue: every job of the session, newest first, several in flight at once. */
export function JobQueue(props: {
  jobs: JobView[]
  selectedId: string | null
  onSelect: (id: string) => void
  onCancel: (id: string) => void
  onRetry: (id: string) => void
}) {
  if (props.jobs.length === 0) return <p className="muted">No photos yet. Drop a customer’s photo above.</p>
  return (
    <ul className="job-list" aria-label="Photo queue">
      {props.jobs.map((job) => (
        <JobRow
          key={job.id}
          job={job}
          selected={job.id === props.selectedId}
          onSelect={() => props.onSelect(job.id)}
          onCancel={() => props.onCancel(job.id)}
          onRetry={() => props.onRetry(job.id)}
        />
      ))}
    </ul>
  )
}
