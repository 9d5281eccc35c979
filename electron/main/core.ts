import type { EventMap, EventName, Settings } from '../shared/contract'
import type { DemoService } from './demo'
import type { FetchLike } from './services/http/http-client'
import type { AppLog } from './services/log/app-log'
import type { NoticeBoard } from './services/notices/notice-board'
import type { Dialogs, Printer } from './services/platform'
import type { Credentials, PassportPhotoCredentials } from './services/secrets/credentials'
import type { SecretStore } from './services/secrets/secret-store'
import type { SettingsService } from './services/settings/settings-service'
import type { Connection } from './connections'
import type { StudioStore } from './services/db/open-database'
import type { StudioChain } from './services/shared-db/studio-chain'

/** Sends a typed main → renderer event. */
export type EmitEvent = <E extends EventName>(event: E, payload: EventMap[E]) => void

/** What the host (Electron, or the browser harness) gives the app. */
export interface HostEnvironment {
  /** The app's data folder (Electron's userData). Settings, history and the audit log live here. */
  dataDir: string
  /** The folder holding `demo/` (specs and specimen documents), shipped with the app. */
  resourcesDir: string
  secretStore: SecretStore
  /** The real network; never used in Demo mode. */
  networkFetch: FetchLike
  dialogs: Dialogs
  printer: Printer
  emit: EmitEvent
  osUser: string
  version: string
  platform: string
  /** Opens an allowlisted https link in the user's browser (already checked against the allowlist). */
  openExternal: (url: string) => Promise<void>
  /** True in the browser harness. */
  harness: boolean
  /** The demo service to use; the harness passes its own so tests can drive faults and read counters. */
  demo?: DemoService
  now?: () => number
  /** The rotating, redacted log file in the data folder (Electron); the harness has none. */
  log?: AppLog
  /**
   * The operating system's locale ("fr-FR"): Electron's app.getLocale(), or the browser's language in the browser
   * harness. The language follows it while Settings says "system". English (US) when absent.
   */
  systemLocale?: () => string
  /** True in development builds: Settings then offers the pseudo-locale too. */
  development?: boolean
}

/** The services every feature can use. */
export interface Core {
  host: HostEnvironment
  settings: SettingsService
  credentials: Credentials
  demo: DemoService
  demoFetch: FetchLike
  /** The studio database (job history and audit log), opened once for the app. */
  store: StudioStore
  /** Studio-chain mode: the shared database, its outbox and sync (all inactive while it is off). */
  chain: StudioChain
  now: () => number
  passportPhoto: () => Connection<PassportPhotoCredentials>
  documents: () => Connection<string>
  currentSettings: () => Settings
  /** Messages for the person shown in the app shell until dismissed (a damaged file repaired at start-up, …). */
  notices: NoticeBoard
}
