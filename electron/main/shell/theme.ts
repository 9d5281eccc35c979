import { nativeTheme } from 'electron'
import type { Settings } from '../../shared/contract'

/** The window background before the page paints, per theme (styles.css --bg), so a dark window never flashes white. */
export function windowBackground(): string {
  return nativeTheme.shouldUseDarkColors ? '#181818' : '#f5f5f5'
}

/**
 * Light or dark follows the Settings choice: "system" lets the operating system decide (nativeTheme's own
 * default), "light" or "dark" keeps one. The page follows through prefers-color-scheme, and so do the native
 * menus and dialogs.
 */
export function followThemeSetting(settings: {
  get(): Settings
  onChange(listener: (settings: Settings) => void): () => void
}): void {
  const apply = (current: Settings) => {
    if (nativeTheme.themeSource !== current.appearance.theme)
      nativeTheme.themeSource = current.appearance.theme
  }
  apply(settings.get())
  settings.onChange(apply)
}
