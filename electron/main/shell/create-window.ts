import { BrowserWindow, screen, shell } from 'electron'
import { hardenWebContents } from './harden'
import { APP_ORIGIN, secureWebPreferences } from './security-policy'
import { windowBackground } from './theme'
import { createWindowStateStore, visibleBounds } from './window-state'

/** Creates the one kind of window the app has; every window goes through here (checklist #2–#6). */
export async function createMainWindow(options: {
  preloadPath: string
  dataDir: string
  devServerUrl: string | null
  /** Off in packaged builds unless support asked for them (security-policy's devToolsAllowed). */
  devTools: boolean
  iconPath?: string
}): Promise<BrowserWindow> {
  const stateStore = createWindowStateStore(options.dataDir)
  const saved = visibleBounds(
    await stateStore.load(),
    screen.getAllDisplays().map((d) => d.workArea)
  )
  const window = new BrowserWindow({
    width: saved?.width ?? 1280,
    height: saved?.height ?? 860,
    ...(saved ? { x: saved.x, y: saved.y } : {}),
    minWidth: 960,
    minHeight: 640,
    show: false,
    title: 'ID Photo Studio',
    backgroundColor: windowBackground(),
    ...(options.iconPath ? { icon: options.iconPath } : {}),
    webPreferences: secureWebPreferences(options.preloadPath, { devTools: options.devTools })
  })
  hardenWebContents(window.webContents, (url) => void shell.openExternal(url))
  if (saved?.maximized) window.maximize()
  window.once('ready-to-show', () => window.show())

  const remember = () => {
    if (window.isDestroyed() || window.isMinimized()) return
    const b = window.getNormalBounds()
    void stateStore.save({
      x: b.x,
      y: b.y,
      width: b.width,
      height: b.height,
      maximized: window.isMaximized()
    })
  }
  window.on('resized', remember)
  window.on('moved', remember)
  window.on('close', remember)

  await window.loadURL(options.devServerUrl ?? `${APP_ORIGIN}/index.html`)
  return window
}
