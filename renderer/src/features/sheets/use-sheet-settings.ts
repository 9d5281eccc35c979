import { useCallback, useEffect, useRef, useState } from 'react'
import { call, messageOf } from '../../lib/studio'
import { DEFAULT_SETTINGS, fromRemembered, toRemembered, type SheetSettings } from './sheet-options'

/** Edits are kept this long after the last keystroke, so typing a margin does not write the settings file each time. */
const REMEMBER_AFTER_MS = 300

/**
 * The sheet settings on screen. Choosing a paper (or another printer) brings back what was last used for it, or
 * the paper's defaults, from main; an edit is remembered for the paper (and its margin for the printer).
 */
export function useSheetSettings(printerName: string | null): {
  settings: SheetSettings
  /** Applies the form's new settings; a new paper loads what is remembered for it. */
  change: (next: SheetSettings) => void
  error: string | null
} {
  const [settings, setSettings] = useState<SheetSettings>(DEFAULT_SETTINGS)
  const [error, setError] = useState<string | null>(null)
  const paper = settings.paper
  // Edits made while remembered settings were on their way win over them.
  const edits = useRef(0)
  const pending = useRef<{ timer: ReturnType<typeof setTimeout>; save: () => void } | null>(null)
  const flush = useCallback(() => {
    if (!pending.current) return
    clearTimeout(pending.current.timer)
    pending.current.save()
  }, [])

  useEffect(() => {
    let live = true
    const editsAtStart = edits.current
    call('sheets:get-settings', { paper, ...(printerName ? { printerName } : {}) }).then(
      (view) => {
        if (!live || edits.current !== editsAtStart) return
        setSettings((current) =>
          current.paper === paper ? fromRemembered(paper, view.settings, current) : current
        )
      },
      (e) => live && setError(messageOf(e))
    )
    return () => {
      live = false
    }
  }, [paper, printerName])

  // Leaving the screen, or the window, keeps an edit made just before.
  useEffect(() => {
    window.addEventListener('pagehide', flush)
    return () => {
      window.removeEventListener('pagehide', flush)
      flush()
    }
  }, [flush])

  const change = useCallback(
    (next: SheetSettings) => {
      setSettings(next)
      if (next.paper !== paper) {
        // The last edit on the paper being left is kept before the next paper's settings come in.
        flush()
        return
      }
      edits.current += 1
      const remembered = toRemembered(next)
      if (pending.current) clearTimeout(pending.current.timer)
      if (remembered === null) return
      const save = () => {
        pending.current = null
        call('sheets:remember-settings', {
          paper: next.paper,
          ...(printerName ? { printerName } : {}),
          settings: remembered
        }).catch((e: unknown) => setError(messageOf(e)))
      }
      pending.current = { timer: setTimeout(save, REMEMBER_AFTER_MS), save }
    },
    [paper, printerName, flush]
  )

  return { settings, change, error }
}
