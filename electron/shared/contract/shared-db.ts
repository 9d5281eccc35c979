import { z } from 'zod'
import { channel } from './define'
import { noInput } from './common'

/** How the connection to the shared database is encrypted: as libpq's sslmode of the same names. */
export const SHARED_DB_TLS_MODES = ['disable', 'require', 'verify-full'] as const

/**
 * The shared studio database (studio-chain mode): a PostgreSQL server that every counter of the studio writes
 * its jobs and audit log to. The password is not here: it is in the OS keychain.
 */
export const sharedDatabaseSettingsSchema = z.object({
  /** On: this counter sends its work to the shared database (and keeps working on its own while it is away). */
  enabled: z.boolean(),
  host: z.string().trim().max(255),
  port: z.number().int().min(1).max(65535),
  database: z.string().trim().max(63),
  user: z.string().trim().max(63),
  tls: z.enum(SHARED_DB_TLS_MODES),
  /** A CA certificate file (PEM) for verify-full with the studio's own CA; null: the usual public CAs. */
  caFile: z.string().trim().min(1).max(4096).nullable(),
  /** This counter's name, recorded on every job and audit row it makes ("Front desk", "Counter 2"). */
  counterName: z.string().trim().max(60)
})

/** The shared database's settings. */
export type SharedDatabaseSettings = z.infer<typeof sharedDatabaseSettingsSchema>

/** Off, with the usual PostgreSQL port, encrypted and verified by default. */
export function defaultSharedDatabaseSettings(): SharedDatabaseSettings {
  return {
    enabled: false,
    host: '',
    port: 5432,
    database: 'studio',
    user: 'studio_app',
    tls: 'verify-full',
    caFile: null,
    counterName: ''
  }
}

/** Where this counter stands with the shared database, in words for the person at the counter. */
export interface SharedDbStatus {
  /**
   * off: not used; connecting: on its way; online: connected, changes go out as they are made; offline: not
   * reachable, the counter works on its own and keeps its changes; setup-needed: something must be done in
   * Settings first (the message says what).
   */
  state: 'off' | 'connecting' | 'online' | 'offline' | 'setup-needed'
  message: string
  /** Changes made at this counter that the shared database has not received yet. */
  pending: number
  counterName: string | null
  /** When the last change was received by the shared database (epoch ms). */
  lastSentAt: number | null
}

/** The Settings section: the settings, whether a password is in the keychain, and the status. */
export interface SharedDbView {
  settings: SharedDatabaseSettings
  password: { configured: boolean }
  keychain: { available: boolean; message: string | null }
  status: SharedDbStatus
}

/** What "Test connection" found; `setup` when the database first needs the app's tables (with consent). */
export interface SharedDbTest {
  ok: boolean
  message: string
  setup: {
    /** The server and database the consent is for ("studio_app@db.example:5432/studio"). */
    target: string
    /** The steps that would run, by name. */
    migrations: string[]
  } | null
}

const settingsInput = sharedDatabaseSettingsSchema.omit({ enabled: true }).strict()

/** Shared studio database channels. The password goes in (to the keychain); only `{ configured }` comes out. */
export const sharedDbChannels = {
  'chain:get': channel<SharedDbView>()(noInput),
  'chain:status': channel<SharedDbStatus>()(noInput),
  'chain:save-settings': channel<SharedDbView>()(settingsInput),
  'chain:set-password': channel<SharedDbView>()(
    z.object({ password: z.string().min(1, 'Enter the password.').max(512) }).strict()
  ),
  'chain:delete-password': channel<SharedDbView>()(noInput),
  'chain:test-connection': channel<SharedDbTest>()(noInput),
  /**
   * Creates or updates the app's tables in the shared database: only with the person's explicit confirmation of
   * this very target, after a test of it (checked again in main).
   */
  'chain:run-setup': channel<SharedDbTest>()(
    z.object({ confirmed: z.literal(true), target: z.string().min(1).max(600) }).strict()
  ),
  'chain:set-enabled': channel<SharedDbView>()(z.object({ enabled: z.boolean() }).strict())
}
