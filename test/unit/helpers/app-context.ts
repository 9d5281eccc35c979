import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join, resolve } from 'node:path'
import { createAppContext, type AppContext } from '../../../electron/main/app-context'
import type { HostEnvironment } from '../../../electron/main/core'
import type { SecretStore } from '../../../electron/main/services/secrets/secret-store'
import type { EventMap, EventName } from '../../../electron/shared/contract'

/** A secret store in memory: for tests of features that never reach a real service (Demo mode). */
export function memorySecretStore(): SecretStore {
  const items = new Map<string, string>()
  return {
    get: async (account) => items.get(account) ?? null,
    set: async (account, secret) => void items.set(account, secret),
    delete: async (account) => items.delete(account),
    availability: async () => ({ available: true, message: null })
  }
}

/** The real app context (every feature and service, the in-process demo) over temporary folders. */
export interface TestApp {
  context: AppContext
  dataDir: string
  saveFolder: string
  /** What the save dialog answers for a suggested name (null: cancelled); the save folder by default. */
  savePath: (defaultName: string) => string | null
  events: Array<{ event: EventName; payload: unknown }>
  call<C extends keyof AppContext['registry']>(
    channel: C,
    input: Parameters<AppContext['registry'][C]>[0]
  ): ReturnType<AppContext['registry'][C]>
  close(): Promise<void>
}

/** Starts the app without Electron. `dataDir` may be given to start on files a test prepared. */
export async function startTestApp(
  options: { dataDir?: string; host?: Partial<HostEnvironment> } = {}
): Promise<TestApp> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'studio-app-data-'))
  const saveFolder = mkdtempSync(join(tmpdir(), 'studio-app-save-'))
  const events: TestApp['events'] = []
  const app: Pick<TestApp, 'dataDir' | 'saveFolder' | 'savePath' | 'events'> = {
    dataDir,
    saveFolder,
    savePath: (defaultName) => join(saveFolder, basename(defaultName)),
    events
  }
  const context = await createAppContext({
    dataDir,
    resourcesDir: resolve('resources'),
    secretStore: memorySecretStore(),
    networkFetch: async () => {
      throw new TypeError('These tests run in Demo mode only.')
    },
    dialogs: {
      chooseFolder: async () => saveFolder,
      chooseSavePath: async (_title, defaultName) => app.savePath(defaultName)
    },
    printer: {
      path: async () => ({ kind: 'system', label: 'the tests' }),
      list: async () => [],
      print: () => Promise.reject(new Error('These tests print nothing.'))
    },
    emit: <E extends EventName>(event: E, payload: EventMap[E]) => void events.push({ event, payload }),
    osUser: 'unit',
    version: '0.0.0-unit',
    platform: process.platform,
    harness: true,
    openExternal: async () => undefined,
    ...options.host
  })
  return Object.assign(app, {
    context,
    call: (channel: string, input: unknown) =>
      (context.registry as unknown as Record<string, (i: unknown, c: object) => unknown>)[channel]?.(
        input,
        {}
      ),
    async close() {
      await context.dispose()
      rmSync(saveFolder, { recursive: true, force: true })
      if (options.dataDir === undefined) rmSync(dataDir, { recursive: true, force: true })
    }
  }) as TestApp
}
