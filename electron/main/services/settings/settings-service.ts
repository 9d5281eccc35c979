import { copyFile, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { AppError } from '../../../shared/errors'
import {
  defaultSharedDatabaseSettings,
  defaultCaptureSettings,
  defaultFaceChecksSettings,
  settingsSchema,
  type Settings,
  type settingsUpdateSchema
} from '../../../shared/contract'
import type { z } from 'zod'
import { JsonStore } from '../storage/json-store'
import { repair } from './settings-repair'
import { mainLocale, t } from '../i18n/main-language'
import type { MessageId } from '../../../shared/i18n/messages'
import type { NoticeInput } from '../notices/notice-board'

/** The settings a new user starts with: Demo everywhere, so every workflow can be tried without an account. */
export function defaultSettings(): Settings {
  return {
    passportPhoto: { region: 'demo', customBaseUrl: null },
    documents: { environment: 'demo', idleTimeoutMinutes: 10 },
    jobs: { concurrency: 2, retentionDays: 14, outputFolder: null },
    quotaWarningBelow: 10,
    sheets: { papers: [], printers: [] },
    appearance: { theme: 'system' },
    sharedDatabase: defaultSharedDatabaseSettings(),
    capture: defaultCaptureSettings(),
    faceChecks: defaultFaceChecksSettings(),
    studio: { name: '' },
    locale: { language: 'system' }
  }
}

/** A settings update as the renderer sends it. */
export type SettingsUpdate = z.output<typeof settingsUpdateSchema>

/** A settings file that was damaged at load: what was reset, and where the original was kept. */
export interface DamagedSettings {
  /** True when nothing could be read (not JSON, or not an object): every setting is back to its default. */
  unreadable: boolean
  /**
   * The settings that were reset, by path ("jobs.outputFolder"); the notice names them in words, in the language
   * in use when it is shown (the language is itself a setting, so it is not known yet while they are read).
   */
  reset: string[]
  /** The copy of the damaged file, beside settings.json. */
  keptAt: string
}

/** Options for SettingsService. */
export interface SettingsServiceOptions {
  /** Told once at load when the file was damaged and repaired (the app turns it into a notice). */
  onDamaged?: (damage: DamagedSettings) => void
  /** Told when the repaired file could not be written back (it is used from memory for this run). */
  onSaveError?: (error: unknown) => void
  now?: () => number
}

/** Persisted user settings, with change notification. */
export class SettingsService {
  private readonly store: JsonStore<Settings>
  private readonly path: string
  private current: Settings = defaultSettings()
  private readonly listeners = new Set<(settings: Settings) => void>()

  constructor(
    private readonly dataDir: string,
    private readonly options: SettingsServiceOptions = {}
  ) {
    this.path = join(dataDir, 'settings.json')
    this.store = new JsonStore({ path: this.path, schema: settingsSchema, fallback: defaultSettings })
  }

  /**
   * Reads settings.json, keeping every section and field that is valid. A missing section or field (an older file)
   * takes its default silently. An invalid one takes its default too; then the damaged file is kept aside as
   * `settings.damaged-<time>.json`, the repaired settings are written back, and `onDamaged` says what happened.
   */
  async load(): Promise<Settings> {
    let text: string
    try {
      text = await readFile(this.path, 'utf8')
    } catch (error) {
      if ((error as { code?: unknown }).code === 'ENOENT') return (this.current = defaultSettings())
      throw error
    }
    let raw: unknown
    let unreadable = false
    try {
      raw = JSON.parse(text)
    } catch {
      unreadable = true
    }
    unreadable ||= typeof raw !== 'object' || raw === null || Array.isArray(raw)
    const repaired = unreadable
      ? { value: defaultSettings(), reset: [''] }
      : repair(settingsSchema, raw, defaultSettings())
    this.current = repaired.value
    if (repaired.reset.length > 0) await this.keepDamaged(repaired.reset, unreadable)
    return this.current
  }

  get(): Settings {
    return this.current
  }

  /** Applies a partial update. Switching the document viewer to production needs an explicit confirmation. */
  async update(update: SettingsUpdate): Promise<Settings> {
    const next: Settings = {
      ...this.current,
      passportPhoto: { ...this.current.passportPhoto, ...update.passportPhoto },
      documents: { ...this.current.documents, ...update.documents },
      jobs: { ...this.current.jobs, ...update.jobs },
      quotaWarningBelow: update.quotaWarningBelow ?? this.current.quotaWarningBelow,
      appearance: { ...this.current.appearance, ...update.appearance },
      faceChecks: { hold: { ...this.current.faceChecks.hold, ...update.faceChecks?.hold } },
      studio: { ...this.current.studio, ...update.studio },
      locale: { ...this.current.locale, ...update.locale }
    }
    if (
      next.documents.environment === 'production' &&
      this.current.documents.environment !== 'production' &&
      update.confirmProduction !== true
    ) {
      throw new AppError('CONFIRMATION_REQUIRED', t('settings.error.confirmProduction'))
    }
    if (next.passportPhoto.region === 'custom' && next.passportPhoto.customBaseUrl === null) {
      throw new AppError('BAD_REQUEST', t('settings.error.customBaseUrl'))
    }
    return this.replace(next)
  }

  async setOutputFolder(folder: string | null): Promise<Settings> {
    return this.replace({ ...this.current, jobs: { ...this.current.jobs, outputFolder: folder } })
  }

  /** Replaces the sheets screen's remembered settings (its own section; see sheet-preferences.ts). */
  async setSheets(sheets: Settings['sheets']): Promise<Settings> {
    return this.replace({ ...this.current, sheets })
  }

  /** Replaces the shared studio database's settings (its own section; see features/shared-db-feature.ts). */
  async setSharedDatabase(sharedDatabase: Settings['sharedDatabase']): Promise<Settings> {
    return this.replace({ ...this.current, sharedDatabase })
  }

  /** Replaces the camera and hot-folder settings (their own section; see features/capture-feature.ts). */
  async setCapture(capture: Settings['capture']): Promise<Settings> {
    return this.replace({ ...this.current, capture })
  }

  onChange(listener: (settings: Settings) => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  private async keepDamaged(reset: string[], unreadable: boolean): Promise<void> {
    const stamp = new Date((this.options.now ?? Date.now)()).toISOString().replace(/[:.]/g, '-')
    const keptAt = join(this.dataDir, `settings.damaged-${stamp}.json`)
    await copyFile(this.path, keptAt)
    try {
      await this.store.save(this.current)
    } catch (error) {
      this.options.onSaveError?.(error)
    }
    this.options.onDamaged?.({
      unreadable: unreadable || reset.includes(''),
      reset: unreadable ? [] : reset,
      keptAt
    })
  }

  private async replace(next: Settings): Promise<Settings> {
    const valid = settingsSchema.parse(next)
    await this.store.save(valid)
    this.current = valid
    for (const listener of this.listeners) listener(valid)
    return valid
  }
}

/** Words for the settings a person can see in Settings; a section added later shows its path until it has some. */
const SETTING_LABELS: Record<string, MessageId> = {
  passportPhoto: 'settings.label.passportPhoto',
  'passportPhoto.region': 'settings.label.passportPhoto.region',
  'passportPhoto.customBaseUrl': 'settings.label.passportPhoto.customBaseUrl',
  documents: 'settings.label.documents',
  'documents.environment': 'settings.label.documents.environment',
  'documents.idleTimeoutMinutes': 'settings.label.documents.idleTimeoutMinutes',
  jobs: 'settings.label.jobs',
  'jobs.concurrency': 'settings.label.jobs.concurrency',
  'jobs.retentionDays': 'settings.label.jobs.retentionDays',
  'jobs.outputFolder': 'settings.label.jobs.outputFolder',
  quotaWarningBelow: 'settings.label.quotaWarningBelow',
  sheets: 'settings.label.sheets',
  'sheets.papers': 'settings.label.sheets',
  'sheets.printers': 'settings.label.sheets.printers',
  appearance: 'settings.label.appearance',
  'appearance.theme': 'settings.label.appearance.theme',
  sharedDatabase: 'settings.label.sharedDatabase',
  'sharedDatabase.enabled': 'settings.label.sharedDatabase.enabled',
  'sharedDatabase.host': 'settings.label.sharedDatabase.host',
  'sharedDatabase.port': 'settings.label.sharedDatabase.port',
  'sharedDatabase.database': 'settings.label.sharedDatabase.database',
  'sharedDatabase.user': 'settings.label.sharedDatabase.user',
  'sharedDatabase.tls': 'settings.label.sharedDatabase.tls',
  'sharedDatabase.caFile': 'settings.label.sharedDatabase.caFile',
  'sharedDatabase.counterName': 'settings.label.sharedDatabase.counterName',
  capture: 'settings.label.capture',
  'capture.camera': 'settings.label.capture.camera',
  'capture.hotFolders': 'settings.label.capture.hotFolders',
  faceChecks: 'settings.label.faceChecks',
  'faceChecks.hold': 'settings.label.faceChecks',
  studio: 'settings.label.studio',
  'studio.name': 'settings.label.studio',
  locale: 'settings.label.locale',
  'locale.language': 'settings.label.locale'
}

/** A setting's name for the person, in main's current language. */
export function settingLabel(path: string): string {
  const id = SETTING_LABELS[path]
  return id ? t(id) : path
}

/**
 * The notice for a damaged settings file: what happened, what was kept, where the damaged file is. Its words are
 * made each time it is shown, in the language in use then.
 */
export function damagedSettingsNotice(damage: DamagedSettings): NoticeInput {
  return damage.unreadable
    ? {
        id: 'settings-damaged',
        level: 'warning',
        title: () => t('settings.damaged.allTitle'),
        message: () => t('settings.damaged.allMessage', { keptAt: damage.keptAt })
      }
    : {
        id: 'settings-damaged',
        level: 'warning',
        title: () => t('settings.damaged.someTitle'),
        message: () =>
          t('settings.damaged.someMessage', {
            settings: listFormat(damage.reset.map(settingLabel)),
            keptAt: damage.keptAt
          })
      }
}

/** "a, b and c" in the language in use. */
function listFormat(items: string[]): string {
  return new Intl.ListFormat(mainLocale().tag, { type: 'conjunction' }).format(items)
}
