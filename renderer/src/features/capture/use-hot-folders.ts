import { useCallback, useEffect, useState } from 'react'
import type { HotFoldersView } from '../../../../electron/shared/contract'
import { call, messageOf, useStudioEvent } from '../../lib/studio'

/** The hot folders as main reports them: read once, then kept live by the capture:hot-folders event. */
export function useHotFolders() {
  const [view, setLatest] = useState<HotFoldersView | null>(null)
  const [error, setError] = useState<string | null>(null)
  // An answer and an event can cross: the newer revision wins.
  const setView = useCallback(
    (next: HotFoldersView) =>
      setLatest((current) => (current && current.revision > next.revision ? current : next)),
    []
  )
  useEffect(() => {
    let live = true
    call('capture:hot-folders').then(
      (v) => live && setView(v),
      (e) => live && setError(messageOf(e))
    )
    return () => {
      live = false
    }
  }, [setView])
  useStudioEvent('capture:hot-folders', setView)

  /** Runs a change and shows main's answer (or its error). */
  const change = useCallback(
    async (work: () => Promise<HotFoldersView>) => {
      setError(null)
      try {
        setView(await work())
      } catch (e) {
        setError(messageOf(e))
      }
    },
    [setView]
  )

  return { view, error, setError, change }
}
