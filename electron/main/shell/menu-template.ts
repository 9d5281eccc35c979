import type { MenuItemConstructorOptions } from 'electron'
import type { MenuCommand } from '../../shared/contract'
import { SHORTCUTS, type Shortcut } from '../../shared/shortcuts'

/**
 * The native menu as a template: standard roles, and the app's commands from the one shortcut table the window
 * uses too (electron/shared/shortcuts.ts). The window handles these keys itself first, so a shortcut works the
 * same in every build; the menu shows them, and a click on an item sends the same command.
 */
export function appMenuTemplate(
  send: (command: MenuCommand) => void,
  isMac: boolean
): MenuItemConstructorOptions[] {
  const items = (menu: Shortcut['menu']): MenuItemConstructorOptions[] =>
    SHORTCUTS.filter((s) => s.menu === menu).map((s) => ({
      label: s.label,
      accelerator: s.accelerator,
      click: () => send(s.command)
    }))
  const viewer = items('Viewer')
  const clear = viewer.pop()
  return [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    { role: 'fileMenu' },
    { role: 'editMenu' },
    { label: 'Go', submenu: items('Go') },
    { label: 'Photos', submenu: items('Photos') },
    {
      label: 'Viewer',
      submenu: [
        ...viewer.slice(0, 6),
        { type: 'separator' },
        ...viewer.slice(6),
        { type: 'separator' },
        ...(clear ? [clear] : [])
      ]
    },
    { role: 'viewMenu' },
    { role: 'windowMenu' },
    { role: 'help', submenu: [...items('Help'), { type: 'separator' }, { role: 'about' }] }
  ]
}
