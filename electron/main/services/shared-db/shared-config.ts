import { readFile } from 'node:fs/promises'
import type { SharedDatabaseSettings } from '../../../shared/contract'
import type { SharedDbConfig } from './pg-connection'
import { t } from '../i18n/main-language'

/** The connection the settings describe, or what is still missing, in words for the person. */
export type SharedConfigResult =
  | { kind: 'off' }
  | { kind: 'incomplete'; message: string }
  | { kind: 'ready'; config: SharedDbConfig; counterName: string }

/**
 * Puts the settings, the password (from the keychain) and the CA file together. `enabled` false is "off" unless
 * `evenIfOff` (Test connection and set-up work before the shared database is switched on).
 */
export async function sharedConfig(
  settings: SharedDatabaseSettings,
  password: () => Promise<string | null>,
  options: { evenIfOff?: boolean; read?: (path: string) => Promise<string> } = {}
): Promise<SharedConfigResult> {
  if (!settings.enabled && !options.evenIfOff) return { kind: 'off' }
  const missing = [
    settings.host === '' ? 'the server' : null,
    settings.database === '' ? 'the database name' : null,
    settings.user === '' ? 'the user' : null,
    settings.counterName === '' ? 'this counter’s name' : null
  ].filter((m): m is string => m !== null)
  if (missing.length > 0) {
    return {
      kind: 'incomplete',
      message: `Enter ${missing.join(', ')} in Settings, under Shared studio database.`
    }
  }
  let secret: string | null
  try {
    secret = await password()
  } catch {
    return {
      kind: 'incomplete',
      message: t('sharedDb.config.noKeychain')
    }
  }
  if (secret === null) {
    return {
      kind: 'incomplete',
      message: t('sharedDb.config.noPassword')
    }
  }
  let ca: string | undefined
  if (settings.tls === 'verify-full' && settings.caFile !== null) {
    try {
      ca = await (options.read ?? ((path) => readFile(path, 'utf8')))(settings.caFile)
    } catch {
      return {
        kind: 'incomplete',
        message: `The CA certificate file could not be read (${settings.caFile}). Check the path in Settings.`
      }
    }
  }
  return {
    kind: 'ready',
    counterName: settings.counterName,
    config: {
      host: settings.host,
      port: settings.port,
      database: settings.database,
      user: settings.user,
      password: secret,
      tls: settings.tls,
      ...(ca !== undefined ? { ca } : {})
    }
  }
}
