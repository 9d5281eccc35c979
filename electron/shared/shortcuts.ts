import type { MenuCommand } from './contract/events'
import type { MessageId } from './i18n/messages'

/**
 * How the window carries out a command: go to a screen; press the button on screen that is marked with the
 * command (so a shortcut does exactly what the button does, confirmations included); put the focus on the marked
 * field; pass it to the document viewer; or open the shortcuts panel.
 */
export type CommandKind = 'navigate' | 'press' | 'focus' | 'viewer' | 'help'

/** One keyboard shortcut: in the native menu (Electron) and in the window's own key handling (every build). */
export interface Shortcut {
  command: MenuCommand
  /** The catalogue message that names it, in the menu and the shortcuts panel. */
  label: MessageId
  /** Electron's accelerator syntax: "CmdOrCtrl+Shift+R", "F2". */
  accelerator: string
  menu: 'Go' | 'Photos' | 'Viewer' | 'Help'
  kind: CommandKind
}

/** Every shortcut, in menu order. The native menu and the "Keyboard shortcuts" panel are both made from it. */
export const SHORTCUTS: readonly Shortcut[] = [
  {
    command: 'navigate:photos',
    label: 'shortcuts.navigate.photos',
    accelerator: 'CmdOrCtrl+1',
    menu: 'Go',
    kind: 'navigate'
  },
  {
    command: 'navigate:sheets',
    label: 'shortcuts.navigate.sheets',
    accelerator: 'CmdOrCtrl+2',
    menu: 'Go',
    kind: 'navigate'
  },
  {
    command: 'navigate:documents',
    label: 'shortcuts.navigate.documents',
    accelerator: 'CmdOrCtrl+3',
    menu: 'Go',
    kind: 'navigate'
  },
  {
    command: 'navigate:history',
    label: 'shortcuts.navigate.history',
    accelerator: 'CmdOrCtrl+4',
    menu: 'Go',
    kind: 'navigate'
  },
  {
    command: 'navigate:settings',
    label: 'shortcuts.navigate.settings',
    accelerator: 'CmdOrCtrl+,',
    menu: 'Go',
    kind: 'navigate'
  },
  {
    command: 'photos:find-spec',
    label: 'shortcuts.photos.findSpec',
    accelerator: 'CmdOrCtrl+F',
    menu: 'Photos',
    kind: 'focus'
  },
  {
    command: 'photos:add',
    label: 'shortcuts.photos.add',
    accelerator: 'CmdOrCtrl+O',
    menu: 'Photos',
    kind: 'press'
  },
  {
    command: 'photos:next-customer',
    label: 'shortcuts.photos.nextCustomer',
    accelerator: 'F2',
    menu: 'Photos',
    kind: 'press'
  },
  {
    command: 'photos:save',
    label: 'shortcuts.photos.save',
    accelerator: 'CmdOrCtrl+S',
    menu: 'Photos',
    kind: 'press'
  },
  {
    command: 'photos:print',
    label: 'shortcuts.photos.print',
    accelerator: 'CmdOrCtrl+P',
    menu: 'Photos',
    kind: 'press'
  },
  {
    command: 'photos:unlock',
    label: 'shortcuts.photos.unlock',
    accelerator: 'CmdOrCtrl+U',
    menu: 'Photos',
    kind: 'press'
  },
  {
    command: 'viewer:zoom-in',
    label: 'shortcuts.viewer.zoomIn',
    accelerator: 'CmdOrCtrl+=',
    menu: 'Viewer',
    kind: 'viewer'
  },
  {
    command: 'viewer:zoom-out',
    label: 'shortcuts.viewer.zoomOut',
    accelerator: 'CmdOrCtrl+-',
    menu: 'Viewer',
    kind: 'viewer'
  },
  {
    command: 'viewer:fit',
    label: 'shortcuts.viewer.fit',
    accelerator: 'CmdOrCtrl+9',
    menu: 'Viewer',
    kind: 'viewer'
  },
  {
    command: 'viewer:actual-size',
    label: 'shortcuts.viewer.actualSize',
    accelerator: 'CmdOrCtrl+0',
    menu: 'Viewer',
    kind: 'viewer'
  },
  {
    command: 'viewer:rotate',
    label: 'shortcuts.viewer.rotate',
    accelerator: 'CmdOrCtrl+R',
    menu: 'Viewer',
    kind: 'viewer'
  },
  {
    command: 'viewer:reset',
    label: 'shortcuts.viewer.reset',
    accelerator: 'CmdOrCtrl+Shift+R',
    menu: 'Viewer',
    kind: 'viewer'
  },
  {
    command: 'viewer:toggle-invert',
    label: 'shortcuts.viewer.toggleInvert',
    accelerator: 'CmdOrCtrl+I',
    menu: 'Viewer',
    kind: 'viewer'
  },
  {
    command: 'viewer:toggle-contrast',
    label: 'shortcuts.viewer.toggleContrast',
    accelerator: 'CmdOrCtrl+Shift+C',
    menu: 'Viewer',
    kind: 'viewer'
  },
  {
    command: 'viewer:toggle-link',
    label: 'shortcuts.viewer.toggleLink',
    accelerator: 'CmdOrCtrl+L',
    menu: 'Viewer',
    kind: 'viewer'
  },
  {
    command: 'documents:clear',
    label: 'shortcuts.documents.clear',
    accelerator: 'CmdOrCtrl+Shift+K',
    menu: 'Viewer',
    kind: 'viewer'
  },
  {
    command: 'help:shortcuts',
    label: 'shortcuts.help.shortcuts',
    accelerator: 'CmdOrCtrl+/',
    menu: 'Help',
    kind: 'help'
  }
]

/** The keys of a keyboard event that a shortcut looks at. */
export interface KeyPress {
  key: string
  ctrlKey: boolean
  metaKey: boolean
  shiftKey: boolean
  altKey: boolean
}

function parts(accelerator: string, isMac: boolean) {
  const tokens = accelerator.split('+')
  // "CmdOrCtrl+=" and "CmdOrCtrl+-" end in their key; "CmdOrCtrl++" would too.
  const key = accelerator.endsWith('++') ? '+' : (tokens.at(-1) ?? '')
  const mods = new Set(tokens.slice(0, -1))
  return {
    key,
    ctrl: mods.has('Ctrl') || (!isMac && mods.has('CmdOrCtrl')),
    meta: mods.has('Cmd') || (isMac && mods.has('CmdOrCtrl')),
    shift: mods.has('Shift'),
    alt: mods.has('Alt')
  }
}

/** The shortcut a key press stands for, if any. */
export function shortcutFor(press: KeyPress, isMac: boolean): Shortcut | undefined {
  return SHORTCUTS.find((s) => {
    const want = parts(s.accelerator, isMac)
    return (
      want.key.toLowerCase() === press.key.toLowerCase() &&
      want.ctrl === press.ctrlKey &&
      want.meta === press.metaKey &&
      want.shift === press.shiftKey &&
      want.alt === press.altKey
    )
  })
}

/** An accelerator as people read it: "Ctrl+Shift+R" on Windows and Linux, "⌘⇧R" on macOS. */
export function acceleratorText(accelerator: string, isMac: boolean): string {
  const p = parts(accelerator, isMac)
  const key = p.key.length === 1 ? p.key.toUpperCase() : p.key
  if (isMac) return `${p.ctrl ? '⌃' : ''}${p.alt ? '⌥' : ''}${p.shift ? '⇧' : ''}${p.meta ? '⌘' : ''}${key}`
  return [p.ctrl && 'Ctrl', p.alt && 'Alt', p.shift && 'Shift', key].filter(Boolean).join('+')
}
