import { EventEmitter } from 'node:events'
import { describe, expect, it } from 'vitest'
import { createWindowKeeper, type KeptWindow } from '../../../../electron/main/shell/window-keeper'

class FakeWindow extends EventEmitter {
  destroyed = false
  minimized = false
  focused = 0
  isDestroyed = () => this.destroyed
  isMinimized = () => this.minimized
  restore = () => void (this.minimized = false)
  focus = () => void this.focused++
  close(): void {
    this.destroyed = true
    this.emit('closed')
  }
}

function keeper() {
  const made: FakeWindow[] = []
  let wipes = 0
  const windows = createWindowKeeper({
    create: async () => {
      const window = new FakeWindow()
      made.push(window)
      return window as FakeWindow & KeptWindow
    },
    onClosed: () => wipes++
  })
  return { windows, made, wipes: () => wipes }
}

describe('the main window keeper', () => {
  it('hooks every window to the document wipe, including one re-created on macOS activate', async () => {
    const { windows, made, wipes } = keeper()
    await windows.ensure()
    made[0]?.close()
    expect(wipes()).toBe(1)
    expect(windows.current()).toBeNull()
    // macOS: the app stays running with no window; clicking the Dock icon re-creates it.
    await windows.ensure()
    expect(made).toHaveLength(2)
    made[1]?.close()
    expect(wipes()).toBe(2)
  })

  it('opens one window however often it is asked at once, and focuses it on a second launch', async () => {
    const { windows, made } = keeper()
    const [a, b] = await Promise.all([windows.ensure(), windows.ensure()])
    expect(a).toBe(b)
    expect(made).toHaveLength(1)
    const window = made[0] as FakeWindow
    window.minimized = true
    windows.focus()
    expect(window.minimized).toBe(false)
    expect(window.focused).toBe(1)
  })
})
