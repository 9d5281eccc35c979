import { useEffect, useState } from 'react'
import type { JobView, SharedDbStatus } from '../../../../electron/shared/contract'
import { call, messageOf, useStudioEvent } from '../../lib/studio'
import { ErrorBanner } from '../../components/ErrorBanner'
import { jobTitle } from '../photos/job-labels'
import { ResultView } from '../photos/ResultView'
import { saveReport } from '../photos/ReportActions'
import { HistoryFilters } from './HistoryFilters'
import { HistoryTable } from './HistoryTable'
import { CounterChoice } from './CounterChoice'
import { ImportConfirmation } from './ImportConfirmation'
import { NO_FILTER, useHistory, type HistoryFilter } from './use-history'
import './history.css'
import { useT } from '../../lib/i18n'
import { confirmAttention } from '../photos/confirm-attention'

/**
 * Every job kept, newest first, a page at a time: search by customer or order number, filter by date, state and
 * spec; reopen, save again, remove. Purged photos are shown as such.
 */
export function HistoryScreen() {
  const { t } = useT()
  const [filter, setFilter] = useState<HistoryFilter>(NO_FILTER)
  // In a studio chain, every counter's jobs (from the shared database) or this counter's.
  const [chain, setChain] = useState<SharedDbStatus | null>(null)
  const [counters, setCounters] = useState<'all' | 'this'>('this')
  useEffect(() => {
    call('chain:status').then(
      (status) => {
        setChain(status)
        if (status.state !== 'off') setCounters('all')
      },
      () => undefined
    )
  }, [])
  useStudioEvent('chain:changed', setChain)
  const history = useHistory(filter, counters)
  const [selected, setSelected] = useState<JobView | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [notice, setNotice] = useState<string | null>(null)
  const shown = selected ? (history.jobs.find((j) => j.id === selected.id) ?? selected) : null

  const run = async (work: () => Promise<string | null>) => {
    setError(null)
    setNotice(null)
    try {
      setNotice(await work())
    } catch (e) {
      setError(messageOf(e))
    }
  }

  const saveAgain = (job: JobView) =>
    run(async () => {
      // A photo that needs attention asks first, as on the Photos screen.
      if ((await confirmAttention(job, 'save')) === null) return t('history.notSaved')
      const saved = await call('photos:save', { jobId: job.id, what: 'photo' })
      return saved.path === null ? null : t('history.savedTo', { path: saved.path })
    })

  const remove = (job: JobView) => {
    if (!window.confirm(t('history.confirmRemove', { title: jobTitle(job) }))) return
    void run(async () => {
      await call('photos:remove', { jobId: job.id })
      history.put(job.id, null)
      if (selected?.id === job.id) setSelected(null)
      return t('history.removed', { title: jobTitle(job) })
    })
  }

  const empty = history.jobs.length === 0 && !history.loading
  return (
    <div className="history-screen">
      <section aria-label={t('history.region')}>
        <h1>{t('history.title')}</h1>
        <ImportConfirmation />
        {chain && chain.state !== 'off' && (
          <CounterChoice value={counters} onChange={setCounters} status={chain} note={history.note} />
        )}
        <HistoryFilters value={filter} onChange={setFilter} />
        <ErrorBanner message={error ?? history.error} onDismiss={() => setError(null)} />
        {notice && (
          <p className="banner banner-ok" role="status">
            {notice}
          </p>
        )}
        {empty ? (
          <p className="muted">{filter === NO_FILTER ? t('history.empty') : t('history.noMatch')}</p>
        ) : (
          <HistoryTable
            jobs={history.jobs}
            more={history.more}
            loading={history.loading}
            selectedId={shown?.id ?? null}
            onLoadMore={history.loadMore}
            onReopen={setSelected}
            onSaveAgain={(job) => void saveAgain(job)}
            onSaveReport={(job) => void run(() => saveReport(job.id))}
            onRemove={remove}
          />
        )}
      </section>
      <aside aria-label={t('history.reopened')}>
        {shown ? (
          <ResultView
            key={shown.id}
            job={shown}
            onJob={(job) => {
              history.put(job.id, job)
              setSelected(job)
            }}
          />
        ) : (
          <p className="muted">{t('history.reopenHint')}</p>
        )}
      </aside>
    </div>
  )
}
