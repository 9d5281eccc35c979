import { app, BrowserWindow, dialog, Menu, powerMonitor, session, shell } from 'electron'
import { userInfo } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createAppContext, type AppContext } from './app-context'
import { createDispatcher } from './ipc/dispatch'
import { createAppLog } from './services/log/app-log'
import { buildAppMenu } from './shell/app-menu'
import { registerAppScheme, serveRenderer } from './shell/app-protocol'
import { createMainWindow } from './shell/create-window'
import { createElectronDialogs } from './shell/electron-dialogs'
import { createElectronPrinter } from './shell/electron-printer'
import { hardenSession, hardenWebContents } from './shell/harden'
import { createEventSender, registerIpc } from './shell/ipc-electron'
import { devToolsAllowed, isOwnRendererUrl } from './shell/security-policy'
import { startGuarded, type StartFailureDeps } from './shell/start-failure'
import { followThemeSetting } from './shell/theme'
import { createWindowKeeper } from './shell/window-keeper'
import { createSystemPrinter } from './services/printing'
import { KEYCHAIN_SERVICE, KeytarSecretStore } from './services/secrets/keytar-secret-store'
import { onMainLocaleChange, setMainLocale } from './services/i18n/main-language'
import { resolveLocale } from '../shared/i18n/locale'

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

const log = createAppLog({
  dir: join(app.getPath('userData'), 'logs'),
  ...(app.isPackaged ? {} : { echo: (line: string) => console.warn(line) })
})
const failure: StartFailureDeps = {
  log,
  showErrorBox: (title, content) => dialog.showErrorBox(title, content),
  exit: (code) => app.exit(code)
}
let started = false
process.on('uncaughtException', (error) => {
  log.write('error', 'Uncaught exception in main.', error)
  // Before the window is up, nothing else would tell the person; the guard shows the box and quits.
  if (!started) void startGuarded(() => Promise.reject(error), failure)
})
process.on('unhandledRejection', (reason) => log.write('error', 'Unhandled rejection in main.', reason))

registerAppScheme()

/** The running app once start() has made it; the window keeper's wipe reaches it through this. */
let context: AppContext | null = null

// Single-instance lock: a second launch focuses the running window instead.
if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  // Every window, the first and one re-created on macOS `activate`, is hooked to the document wipe here.
  const windows = createWindowKeeper({
    create: () => createMainWindow({ preloadPath, dataDir: app.getPath('userData'), devServerUrl, devTools }),
    // Document images never outlive the window that showed them.
    onClosed: () => void context?.clearSensitive('window-closed')
  })
  app.on('second-instance', () => windows.focus())

  // Every WebContents, including any created later, gets the same navigation and window-open denial.
  app.on('web-contents-created', (_event, contents) => {
    hardenWebContents(contents, (url) => void shell.openExternal(url))
  })

  void app.whenReady().then(() =>
    startGuarded(async () => {
      // Until the settings are read, the operating system's language (for a start-up failure's error box).
      setMainLocale(resolveLocale('system', systemLocale()))
      await start(windows)
      started = true
    }, failure)
  )

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
}

async function start(windows: ReturnType<typeof createWindowKeeper<BrowserWindow>>): Promise<void> {
  // The camera gate reads the Camera view's state from the running app (closed until it exists).
  hardenSession(session.defaultSession, devServerUrl, { viewOpen: () => context?.cameraViewOpen() ?? false })
  // Also in development: the print path serves its pages from memory under app://.
  serveRenderer(rendererDir)

  const emit = createEventSender(() => BrowserWindow.getAllWindows())
  const running = await createAppContext({
    dataDir: app.getPath('userData'),
    resourcesDir,
    secretStore: new KeytarSecretStore(KEYCHAIN_SERVICE),
    networkFetch: (input, init) => fetch(input, init),
    dialogs: createElectronDialogs(() => windows.current()),
    // The OS print system (CUPS, Windows) at true size; Electron's print dialog only where there is none.
    printer: createSystemPrinter({
      platform: process.platform,
      fallback: createElectronPrinter(() => windows.current()?.webContents ?? null, preloadPath)
    }),
    emit,
    osUser: safeUserName(),
    version: app.getVersion(),
    platform: process.platform,
    harness: false,
    openExternal: (url) => shell.openExternal(url),
    log,
    systemLocale,
    development: !app.isPackaged
  })
  context = running
  followThemeSetting(running.core.settings)
  const dispatch = createDispatcher({
    registry: running.registry,
    isTrustedUrl: (url) => isOwnRendererUrl(url, devServerUrl),
    log: (message) => log.write('warn', message)
  })
  registerIpc(dispatch)
  const setMenu = () =>
    Menu.setApplicationMenu(
      buildAppMenu((command) => emit('menu:command', command), process.platform === 'darwin')
    )
  setMenu()
  // A change of language in Settings renames the menu at once.
  onMainLocaleChange(setMenu)

  // A locked screen or a suspended machine wipes document images too. Linux reports no 'lock-screen' (Electron
  // emits it on macOS and Windows only); there the idle timeout is what clears them (README, Architecture).
  powerMonitor.on('lock-screen', () => void running.clearSensitive('lock-screen'))
  powerMonitor.on('suspend', () => void running.clearSensitive('suspend'))
  app.on('before-quit', () => void running.dispose())
  app.on('activate', () => {
    void windows.ensure().catch((error: unknown) => log.write('error', 'Could not reopen the window.', error))
  })

  await windows.ensure()
}

/** The operating system's language as Chromium reads it; STUDIO_LOCALE overrides it (fr, en-GB, pseudo…). */
function systemLocale(): string {
  const override = process.env.STUDIO_LOCALE?.trim()
  return override ? override : app.getLocale()
}

function safeUserName(): string {
  try {
    return userInfo().username
  } catch {
    return 'unknown'
  }
}
