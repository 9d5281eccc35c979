import { join } from 'node:path'
import { AppError } from '../../../shared/errors'
import { settingsSchema, type Settings, type settingsUpdateSchema } from '../../../shared/contract'
import type { z } from 'zod'
import { JsonStore } from '../storage/json-store'

/** The settings a new user starts with: Demo everywhere, so every workflow can be tried without an account. */
export function defaultSettings(): Settings {
  return {
    passportPhoto: { region: 'demo', customBaseUrl: null },
    documents: { environment: 'demo', idleTimeoutMinutes: 10 },
    jobs: { concurrency: 2, retentionDays: 14, outputFolder: null },
    quotaWarningBelow: 10
  }
}

/** A settings update as the renderer sends it. */
export type SettingsUpdate = z.output<typeof settingsUpdateSchema>

/** Persisted user settings, with change notification. */
export class SettingsService {
  private readonly store: JsonStore<Settings>
  private current: Settings = defaultSettings()
  private readonly listeners = new Set<(settings: Settings) => void>()

  constructor(dataDir: string) {
    this.store = new JsonStore({
      path: join(dataDir, 'settings.json'),
      schema: settingsSchema,
      fallback: defaultSettings
    })
  }

  async load(): Promise<Settings> {
    this.current = await this.store.load()
    return this.current
  }

  get(): Settings {
    return this.current
  }

  /** Applies a partial update. Switching the document viewer to production needs an explicit confirmation. */
  async update(update: SettingsUpdate): Promise<Settings> {
    const next: Settings = {
      passportPhoto: { ...this.current.passportPhoto, ...update.passportPhoto },
      documents: { ...this.current.documents, ...update.documents },
      jobs: { ...this.current.jobs, ...update.jobs },
      quotaWarningBelow: update.quotaWarningBelow ?? this.current.quotaWarningBelow
    }
    if (
      next.documents.environment === 'production' &&
      this.current.documents.environment !== 'production' &&
      update.confirmProduction !== true
    ) {
      throw new AppError(
        'CONFIRMATION_REQUIRED',
        'Switching to production shows real people’s identity documents. Confirm the switch to continue.'
      )
    }
    if (next.passportPhoto.region === 'custom' && next.passportPhoto.customBaseUrl === null) {
      throw new AppError(
        'BAD_REQUEST',
        'Enter the custom base URL (https://…) before choosing the custom region.'
      )
    }
    return this.replace(next)
  }

  async setOutputFolder(folder: string | null): Promise<Settings> {
    return this.replace({ ...this.current, jobs: { ...this.current.jobs, outputFolder: folder } })
  }

  onChange(listener: (settings: Settings) => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  private async replace(next: Settings): Promise<Settings> {
    const valid = settingsSchema.parse(next)
    await this.store.save(valid)
    this.current = valid
    for (const listener of this.listeners) listener(valid)
    return valid
  }
}
