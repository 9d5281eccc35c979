import { useCallback, useEffect, useRef, useState } from 'react'
import type { AuditEntryView } from '../../../../electron/shared/contract'
import { call, messageOf, useStudioEvent } from '../../lib/studio'
import { useT } from '../../lib/i18n'

const LIMIT = 200

/** The document audit log: recent lines (newest first), refreshed as the session changes, and Export. */
export function AuditPanel() {
  const { t, dateTime } = useT()
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
      setNotice(
        saved.path === null
          ? t('documents.audit.exportCancelled')
          : t('documents.audit.exported', { path: saved.path })
      )
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
        <h2 id="doc-audit-title">{t('documents.audit.title')}</h2>
        <button type="button" onClick={() => void load()}>
          {t('documents.audit.refresh')}
        </button>
        <button type="button" onClick={() => void exportLog()}>
          {t('documents.audit.export')}
        </button>
        <button type="button" onClick={() => void verify()}>
          {t('documents.audit.verify')}
        </button>
      </header>
      <p className="muted">{t('documents.audit.intro')}</p>
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
      {entries !== null && entries.length === 0 && <p className="muted">{t('documents.audit.empty')}</p>}
      {entries !== null && entries.length > 0 && (
        <div className="doc-audit-scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('documents.audit.col.time')}</th>
                <th scope="col">{t('documents.audit.col.user')}</th>
                <th scope="col">{t('documents.audit.col.environment')}</th>
                <th scope="col">{t('documents.audit.col.action')}</th>
                <th scope="col">{t('documents.audit.col.side')}</th>
                <th scope="col">{t('documents.audit.col.fingerprint')}</th>
                <th scope="col">{t('documents.audit.col.outcome')}</th>
                <th scope="col">{t('documents.audit.col.detail')}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((entry, index) => (
                <tr key={`${entry.time}-${index}`}>
                  <td>{dateTime(new Date(entry.time), { dateStyle: 'short', timeStyle: 'medium' })}</td>
                  <td>{entry.osUser}</td>
                  <td>{t('documents.environment.name', { environment: entry.environment })}</td>
                  <td>
                    {t('documents.audit.action', {
                      action: entry.action.replace(/-(\w)/g, (_m, c: string) => c.toUpperCase()),
                      code: entry.action
                    })}
                  </td>
                  <td>{entry.side ? t('documents.side.name', { side: entry.side }) : '—'}</td>
                  <td>
                    <code>{entry.tokenFingerprint ?? '—'}</code>
                  </td>
                  <td className={entry.outcome === 'ok' ? 'doc-ok' : 'doc-bad'}>
                    {entry.outcome === 'ok' ? t('documents.audit.ok') : entry.outcome}
                  </td>
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
