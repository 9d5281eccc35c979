import { useEffect } from 'react'
import type { Settings } from '../../../electron/shared/contract'

/**
 * Puts the Settings choice on the page: "light" or "dark" is kept whatever the system says; "system" follows
 * prefers-color-scheme (in Electron, main also sets nativeTheme.themeSource, so menus and dialogs follow too).
 */
export function useTheme(theme: Settings['appearance']['theme']): void {
  useEffect(() => {
    const root = document.documentElement
    if (theme === 'system') delete root.dataset['theme']
    else root.dataset['theme'] = theme
  }, [theme])
}
