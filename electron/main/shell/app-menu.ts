import { Menu } from 'electron'
import type { MenuCommand } from '../../shared/contract'
import { appMenuTemplate } from './menu-template'

/** The native menu: standard roles and accelerators, plus the app's commands and their shortcuts. */
export function buildAppMenu(send: (command: MenuCommand) => void, isMac: boolean): Menu {
  return Menu.buildFromTemplate(appMenuTemplate(send, isMac))
}
