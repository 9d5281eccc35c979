import type { MenuCommand } from './contract/events'

/**
 * How the window carries out a command: go to a screen; press the button on screen that is marked with the
 * command (so a shortcut does exactly what the button does, confirmations included); put the focus on the marked
 * field; pass it to the document viewer; or open the shortcuts panel.
 */
export type CommandKind = 'navigate' | 'press' | 'focus' | 'viewer' | 'help'

/** One keyboard shortcut: in the native menu (Electron) and in the window's own key handling (every build). */
export interface Shortcut {
  command: MenuCommand
  label: string
  /** Electron's accelerator syntax: "CmdOrCtrl+Shift+R", "F2". */
  accelerator: string
  menu: 'Go' | 'Photos' | 'Viewer' | 'Help'
  kind: CommandKind
}

/** Every shortcut, in menu order. The native menu and the "Keyboard shortcuts" panel are both made from it. */
export const SHORTCUTS: readonly Shortcut[] = [
  { command: 'navigate:photos', label: 'Photos', accelerator: 'CmdOrCtrl+1', menu: 'Go', kind: 'navigate' },
  {
    command: 'navigate:sheets',
    label: 'Print sheets',
    accelerator: 'CmdOrCtrl+2',
    menu: 'Go',
    kind: 'navigate'
  },
  {
    command: 'navigate:documents',
    label: 'Documents',
    accelerator: 'CmdOrCtrl+3',
    menu: 'Go',
    kind: 'navigate'
  },
  { command: 'navigate:history', label: 'History', accelerator: 'CmdOrCtrl+4', menu: 'Go', kind: 'navigate' },
  {
    command: 'navigate:settings',
    label: 'Settings',
    accelerator: 'CmdOrCtrl+,',
    menu: 'Go',
    kind: 'navigate'
  },
  {
    command: 'photos:find-spec',
    label: 'Find a Spec',
    accelerator: 'CmdOrCtrl+F',
    menu: 'Photos',
    kind: 'focus'
  },
  { command: 'photos:add', label: 'Add Photos…', accelerator: 'CmdOrCtrl+O', menu: 'Photos', kind: 'press' },
  {
    command: 'photos:next-customer',
    label: 'Next Customer',
    accelerator: 'F2',
    menu: 'Photos',
    kind: 'press'
  },
  { command: 'photos:save', label: 'Save Photo', accelerator: 'CmdOrCtrl+S', menu: 'Photos', kind: 'press' },
  { command: 'photos:print', label: 'Print…', accelerator: 'CmdOrCtrl+P', menu: 'Photos', kind: 'press' },
  {
    command: 'photos:unlock',
    label: 'Unlock Final Photo',
    accelerator: 'CmdOrCtrl+U',
    menu: 'Photos',
    kind: 'press'
  },
  { command: 'viewer:zoom-in', label: 'Zoom In', accelerator: 'CmdOrCtrl+=', menu: 'Viewer', kind: 'viewer' },
  {
    command: 'viewer:zoom-out',
    label: 'Zoom Out',
    accelerator: 'CmdOrCtrl+-',
    menu: 'Viewer',
    kind: 'viewer'
  },
  { command: 'viewer:fit', label: 'Fit', accelerator: 'CmdOrCtrl+9', menu: 'Viewer', kind: 'viewer' },
  {
    command: 'viewer:actual-size',
    label: 'Actual Size (1:1)',
    accelerator: 'CmdOrCtrl+0',
    menu: 'Viewer',
    kind: 'viewer'
  },
  {
    command: 'viewer:rotate',
    label: 'Rotate 90°',
    accelerator: 'CmdOrCtrl+R',
    menu: 'Viewer',
    kind: 'viewer'
  },
  {
    command: 'viewer:reset',
    label: 'Reset View',
    accelerator: 'CmdOrCtrl+Shift+R',
    menu: 'Viewer',
    kind: 'viewer'
  },
  {
    command: 'viewer:toggle-invert',
    label: 'Invert',
    accelerator: 'CmdOrCtrl+I',
    menu: 'Viewer',
    kind: 'viewer'
  },
  {
    command: 'viewer:toggle-contrast',
    label: 'High Contrast',
    accelerator: 'CmdOrCtrl+Shift+C',
    menu: 'Viewer',
    kind: 'viewer'
  },
  {
    command: 'viewer:toggle-link',
    label: 'Link Front and Back',
    accelerator: 'CmdOrCtrl+L',
    menu: 'Viewer',
    kind: 'viewer'
  },
  {
    command: 'documents:clear',
    label: 'Clear Documents Now',
    accelerator: 'CmdOrCtrl+Shift+K',
    menu: 'Viewer',
    kind: 'viewer'
  },
  {
    command: 'help:shortcuts',
    label: 'Keyboard Shortcuts',
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
