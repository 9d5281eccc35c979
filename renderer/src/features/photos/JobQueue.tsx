import { useEffect, useRef, useState } from 'react'
import type { JobView } from '../../../../electron/shared/contract'
import { holdReason, isSettled, jobTitle } from './job-labels'
import { JobRow } from './JobRow'
import { useGridRoving } from '../../lib/grid-roving'
import './JobQueue.css'
import { useT } from '../../lib/i18n'

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
  const { t } = useT()
  const finished = props.jobs.filter(isSettled).length
  const held = useHeldAnnouncement(props.jobs)
  const keys = useGridRoving<HTMLDivElement>()
  return (
    <div className="job-queue">
      {/* Screen readers hear of a photo held for a decision as it happens; the row and the result view show it. */}
      <p className="visually-hidden" role="status">
        {held}
      </p>
      {props.jobs.length === 0 ? (
        <p className="muted">{t('photos.queue.empty')}</p>
      ) : (
        <>
          <div className="job-queue-bar">
            <span className="muted">{t('photos.queue.count', { count: props.jobs.length, finished })}</span>
            <button type="button" disabled={finished === 0} onClick={props.onClearFinished}>
              {t('photos.queue.clear')}
            </button>
          </div>
          {/* WAI-ARIA grid: one Tab stop; arrows, Home and End move between rows and along a row; Enter opens. */}
          <div
            className="job-list"
            role="grid"
            aria-label={t('photos.queue.label')}
            aria-describedby="queue-keys"
            ref={keys.ref}
            onKeyDown={keys.onKeyDown}
            onFocus={keys.onFocus}
          >
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
          </div>
          <p id="queue-keys" className="visually-hidden">
            {t('photos.queue.keys')}
          </p>
        </>
      )}
    </div>
  )
}

/** The words announced when a job is newly held for the operator's decision. */
function useHeldAnnouncement(jobs: JobView[]): string {
  const { t } = useT()
  const [message, setMessage] = useState('')
  const announced = useRef(new Set<string>())
  useEffect(() => {
    for (const job of jobs) {
      if (job.state !== 'held') {
        announced.current.delete(job.id)
        continue
      }
      if (announced.current.has(job.id)) continue
      announced.current.add(job.id)
      setMessage(t('photos.queue.held', { title: jobTitle(job), reason: holdReason(job) ?? '' }))
    }
  }, [jobs, t])
  return message
}
