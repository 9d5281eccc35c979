import { Menu, type MenuItemConstructorOptions } from 'electron'
import type { MenuCommand } from '../../shared/contract'

/** The native menu: standard roles and accelerators, plus the app's commands and the viewer's shortcuts. */
export function buildAppMenu(send: (command: MenuCommand) => void, isMac: boolean): Menu {
  const item = (label: string, accelerator: string, command: MenuCommand): MenuItemConstructorOptions => ({
    label,
    accelerator,
    click: () => send(command)
  })
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    { role: 'fileMenu' },
    { role: 'editMenu' },
    {
      label: 'Go',
      submenu: [
        item('Photos', 'CmdOrCtrl+1', 'navigate:photos'),
        item('Print sheets', 'CmdOrCtrl+2', 'navigate:sheets'),
        item('Documents', 'CmdOrCtrl+3', 'navigate:documents'),
        item('History', 'CmdOrCtrl+4', 'navigate:history'),
        item('Settings', 'CmdOrCtrl+,', 'navigate:settings')
      ]
    },
    {
      label: 'Viewer',
      submenu: [
        item('Zoom In', 'CmdOrCtrl+=', 'viewer:zoom-in'),
        item('Zoom Out', 'CmdOrCtrl+-', 'viewer:zoom-out'),
        item('Fit', 'CmdOrCtrl+9', 'viewer:fit'),
        item('Actual Size (1:1)', 'CmdOrCtrl+0', 'viewer:actual-size'),
        item('Rotate 90°', 'CmdOrCtrl+R', 'viewer:rotate'),
        item('Reset View', 'CmdOrCtrl+Shift+R', 'viewer:reset'),
        { type: 'separator' },
        item('Invert', 'CmdOrCtrl+I', 'viewer:toggle-invert'),
        item('High Contrast', 'CmdOrCtrl+Shift+C', 'viewer:toggle-contrast'),
        item('Link Front and Back', 'CmdOrCtrl+L', 'viewer:toggle-link'),
        { type: 'separator' },
        item('Clear Documents Now', 'CmdOrCtrl+Shift+K', 'documents:clear')
      ]
    },
    { role: 'viewMenu' },
    { role: 'windowMenu' },
    { role: 'help', submenu: [{ role: 'about' }] }
  ]
  return Menu.buildFromTemplate(template)
}
