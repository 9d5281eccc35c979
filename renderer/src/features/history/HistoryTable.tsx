import { useEffect, useRef } from 'react'
import { useVirtualizer } from '@tanstack/react-virtual'
import type { JobView } from '../../../../electron/shared/contract'
import { isSavable, jobTitle, orderLabel, stateLabel, statePill } from '../photos/job-labels'

const ROW_HEIGHT = 44
const WHEN = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' })

/**
 * The history as a virtual list (TanStack Virtual): only the rows in view are in the page, however many have
 * been loaded. Scrolling near the end asks for the next page.
 */
export function HistoryTable(props: {
  jobs: JobView[]
  more: boolean
  loading: boolean
  selectedId: string | null
  onLoadMore: () => void
  onReopen: (job: JobView) => void
  onSaveAgain: (job: JobView) => void
  /** Saves the photo check report (printing it is in the reopened result). */
  onSaveReport: (job: JobView) => void
  onRemove: (job: JobView) => void
}) {
  const { jobs, more, onLoadMore } = props
  const scroller = useRef<HTMLDivElement>(null)
  const virtualizer = useVirtualizer({
    count: jobs.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8
  })
  const items = virtualizer.getVirtualItems()
  const lastIndex = items.at(-1)?.index ?? -1

  useEffect(() => {
    if (more && !props.loading && lastIndex >= jobs.length - 10) onLoadMore()
  }, [more, props.loading, lastIndex, jobs.length, onLoadMore])

  return (
    <div
      className="history-table"
      role="table"
      aria-label="History"
      aria-rowcount={more ? -1 : jobs.length + 1}
    >
      <div
        ref={scroller}
        className="history-scroll"
        role="rowgroup"
        tabIndex={0}
        aria-label="History entries"
      >
        <div className="history-row history-head" role="row" aria-rowindex={1}>
          <span role="columnheader">When</span>
          <span role="columnheader">Order</span>
          <span role="columnheader">Customer</span>
          <span role="columnheader">Spec</span>
          <span role="columnheader">State</span>
          <span role="columnheader">Actions</span>
        </div>
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {items.map((item) => {
            const job = jobs[item.index]
            if (!job) return null
            const title = jobTitle(job)
            return (
              <div
                key={job.id}
                ref={virtualizer.measureElement}
                data-index={item.index}
                role="row"
                aria-rowindex={item.index + 2}
                className={job.id === props.selectedId ? 'history-row selected' : 'history-row'}
                style={{
                  position: 'absolute',
                  top: 0,
                  left: 0,
                  right: 0,
                  transform: `translateY(${item.start}px)`
                }}
              >
                <span role="cell">{WHEN.format(job.createdAt)}</span>
                <span role="cell">
                  {orderLabel(job) ?? <span className="muted">—</span>}
                  {job.counter && <span className="muted history-counter"> {job.counter}</span>}
                </span>
                <span role="cell">{job.customer ?? <span className="muted">—</span>}</span>
                <span role="cell" title={job.specCode}>
                  {job.specName ?? job.specCode}
                </span>
                <span role="cell">
                  <span className={statePill(job.state)}>{stateLabel(job.state)}</span>{' '}
                  {job.photosPurged && (
                    <span className="pill" title="The photos were deleted after the retention period.">
                      Photos deleted
                    </span>
                  )}
                  {job.savedTo && <span className="muted"> saved</span>}
                </span>
                <span role="cell" className="history-actions">
                  <button type="button" aria-label={`Reopen ${title}`} onClick={() => props.onReopen(job)}>
                    Reopen
                  </button>
                  <button
                    type="button"
                    aria-label={`Save again: ${title}`}
                    disabled={!isSavable(job)}
                    onClick={() => props.onSaveAgain(job)}
                  >
                    Save again
                  </button>
                  <button
                    type="button"
                    aria-label={`Save report: ${title}`}
                    title="Save the photo check report (PDF)"
                    disabled={!isSavable(job)}
                    onClick={() => props.onSaveReport(job)}
                  >
                    Save report
                  </button>
                  <button
                    type="button"
                    className="danger"
                    aria-label={`Remove ${title}`}
                    onClick={() => props.onRemove(job)}
                  >
                    Remove
                  </button>
                </span>
              </div>
            )
          })}
        </div>
        {props.loading && <p className="muted history-loading">Loading…</p>}
      </div>
    </div>
  )
}
