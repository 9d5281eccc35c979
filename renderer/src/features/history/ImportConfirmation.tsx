import { useEffect, useState } from 'react'
import type { PendingImport } from '../../../../electron/shared/contract'
import { call, messageOf } from '../../lib/studio'
import { ErrorBanner } from '../../components/ErrorBanner'
import { useT } from '../../lib/i18n'

/**
 * An earlier history file (or audit log) imported into the studio database waits here for the person to confirm
 * that everything is there; only then is the old file, kept as a backup, deleted.
 */
export function ImportConfirmation() {
  const { t, rich } = useT()
  const [pending, setPending] = useState<PendingImport[]>([])
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    let live = true
    call('history:imports').then(
      (list) => live && setPending(list),
      (e) => live && setError(messageOf(e))
    )
    return () => {
      live = false
    }
  }, [])

  const confirm = async () => {
    setError(null)
    try {
      setPending(await call('history:confirm-import'))
    } catch (e) {
      setError(messageOf(e))
    }
  }

  if (pending.length === 0 && error === null) return null
  return (
    <div
      className="banner banner-warn import-confirmation"
      role="region"
      aria-label={t('history.import.region')}
    >
      <ErrorBanner message={error} />
      <ul>
        {pending.map((p) => (
          <li key={p.what}>
            {rich('history.import.line', {
              what: p.what === 'history' ? 'history' : 'audit',
              count: p.imported,
              aside: p.setAside ? 'yes' : 'no',
              asideCount: p.setAside?.count ?? 0,
              file: p.setAside?.file ?? '',
              backup: p.backup,
              code: (chunks) => <code>{chunks}</code>
            })}
          </li>
        ))}
      </ul>
      {pending.length > 0 && (
        <button type="button" onClick={() => void confirm()}>
          {t('history.import.confirm')}
        </button>
      )}
    </div>
  )
}
