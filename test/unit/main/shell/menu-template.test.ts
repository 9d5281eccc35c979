import { describe, expect, it } from 'vitest'
import type { MenuItemConstructorOptions } from 'electron'
import { appMenuTemplate } from '../../../../electron/main/shell/menu-template'
import type { MenuCommand } from '../../../../electron/shared/contract'
import { acceleratorText, SHORTCUTS, shortcutFor } from '../../../../electron/shared/shortcuts'
import { setMainLocale, t } from '../../../../electron/main/services/i18n/main-language'
import { resolveLocale } from '../../../../electron/shared/i18n/locale'
import { catalogue } from '../../../../electron/shared/i18n/messages'

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [
    item,
    ...(Array.isArray(item.submenu) ? flatten(item.submenu as MenuItemConstructorOptions[]) : [])
  ])
}

describe('the native menu and the shortcuts', () => {
  it('lists every shortcut with its key, and a click sends its command', () => {
    const sent: MenuCommand[] = []
    const items = flatten(appMenuTemplate((c) => sent.push(c), false))
    for (const shortcut of SHORTCUTS) {
      const item = items.find((i) => i.label === t(shortcut.label) && i.accelerator === shortcut.accelerator)
      expect(item, shortcut.label).toBeDefined()
      ;(item?.click as () => void)()
      expect(sent.at(-1)).toBe(shortcut.command)
    }
    expect(items.filter((i) => i.accelerator !== undefined)).toHaveLength(SHORTCUTS.length)
  })

  it('is named in the language in use, standard items included, and in French after a switch', () => {
    const labels = (isMac: boolean) =>
      flatten(appMenuTemplate(() => undefined, isMac))
        .map((i) => i.label)
        .filter((l): l is string => l !== undefined)
    try {
      expect(labels(false)).toEqual(
        expect.arrayContaining(['File', 'Edit', 'Go', 'Viewer', 'Help', 'Undo', 'Select All'])
      )
      setMainLocale(resolveLocale('fr', 'fr-FR'))
      const french = labels(true)
      expect(french).toEqual(
        expect.arrayContaining([
          'Fichier',
          'Édition',
          'Aller',
          'Visionneuse',
          'Aide',
          'Annuler',
          'Tout sélectionner'
        ])
      )
      // Every item has a French name from the catalogue: none is left to Electron's English.
      const frenchNames = new Set(Object.values(catalogue.fr))
      for (const label of french) expect(frenchNames, label).toContain(label)
      expect(french).not.toContain('Undo')
    } finally {
      setMainLocale(resolveLocale('en', 'en-US'))
    }
  })

  it('has no key twice, so one press never means two things', () => {
    const keys = SHORTCUTS.map((s) => s.accelerator)
    expect(new Set(keys).size).toBe(keys.length)
  })

  it('keeps the standard menus, with the app menu on macOS only', () => {
    const roles = (isMac: boolean) => appMenuTemplate(() => undefined, isMac).map((i) => i.role ?? i.label)
    expect(roles(true)[0]).toBe('appMenu')
    expect(roles(false)).not.toContain('appMenu')
    expect(roles(false)).toEqual(
      expect.arrayContaining(['fileMenu', 'editMenu', 'Go', 'Photos', 'Viewer', 'viewMenu', 'help'])
    )
  })

  it('matches key presses the way the menu shows them, per platform', () => {
    const press = { ctrlKey: false, metaKey: false, shiftKey: false, altKey: false }
    expect(shortcutFor({ ...press, key: 's', ctrlKey: true }, false)?.command).toBe('photos:save')
    expect(shortcutFor({ ...press, key: 's', metaKey: true }, true)?.command).toBe('photos:save')
    expect(shortcutFor({ ...press, key: 's', metaKey: true }, false)).toBeUndefined()
    expect(shortcutFor({ ...press, key: 'R', ctrlKey: true, shiftKey: true }, false)?.command).toBe(
      'viewer:reset'
    )
    expect(shortcutFor({ ...press, key: 'r', ctrlKey: true }, false)?.command).toBe('viewer:rotate')
    expect(shortcutFor({ ...press, key: 'F2' }, false)?.command).toBe('photos:next-customer')
    expect(shortcutFor({ ...press, key: 's' }, false)).toBeUndefined()
    expect(acceleratorText('CmdOrCtrl+Shift+R', false)).toBe('Ctrl+Shift+R')
    expect(acceleratorText('CmdOrCtrl+Shift+R', true)).toBe('⇧⌘R')
    expect(acceleratorText('F2', false)).toBe('F2')
  })
})
