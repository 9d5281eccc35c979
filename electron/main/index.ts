import { app, BrowserWindow, Menu, powerMonitor, session, shell } from 'electron'
import { userInfo } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createAppContext } from './app-context'
import { createDispatcher } from './ipc/dispatch'
import { buildAppMenu } from './shell/app-menu'
import { registerAppScheme, serveRenderer } from './shell/app-protocol'
import { createMainWindow } from './shell/create-window'
import { createElectronDialogs } from './shell/electron-dialogs'
import { createElectronPrinter } from './shell/electron-printer'
import { hardenSession, hardenWebContents } from './shell/harden'
import { createEventSender, registerIpc } from './shell/ipc-electron'
import { devToolsAllowed, isOwnRendererUrl } from './shell/security-policy'
import { KEYCHAIN_SERVICE, KeytarSecretStore } from './services/secrets/keytar-secret-store'

// The thin Electron layer: lifecycle, windows, IPC wiring, menus. The work happens in services (app-context).
const here = fileURLToPath(new URL('.', import.meta.url))
const preloadPath = join(here, '../preload/index.cjs')
const rendererDir = join(here, '../renderer')
const devServerUrl =
  !app.isPackaged && process.env.ELECTRON_RENDERER_URL ? process.env.ELECTRON_RENDERER_URL : null
const resourcesDir = app.isPackaged
  ? join(process.resourcesPath, 'resources')
  : join(app.getAppPath(), 'resources')

const devTools = devToolsAllowed({
  packaged: app.isPackaged,
  hasSwitch: (name) => app.commandLine.hasSwitch(name)
})

// Tests and portable installs can point the data folder elsewhere.
if (process.env.STUDIO_USER_DATA_DIR) app.setPath('userData', process.env.STUDIO_USER_DATA_DIR)

registerAppScheme()

// Single-instance lock: a second launch focuses the running window instead.
if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  let mainWindow: BrowserWindow | null = null
  app.on('second-instance', () => {
    if (mainWindow) {
      if (mainWindow.isMinimized()) mainWindow.restore()
      mainWindow.focus()
    }
  })

  // Every WebContents, including any created later, gets the same navigation and window-open denial.
  app.on('web-contents-created', (_event, contents) => {
    hardenWebContents(contents, (url) => void shell.openExternal(url))
  })

  app.whenReady().then(async () => {
    hardenSession(session.defaultSession, devServerUrl)
    // Also in development: the print path serves its pages from memory under app://.
    serveRenderer(rendererDir)

    const emit = createEventSender(() => BrowserWindow.getAllWindows())
    const context = await createAppContext({
      dataDir: app.getPath('userData'),
      resourcesDir,
      secretStore: new KeytarSecretStore(KEYCHAIN_SERVICE),
      networkFetch: (input, init) => fetch(input, init),
      dialogs: createElectronDialogs(() => mainWindow),
      printer: createElectronPrinter(() => mainWindow?.webContents ?? null, preloadPath),
      emit,
      osUser: safeUserName(),
      version: app.getVersion(),
      platform: process.platform,
      harness: false,
      openExternal: (url) => shell.openExternal(url)
    })
    const dispatch = createDispatcher({
      registry: context.registry,
      isTrustedUrl: (url) => isOwnRendererUrl(url, devServerUrl),
      log: (message) => console.warn(message)
    })
    registerIpc(dispatch)
    Menu.setApplicationMenu(
      buildAppMenu((command) => emit('menu:command', command), process.platform === 'darwin')
    )

    mainWindow = await createMainWindow({ preloadPath, dataDir: app.getPath('userData'), devServerUrl, devTools })
    mainWindow.on('closed', () => {
      mainWindow = null
      // Document images never outlive the window that showed them.
      void context.clearSensitive('window-closed')
    })
    // ...nor a locked screen or a suspended machine.
    powerMonitor.on('lock-screen', () => void context.clearSensitive('lock-screen'))
    powerMonitor.on('suspend', () => void context.clearSensitive('suspend'))

    app.on('before-quit', () => void context.dispose())
    app.on('activate', async () => {
      if (BrowserWindow.getAllWindows().length === 0) {
        mainWindow = await createMainWindow({ preloadPath, dataDir: app.getPath('userData'), devServerUrl, devTools })
      }
    })
  })

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
}

function safeUserName(): string {
  try {
    return userInfo().username
  } catch {
    return 'unknown'
  }
}
