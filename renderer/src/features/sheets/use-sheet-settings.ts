import { useCallback, useEffect, useRef, useState } from 'react'
import { call, messageOf } from '../../lib/studio'
import { defaultSettings, fromRemembered, toRemembered, type SheetSettings } from './sheet-options'
import type { LengthUnit } from '../../../../electron/shared/i18n/locale'

/** Edits are kept this long after the last keystroke, so typing a margin does not write the settings file each time. */
const REMEMBER_AFTER_MS = 300

/**
 * The sheet settings on screen. Choosing a paper (or another printer) brings back what was last used for it, or
 * the paper's defaults, from main; an edit is remembered for the paper (and its margin for the printer). A custom
 * paper starts in the locale's unit.
 */
export function useSheetSettings(
  printerName: string | null,
  locale: { unit: LengthUnit; tag: string }
): {
  settings: SheetSettings
  /** Applies the form's new settings; a new paper loads what is remembered for it. */
  change: (next: SheetSettings) => void
  error: string | null
} {
  const [settings, setSettings] = useState<SheetSettings>(() => defaultSettings(locale.unit))
  const [error, setError] = useState<string | null>(null)
  const paper = settings.paper
  const { tag } = locale
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
          current.paper === paper ? fromRemembered(paper, view.settings, current, tag) : current
        )
      },
      (e) => live && setError(messageOf(e))
    )
    return () => {
      live = false
    }
  }, [paper, printerName, tag])

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
