import { useEffect, useState } from 'react'
import type { StoreNotice } from '../../../../electron/shared/contract'
import { call, messageOf, useStudioEvent } from '../../lib/studio'

/** What main says about the stored history: an import waiting for confirmation, records set aside, a failed write. */
export function useStoreNotices(): {
  notices: StoreNotice[]
  error: string | null
  confirmImport: () => Promise<void>
  dismiss: (id: string) => Promise<void>
} {
  const [notices, setNotices] = useState<StoreNotice[]>([])
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    let live = true
    call('history:notices').then(
      (list) => live && setNotices(list),
      (e) => live && setError(messageOf(e))
    )
    return () => {
      live = false
    }
  }, [])
  useStudioEvent('history:notices', setNotices)

  const run = async (work: () => Promise<StoreNotice[]>) => {
    setError(null)
    try {
      setNotices(await work())
    } catch (e) {
      setError(messageOf(e))
    }
  }
  return {
    notices,
    error,
    confirmImport: () => run(() => call('history:confirm-import')),
    dismiss: (id) => run(() => call('history:dismiss-notice', { id }))
  }
}
