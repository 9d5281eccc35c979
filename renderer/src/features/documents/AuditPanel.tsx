import { useCallback, useEffect, useRef, useState } from 'react'
import type { AuditEntryView } from '../../../../electron/shared/contract'
import { call, messageOf, useStudioEvent } from '../../lib/studio'

const LIMIT = 200

/** The document audit log: recent lines (newest first), refreshed as the session changes, and Export. */
export function AuditPanel() {
  const [entries, setEntries] = useState<AuditEntryView[] | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [notice, setNotice] = useState<string | null>(null)
  const pending = useRef<number | undefined>(undefined)

  const load = useCallback(async () => {
    try {
      setEntries(await call('audit:list', { limit: LIMIT }))
      setError(null)
    } catch (e) {
      setError(messageOf(e))
    }
  }, [])

  useEffect(() => {
    void load()
    return () => {
      window.clearTimeout(pending.current)
      pending.current = undefined
    }
  }, [load])

  // Audit lines are written as requests finish: re-read at most twice a second while the session is busy.
  useStudioEvent('documents:changed', () => {
    if (pending.current !== undefined) return
    pending.current = window.setTimeout(() => {
      pending.current = undefined
      void load()
    }, 500)
  })

  const exportLog = async () => {
    setNotice(null)
    try {
      const saved = await call('audit:export')
      setNotice(saved.path === null ? 'Export cancelled.' : `Audit log exported to ${saved.path}`)
    } catch (e) {
      setError(messageOf(e))
    }
  }

  const verify = async () => {
    setNotice(null)
    setError(null)
    try {
      const result = await call('audit:verify')
      if (result.ok) setNotice(result.message)
      else setError(result.message)
    } catch (e) {
      setError(messageOf(e))
    }
  }

  return (
    <section className="panel doc-audit" aria-labelledby="doc-audit-title">
      <header className="row">
        <h2 id="doc-audit-title">Audit log</h2>
        <button type="button" onClick={() => void load()}>
          Refresh
        </button>
        <button type="button" onClick={() => void exportLog()}>
          Export…
        </button>
        <button type="button" onClick={() => void verify()}>
          Verify audit log
        </button>
      </header>
      <p className="muted">
        Every token, fetch, resize request, refresh and export is recorded with the time, user, environment
        and a token fingerprint (never the token).
      </p>
      {error !== null && (
        <div className="banner banner-error" role="alert">
          {error}
        </div>
      )}
      {notice !== null && (
        <div className="banner banner-ok" role="status">
          {notice}
        </div>
      )}
      {entries !== null && entries.length === 0 && <p className="muted">No entries yet.</p>}
      {entries !== null && entries.length > 0 && (
        <div className="doc-audit-scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">Time</th>
                <th scope="col">User</th>
                <th scope="col">Environment</th>
                <th scope="col">Action</th>
                <th scope="col">Side</th>
                <th scope="col">Token fingerprint</th>
                <th scope="col">Outcome</th>
                <th scope="col">Detail</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((entry, index) => (
                <tr key={`${entry.time}-${index}`}>
                  <td>{new Date(entry.time).toLocaleString()}</td>
                  <td>{entry.osUser}</td>
                  <td>{entry.environment}</td>
                  <td>{entry.action}</td>
                  <td>{entry.side ?? '—'}</td>
                  <td>
                    <code>{entry.tokenFingerprint ?? '—'}</code>
                  </td>
                  <td className={entry.outcome === 'ok' ? 'doc-ok' : 'doc-bad'}>{entry.outcome}</td>
                  <td>{entry.detail ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  )
}
