import type { MenuItemConstructorOptions } from 'electron'
import type { MenuCommand } from '../../shared/contract'
import type { MessageId } from '../../shared/i18n/messages'
import { SHORTCUTS, type Shortcut } from '../../shared/shortcuts'
import { t } from '../services/i18n/main-language'

type Role = NonNullable<MenuItemConstructorOptions['role']>

/** A standard item (Electron does the work) named in the language in use. */
const standard = (role: Role, label: MessageId): MenuItemConstructorOptions => ({ role, label: t(label) })
const separator: MenuItemConstructorOptions = { type: 'separator' }

/**
 * The native menu as a template, in main's current language (the shell builds it again when the language
 * changes): standard roles, each named through the catalogue rather than left to Electron's English, and the
 * app's commands from the one shortcut table the window uses too (electron/shared/shortcuts.ts). The window
 * handles these keys itself first, so a shortcut works the same in every build; the menu shows them, and a click
 * on an item sends the same command.
 */
export function appMenuTemplate(
  send: (command: MenuCommand) => void,
  isMac: boolean
): MenuItemConstructorOptions[] {
  const items = (menu: Shortcut['menu']): MenuItemConstructorOptions[] =>
    SHORTCUTS.filter((s) => s.menu === menu).map((s) => ({
      label: t(s.label),
      accelerator: s.accelerator,
      click: () => send(s.command)
    }))
  const viewer = items('Viewer')
  const clear = viewer.pop()
  return [
    ...(isMac ? [{ role: 'appMenu' as const, submenu: macAppMenu() }] : []),
    {
      role: 'fileMenu',
      label: t('menu.file'),
      submenu: [isMac ? standard('close', 'menu.role.close') : standard('quit', 'menu.role.quit')]
    },
    { role: 'editMenu', label: t('menu.edit'), submenu: editMenu(isMac) },
    { label: t('menu.go'), submenu: items('Go') },
    { label: t('menu.photos'), submenu: items('Photos') },
    {
      label: t('menu.viewer'),
      submenu: [...viewer.slice(0, 6), separator, ...viewer.slice(6), separator, ...(clear ? [clear] : [])]
    },
    { role: 'viewMenu', label: t('menu.view'), submenu: viewMenu() },
    { role: 'windowMenu', label: t('menu.window'), submenu: windowMenu(isMac) },
    {
      role: 'help',
      label: t('menu.help'),
      submenu: [...items('Help'), separator, standard('about', 'menu.role.about')]
    }
  ]
}

function macAppMenu(): MenuItemConstructorOptions[] {
  return [
    standard('about', 'menu.role.about'),
    separator,
    standard('services', 'menu.role.services'),
    separator,
    standard('hide', 'menu.role.hide'),
    standard('hideOthers', 'menu.role.hideOthers'),
    standard('unhide', 'menu.role.unhide'),
    separator,
    standard('quit', 'menu.role.quit')
  ]
}

function editMenu(isMac: boolean): MenuItemConstructorOptions[] {
  return [
    standard('undo', 'menu.role.undo'),
    standard('redo', 'menu.role.redo'),
    separator,
    standard('cut', 'menu.role.cut'),
    standard('copy', 'menu.role.copy'),
    standard('paste', 'menu.role.paste'),
    ...(isMac
      ? [
          standard('pasteAndMatchStyle', 'menu.role.pasteAndMatchStyle'),
          standard('delete', 'menu.role.delete')
        ]
      : []),
    standard('selectAll', 'menu.role.selectAll')
  ]
}

function viewMenu(): MenuItemConstructorOptions[] {
  return [
    standard('reload', 'menu.role.reload'),
    standard('forceReload', 'menu.role.forceReload'),
    standard('toggleDevTools', 'menu.role.toggleDevTools'),
    separator,
    standard('resetZoom', 'menu.role.resetZoom'),
    standard('zoomIn', 'menu.role.zoomIn'),
    standard('zoomOut', 'menu.role.zoomOut'),
    separator,
    standard('togglefullscreen', 'menu.role.togglefullscreen')
  ]
}

function windowMenu(isMac: boolean): MenuItemConstructorOptions[] {
  return isMac
    ? [
        standard('minimize', 'menu.role.minimize'),
        standard('zoom', 'menu.role.zoom'),
        separator,
        standard('front', 'menu.role.front')
      ]
    : [standard('minimize', 'menu.role.minimize'), standard('close', 'menu.role.close')]
}
