import { useEffect, useRef } from 'react'
import { shortcutFor } from '../../../electron/shared/shortcuts'
import { dispatchCommand } from './commands'
import type { ScreenId } from './screens'

/**
 * The window's own key handling for the shortcut table, so shortcuts work in every build (the browser build has
 * no native menu). The key is consumed here, so in Electron the menu's accelerator does not fire a second time.
 * Viewer keys act on the Documents screen only; elsewhere they are left alone.
 */
export function useShortcutKeys(options: { isMac: boolean; screen: ScreenId }): void {
  const latest = useRef(options)
  latest.current = options
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return
      const shortcut = shortcutFor(event, latest.current.isMac)
      if (shortcut === undefined) return
      if (shortcut.kind === 'viewer' && latest.current.screen !== 'documents') return
      // A modal dialog (the shortcuts panel, a confirmation) keeps the keys to itself.
      if (document.querySelector('dialog[open]') !== null && shortcut.kind !== 'help') return
      event.preventDefault()
      // Holding a key down must not save or print twice.
      if (event.repeat && shortcut.kind === 'press') return
      dispatchCommand(shortcut.command)
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [])
}
