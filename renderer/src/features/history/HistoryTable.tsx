import { useEffect, useRef } from 'react'
import { useVirtualizer } from '@tanstack/react-virtual'
import type { JobView } from '../../../../electron/shared/contract'
import { isSavable, jobTitle, orderLabel, stateLabel, statePill } from '../photos/job-labels'
import { useT } from '../../lib/i18n'

const ROW_HEIGHT = 44
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
  const { t, dateTime } = useT()
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
      aria-label={t('history.table.label')}
      aria-rowcount={more ? -1 : jobs.length + 1}
    >
      <div
        ref={scroller}
        className="history-scroll"
        role="rowgroup"
        tabIndex={0}
        aria-label={t('history.table.entries')}
      >
        <div className="history-row history-head" role="row" aria-rowindex={1}>
          <span role="columnheader">{t('history.col.when')}</span>
          <span role="columnheader">{t('history.col.order')}</span>
          <span role="columnheader">{t('history.col.customer')}</span>
          <span role="columnheader">{t('history.col.spec')}</span>
          <span role="columnheader">{t('history.col.state')}</span>
          <span role="columnheader">{t('history.col.actions')}</span>
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
                <span role="cell">
                  {dateTime(job.createdAt, { dateStyle: 'medium', timeStyle: 'short' })}
                </span>
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
                    <span className="pill" title={t('history.purged.title')}>
                      {t('history.purged')}
                    </span>
                  )}
                  {job.savedTo && <span className="muted"> {t('history.saved')}</span>}
                </span>
                <span role="cell" className="history-actions">
                  <button
                    type="button"
                    aria-label={t('history.reopen.label', { title })}
                    onClick={() => props.onReopen(job)}
                  >
                    {t('history.reopen')}
                  </button>
                  <button
                    type="button"
                    aria-label={t('history.saveAgain.label', { title })}
                    disabled={!isSavable(job)}
                    onClick={() => props.onSaveAgain(job)}
                  >
                    {t('history.saveAgain')}
                  </button>
                  <button
                    type="button"
                    aria-label={t('history.saveReport.label', { title })}
                    title={t('history.saveReport.title')}
                    disabled={!isSavable(job)}
                    onClick={() => props.onSaveReport(job)}
                  >
                    {t('history.saveReport')}
                  </button>
                  <button
                    type="button"
                    className="danger"
                    aria-label={t('history.remove.label', { title })}
                    onClick={() => props.onRemove(job)}
                  >
                    {t('history.remove')}
                  </button>
                </span>
              </div>
            )
          })}
        </div>
        {props.loading && <p className="muted history-loading">{t('history.loading')}</p>}
      </div>
    </div>
  )
}
