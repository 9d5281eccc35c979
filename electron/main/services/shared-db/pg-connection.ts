import { Kysely, PostgresDialect } from 'kysely'
import pg from 'pg'
import type { ConnectionOptions } from 'node:tls'
import type { SharedDatabaseSettings } from '../../../shared/contract'
import { AppError } from '../../../shared/errors'
import type { SharedDatabase } from './schema'
import { t } from '../i18n/main-language'

/** What it takes to reach the shared database: the settings, the password from the keychain, the CA's PEM. */
export interface SharedDbConfig {
  host: string
  port: number
  database: string
  user: string
  password: string
  tls: SharedDatabaseSettings['tls']
  /** A CA certificate (PEM) for verify-full; absent: Node's usual public CAs. */
  ca?: string | undefined
}

/** An open pool to the shared database, with typed queries. */
export interface SharedStore {
  db: Kysely<SharedDatabase>
  /** user@host:port/database, for messages and for the consent to set it up. */
  target: string
  close(): Promise<void>
}

/** How long a connection attempt may take before the server counts as unreachable. */
const CONNECT_TIMEOUT_MS = 5000
/** A query that has had no answer for this long counts as a lost connection (the server or network is gone). */
const QUERY_TIMEOUT_MS = 20_000

/** user@host:port/database: which database a consent or a message is about. */
export function targetOf(settings: Pick<SharedDbConfig, 'user' | 'host' | 'port' | 'database'>): string {
  return `${settings.user}@${settings.host}:${settings.port}/${settings.database}`
}

/** TLS as libpq's sslmode: off, encrypted without checking the certificate, or encrypted and verified. */
function tlsOptions(config: SharedDbConfig): false | ConnectionOptions {
  if (config.tls === 'disable') return false
  if (config.tls === 'require') return { rejectUnauthorized: false }
  return { rejectUnauthorized: true, ...(config.ca ? { ca: config.ca } : {}) }
}

// bigint (int8) columns hold epoch milliseconds and counts, well inside a JavaScript number: read them as numbers.
const INT8_OID = 20
const types = {
  getTypeParser: ((oid: number, format?: string) =>
    oid === INT8_OID && format !== 'binary'
      ? (value: string) => Number(value)
      : pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser
}

/** Opens a small pool to the shared database. Nothing connects until the first query. */
export function openSharedStore(
  config: SharedDbConfig,
  options: { max?: number; onIdleError?: (error: Error) => void } = {}
): SharedStore {
  const pool = new pg.Pool({
    host: config.host,
    port: config.port,
    database: config.database,
    user: config.user,
    password: config.password,
    ssl: tlsOptions(config),
    max: options.max ?? 4,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    query_timeout: QUERY_TIMEOUT_MS,
    idleTimeoutMillis: 30_000,
    keepAlive: true,
    application_name: 'ID Photo Studio',
    types
  })
  // An idle connection dropped by the server (a restart) must not crash the app: the next query reconnects.
  pool.on('error', (error) => options.onIdleError?.(error))
  const db = new Kysely<SharedDatabase>({ dialect: new PostgresDialect({ pool }) })
  return { db, target: targetOf(config), close: () => db.destroy() }
}

const UNREACHABLE = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EPIPE',
  '57P01', // admin_shutdown: the server is stopping
  '57P02',
  '57P03' // cannot_connect_now: starting up or shutting down
])

const CERTIFICATE = /CERT|SELF_SIGNED|UNABLE_TO_(VERIFY|GET)|ALTNAME|DEPTH_ZERO/

/** True when the error says the server could not be reached (as opposed to a refusal or a bug). */
export function isUnreachable(error: unknown): boolean {
  const e = error as { code?: unknown; message?: unknown } | null
  const code = typeof e?.code === 'string' ? e.code : ''
  const message = typeof e?.message === 'string' ? e.message : ''
  return (
    UNREACHABLE.has(code) ||
    /timeout|terminated|Connection terminated|connect E|not queryable|socket/i.test(message)
  )
}

/**
 * The error from PostgreSQL or the network, in words for the person at the counter: what happened and what to do.
 * Never the password, never a connection string.
 */
export function sharedDbError(error: unknown, target: string): AppError {
  if (error instanceof AppError) return error
  const e = error as { code?: unknown; message?: unknown } | null
  const code = typeof e?.code === 'string' ? e.code : ''
  const text = typeof e?.message === 'string' ? e.message : ''
  const say = (kind: ConstructorParameters<typeof AppError>[0], message: string) =>
    new AppError(kind, message, { cause: error })
  if (code === '28P01' || (code === '28000' && !/no pg_hba/.test(text)))
    return say('CREDENTIALS_REJECTED', t('sharedDb.error.credentials', { target }))
  if (code === '28000') return say('CREDENTIALS_REJECTED', t('sharedDb.error.hba', { target }))
  if (code === '3D000') return say('NOT_FOUND', t('sharedDb.error.noDatabase', { target }))
  if (code === '42501') return say('CREDENTIALS_REJECTED', t('sharedDb.error.privilege', { target }))
  if (CERTIFICATE.test(code) || /certificate/i.test(text))
    return say('NETWORK', t('sharedDb.error.certificate', { target }))
  if (/does not support SSL/i.test(text)) return say('NETWORK', t('sharedDb.error.noTls', { target }))
  if (isUnreachable(error)) return say('NETWORK', t('sharedDb.error.unreachable', { target }))
  return say(
    'SERVER_ERROR',
    t('sharedDb.error.server', { target, detail: text || code || t('sharedDb.error.unknown') })
  )
}
