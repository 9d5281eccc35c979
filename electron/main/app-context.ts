import { join } from 'node:path'
import type { HandlerRegistry } from './ipc/registry'
import { createDemoFetch, createDemoService } from './demo'
import { Credentials } from './services/secrets/credentials'
import { SettingsService } from './services/settings/settings-service'
import { DEMO_ORIGIN, documentsConnection, passportPhotoConnection } from './connections'
import type { Core, HostEnvironment } from './core'
import { createAppHandlers } from './features/app-feature'
import { createPhotosFeature } from './features/photos-feature'
import { createSheetsFeature } from './features/sheets-feature'
import { createDocumentsFeature } from './features/documents-feature'

/** The running app, without Electron: the handler registry and a way to shut down cleanly. */
export interface AppContext {
  core: Core
  registry: HandlerRegistry
  /** Wipes document images and tokens from memory: the screen locked, the window closed. */
  clearSensitive(reason: string): Promise<void>
  dispose(): Promise<void>
}

/**
 * The composition root. Electron's main and the browser harness both call this, so the tests exercise exactly
 * the handlers and services the app runs.
 */
export async function createAppContext(host: HostEnvironment): Promise<AppContext> {
  const now = host.now ?? Date.now
  const settings = new SettingsService(host.dataDir)
  await settings.load()
  const credentials = new Credentials(host.secretStore)
  const demo = host.demo ?? createDemoService({ resourcesDir: join(host.resourcesDir, 'demo') })
  const demoFetch = createDemoFetch(demo, DEMO_ORIGIN)

  const core: Core = {
    host,
    settings,
    credentials,
    demo,
    demoFetch,
    now,
    currentSettings: () => settings.get(),
    passportPhoto: () => passportPhotoConnection(settings.get(), credentials, host.networkFetch, demoFetch),
    documents: () => documentsConnection(settings.get(), credentials, host.networkFetch, demoFetch)
  }

  const photos = await createPhotosFeature(core)
  const sheets = await createSheetsFeature(core, photos)
  const documents = await createDocumentsFeature(core)

  const registry: HandlerRegistry = {
    ...createAppHandlers(core, { photos, documents }, host.openExternal),
    ...photos.handlers,
    ...sheets.handlers,
    ...documents.handlers
  }
  return {
    core,
    registry,
    clearSensitive: (reason) => documents.clear(reason),
    async dispose() {
      await Promise.allSettled([photos.dispose(), documents.dispose()])
    }
  }
}
