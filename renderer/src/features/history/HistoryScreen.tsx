import { useState } from 'react'
import type { JobView } from '../../../../electron/shared/contract'
import { call, messageOf } from '../../lib/studio'
import { ErrorBanner } from '../../components/ErrorBanner'
import { isSavable, jobTitle, stateLabel, statePill } from '../photos/job-labels'
import { ResultView } from '../photos/ResultView'
import { useJobs } from '../photos/use-jobs'
import './history.css'

/** Every job kept, newest first: reopen, save again, remove. Purged photos are shown as such. */
export function HistoryScreen() {
  const { jobs, error: jobsError, put } = useJobs()
  const [selectedId, setSelectedId] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [notice, setNotice] = useState<string | null>(null)
  const selected = jobs.find((j) => j.id === selectedId) ?? null

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
      const saved = await call('photos:save', { jobId: job.id, what: 'photo' })
      return saved.path === null ? null : `Saved to ${saved.path}`
    })

  const remove = (job: JobView) => {
    if (!window.confirm(`Remove “${jobTitle(job)}” and its stored photos from the history?`)) return
    void run(async () => {
      await call('photos:remove', { jobId: job.id })
      put(job.id, null)
      if (selectedId === job.id) setSelectedId(null)
      return `Removed ${jobTitle(job)}.`
    })
  }

  return (
    <div className="history-screen">
      <section aria-label="History">
        <h1>History</h1>
        <ErrorBanner message={error ?? jobsError} onDismiss={() => setError(null)} />
        {notice && (
          <p className="banner banner-ok" role="status">
            {notice}
          </p>
        )}
        {jobs.length === 0 ? (
          <p className="muted">No photos yet.</p>
        ) : (
          <table className="history-table">
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Customer</th>
                <th scope="col">Spec</th>
                <th scope="col">State</th>
                <th scope="col">Actions</th>
              </tr>
            </thead>
            <tbody>
              {jobs.map((job) => (
                <tr key={job.id} className={job.id === selectedId ? 'selected' : undefined}>
                  <td>{new Date(job.createdAt).toLocaleString()}</td>
                  <td>{job.customer ?? <span className="muted">—</span>}</td>
                  <td>
                    {job.specName ?? job.specCode} <code className="muted">{job.specCode}</code>
                  </td>
                  <td>
                    <span className={statePill(job.state)}>{stateLabel(job.state)}</span>{' '}
                    {job.photosPurged && <span className="pill">Photos deleted (retention)</span>}
                    {job.savedTo && <span className="muted"> saved</span>}
                  </td>
                  <td className="history-actions">
                    <button
                      type="button"
                      aria-label={`Reopen ${jobTitle(job)}`}
                      onClick={() => setSelectedId(job.id)}
                    >
                      Reopen
                    </button>
                    <button
                      type="button"
                      aria-label={`Save again: ${jobTitle(job)}`}
                      disabled={!isSavable(job)}
                      onClick={() => void saveAgain(job)}
                    >
                      Save again
                    </button>
                    <button
                      type="button"
                      className="danger"
                      aria-label={`Remove ${jobTitle(job)}`}
                      onClick={() => remove(job)}
                    >
                      Remove
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <aside aria-label="Reopened job">
        {selected ? (
          <ResultView key={selected.id} job={selected} onJob={(job) => put(job.id, job)} />
        ) : (
          <p className="muted">Reopen a job to see its photo, issues and sheets.</p>
        )}
      </aside>
    </div>
  )
}
