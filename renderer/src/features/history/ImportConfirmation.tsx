import { useEffect, useState } from 'react'
import type { PendingImport } from '../../../../electron/shared/contract'
import { call, messageOf } from '../../lib/studio'
import { ErrorBanner } from '../../components/ErrorBanner'

/**
 * An earlier history file (or audit log) imported into the studio database waits here for the person to confirm
 * that everything is there; only then is the old file, kept as a backup, deleted.
 */
export function ImportConfirmation() {
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
    <div className="banner banner-warn import-confirmation" role="region" aria-label="Imported history">
      <ErrorBanner message={error} />
      <ul>
        {pending.map((p) => (
          <li key={p.what}>
            The earlier {p.what}: {p.imported.toLocaleString()} {p.what === 'history' ? 'jobs' : 'rows'}{' '}
            imported
            {p.setAside ? `, ${p.setAside.count} set aside in ${p.setAside.file}` : ''}. The old file is kept
            at <code>{p.backup}</code>.
          </li>
        ))}
      </ul>
      {pending.length > 0 && (
        <button type="button" onClick={() => void confirm()}>
          Everything is here: delete the old file
        </button>
      )}
    </div>
  )
}
