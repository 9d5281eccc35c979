import type { BrowserWindow } from 'electron'

/** The parts of a window the keeper uses, so a test can pass a small fake. */
export type KeptWindow = Pick<BrowserWindow, 'on' | 'isDestroyed' | 'isMinimized' | 'restore' | 'focus'>

/**
 * Holds the app's one main window. Every window it opens, the first and any re-created later (macOS `activate`),
 * goes through `open`, which hooks its 'closed' to `onClosed` (the document wipe): no window can show document
 * images without being tied to their wipe.
 */
export function createWindowKeeper<W extends KeptWindow>(deps: {
  create: () => Promise<W>
  onClosed: () => void
}) {
  let current: W | null = null
  let opening: Promise<W> | null = null

  async function open(): Promise<W> {
    const window = await deps.create()
    current = window
    window.on('closed', () => {
      if (current === window) current = null
      deps.onClosed()
    })
    return window
  }

  const live = (): W | null => (current !== null && !current.isDestroyed() ? current : null)

  return {
    current: live,
    /** Opens the main window unless one is open (or opening); returns it. */
    ensure(): Promise<W> {
      const window = live()
      if (window !== null) return Promise.resolve(window)
      opening ??= open().finally(() => (opening = null))
      return opening
    },
    /** Brings the window to the front (a second launch). */
    focus(): void {
      const window = live()
      if (window === null) return
      if (window.isMinimized()) window.restore()
      window.focus()
    }
  }
}
