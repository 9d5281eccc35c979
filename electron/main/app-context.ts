import { join } from 'node:path'
import type { HandlerRegistry } from './ipc/registry'
import { createDemoFetch, createDemoService } from './demo'
import { openStudioDatabase } from './services/db/open-database'
import { createStudioChain } from './services/shared-db/studio-chain'
import { Credentials } from './services/secrets/credentials'
import { createNoticeBoard } from './services/notices/notice-board'
import { damagedSettingsNotice, SettingsService } from './services/settings/settings-service'
import { DEMO_ORIGIN, documentsConnection, passportPhotoConnection } from './connections'
import type { Core, HostEnvironment } from './core'
import { createAppHandlers } from './features/app-feature'
import { createPhotosFeature } from './features/photos-feature'
import { createSheetsFeature } from './features/sheets-feature'
import { createDocumentsFeature } from './features/documents-feature'
import { createNoticesHandlers } from './features/notices-feature'
import { createSharedDbHandlers } from './features/shared-db-feature'
import { createCaptureFeature } from './features/capture-feature'
import { setMainLocale } from './services/i18n/main-language'
import { resolveLocale } from '../shared/i18n/locale'

/** The running app, without Electron: the handler registry and a way to shut down cleanly. */
export interface AppContext {
  core: Core
  registry: HandlerRegistry
  /** Wipes document images and tokens from memory: the screen locked, the window closed. */
  clearSensitive(reason: string): Promise<void>
  /** True while the Camera view is open: the permission handler allows the camera only then. */
  cameraViewOpen(): boolean
  /** Resolves the language again (the system locale changed: the browser harness learns it from the window). */
  refreshLocale(): void
  dispose(): Promise<void>
}

/**
 * The composition root. Electron's main and the browser harness both call this, so the tests exercise exactly
 * the handlers and services the app runs.
 */
export async function createAppContext(host: HostEnvironment): Promise<AppContext> {
  const now = host.now ?? Date.now
  const notices = createNoticeBoard(now)
  const settings = new SettingsService(host.dataDir, {
    onDamaged: (damage) => {
      notices.add(damagedSettingsNotice(damage))
      host.log?.write(
        'warn',
        `settings.json was damaged and repaired; the original was kept at ${damage.keptAt}`
      )
    },
    onSaveError: (error) => host.log?.write('error', 'Could not write the repaired settings.json.', error)
  })
  await settings.load()
  // The language: Settings' choice, or the operating system's; switched at once when Settings change.
  const refreshLocale = () =>
    setMainLocale(resolveLocale(settings.get().locale.language, host.systemLocale?.() ?? 'en-US'))
  refreshLocale()
  settings.onChange(refreshLocale)
  const credentials = new Credentials(host.secretStore)
  const demo = host.demo ?? createDemoService({ resourcesDir: join(host.resourcesDir, 'demo') })
  const demoFetch = createDemoFetch(demo, DEMO_ORIGIN)
  const store = await openStudioDatabase({ dataDir: host.dataDir })
  const chain = createStudioChain({
    db: store.db,
    dataDir: host.dataDir,
    settings: () => settings.get().sharedDatabase,
    password: () => credentials.sharedDatabasePassword(),
    retentionDays: () => settings.get().jobs.retentionDays,
    now,
    ...(host.log ? { log: (level, message, error) => host.log?.write(level, message, error) } : {})
  })

  const core: Core = {
    host,
    settings,
    credentials,
    demo,
    demoFetch,
    store,
    chain,
    now,
    notices,
    currentSettings: () => settings.get(),
    passportPhoto: () => passportPhotoConnection(settings.get(), credentials, host.networkFetch, demoFetch),
    documents: () => documentsConnection(settings.get(), credentials, host.networkFetch, demoFetch)
  }

  const photos = await createPhotosFeature(core)
  const sheets = await createSheetsFeature(core, photos)
  const documents = await createDocumentsFeature(core)
  const capture = await createCaptureFeature(core, photos)

  const registry: HandlerRegistry = {
    ...createAppHandlers(core, { photos, documents }, host.openExternal),
    ...photos.handlers,
    ...sheets.handlers,
    ...documents.handlers,
    ...createNoticesHandlers(core),
    ...createSharedDbHandlers(core),
    ...capture.handlers
  }
  // After every feature is up, so the first screen never waits for the shared database.
  chain.sync.start()
  return {
    core,
    registry,
    clearSensitive: (reason) => {
      if (reason === 'window-closed') capture.closeCameraView()
      return documents.clear(reason)
    },
    cameraViewOpen: () => capture.cameraViewOpen(),
    refreshLocale,
    async dispose() {
      await capture.dispose()
      await Promise.allSettled([photos.dispose(), documents.dispose()])
      await chain.sync.stop()
      await store.close()
    }
  }
}
