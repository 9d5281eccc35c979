import { sql } from 'kysely'
import type {
  AuditVerification,
  Channel,
  SharedDbStatus,
  SharedDbTest,
  SharedDbView
} from '../../shared/contract'
import { AppError } from '../../shared/errors'
import type { Core } from '../core'
import type { PartialRegistry } from '../ipc/registry'
import type { AuditLog } from '../services/audit/audit-log'
import { openSharedStore, sharedDbError, targetOf } from '../services/shared-db/pg-connection'
import { sharedConfig } from '../services/shared-db/shared-config'
import { verifySharedAudit } from '../services/shared-db/shared-audit'
import { migrationState, runSharedMigrations } from '../services/shared-db/shared-migrations'
import { QUEUED_FOR_FACT } from '../services/shared-db/shared-sync'
import { onMainLocaleChange, t } from '../services/i18n/main-language'

type SharedDbChannels = Extract<Channel, `chain:${string}`>

/** How long a test's finding that the database needs setting up stays valid for the consent to set it up. */
const CONSENT_MS = 10 * 60_000
const OFFLINE_NOTICE = 'shared-db-status'

/**
 * Settings → Shared studio database: the connection (the password into the keychain; the window learns only
 * whether one is saved), Test connection, setting the database up (only after a test of that very database and
 * the person's explicit confirmation, checked here), switching the studio chain on and off, and the status. The
 * status also becomes an app notice while the database is offline or needs attention.
 */
export function createSharedDbHandlers(core: Core): PartialRegistry<SharedDbChannels> {
  const { settings, credentials, chain } = core
  const sync = chain.sync
  let consent: { target: string; until: number } | null = null
  const notice = statusNotices(core)
  const tell = (status: SharedDbStatus) => {
    core.host.emit('chain:changed', status)
    notice(status)
  }
  sync.onStatus(tell)
  // The status line and its notice follow a change of language at once.
  onMainLocaleChange(() => tell(sync.status()))

  const section = () => settings.get().sharedDatabase
  const view = async (): Promise<SharedDbView> => {
    const keychain = await core.host.secretStore.availability()
    const password = keychain.available ? await credentials.sharedDatabasePassword().catch(() => null) : null
    return {
      settings: section(),
      password: { configured: password !== null },
      keychain,
      status: sync.status()
    }
  }
  const changed = async () => {
    consent = null
    sync.restart()
    return view()
  }
  const readyConfig = async () => {
    const found = await sharedConfig(section(), () => credentials.sharedDatabasePassword(), {
      evenIfOff: true
    })
    if (found.kind !== 'ready')
      throw new AppError(
        'CREDENTIALS_MISSING',
        found.kind === 'off' ? t('sharedDb.status.off') : found.message
      )
    return found
  }

  /** Connects once with the settings as they are, and says what it found. */
  const test = async (): Promise<SharedDbTest> => {
    const found = await readyConfig().catch((error: AppError) => error)
    if (found instanceof AppError) return { ok: false, message: found.message, setup: null }
    const store = openSharedStore(found.config, { max: 1 })
    try {
      const { rows } = await sql<{
        version: string
        ssl: boolean | null
      }>`select current_setting('server_version') as version,
          (select ssl from pg_stat_ssl where pid = pg_backend_pid()) as ssl`.execute(store.db)
      const server = t('sharedDb.test.server', {
        version: rows[0]?.version ?? '',
        target: store.target,
        encrypted: rows[0]?.ssl ? 'yes' : 'no'
      })
      const state = await migrationState(store.db)
      if (state.unknown.length > 0)
        return {
          ok: false,
          message: t('sharedDb.test.newer', { server }),
          setup: null
        }
      if (state.pending.length > 0) {
        consent = { target: store.target, until: core.now() + CONSENT_MS }
        return {
          ok: true,
          message: t('sharedDb.test.noTables', { server, update: state.pending.length < 3 ? 'yes' : 'no' }),
          setup: { target: store.target, migrations: state.pending }
        }
      }
      const taken = await store.db
        .selectFrom('counters')
        .select('id')
        .where('name', '=', found.counterName)
        .executeTakeFirst()
      if (taken && taken.id !== (await sync.counterId()))
        return {
          ok: false,
          message: t('sharedDb.test.nameTaken', { server, name: found.counterName }),
          setup: null
        }
      const enabled = section().enabled ? 'yes' : 'no'
      return { ok: true, message: t('sharedDb.test.ready', { server, enabled }), setup: null }
    } catch (error) {
      return { ok: false, message: sharedDbError(error, store.target).message, setup: null }
    } finally {
      await store.close().catch(() => undefined)
    }
  }

  return {
    'chain:get': view,
    'chain:status': async () => sync.status(),
    'chain:save-settings': async (input) => {
      await settings.setSharedDatabase({ ...section(), ...input })
      return changed()
    },
    'chain:set-password': async ({ password }) => {
      await credentials.setSharedDatabasePassword(password)
      return changed()
    },
    'chain:delete-password': async () => {
      await credentials.deleteSharedDatabasePassword()
      return changed()
    },
    'chain:test-connection': test,
    'chain:run-setup': async ({ confirmed, target }) => {
      const found = await readyConfig()
      // The consent is for the database a test has just shown the person, and for nothing else.
      if (
        confirmed !== true ||
        consent === null ||
        consent.target !== target ||
        consent.until < core.now() ||
        targetOf(found.config) !== target
      ) {
        throw new AppError('CONFIRMATION_REQUIRED', t('sharedDb.setup.testFirst'))
      }
      consent = null
      const store = openSharedStore(found.config, { max: 1 })
      try {
        const ran = await runSharedMigrations(store.db)
        sync.restart()
        return {
          ok: true,
          message: t('sharedDb.setup.done', {
            migrations: ran.join(', '),
            enabled: section().enabled ? 'yes' : 'no'
          }),
          setup: null
        }
      } catch (error) {
        return { ok: false, message: sharedDbError(error, store.target).message, setup: null }
      } finally {
        await store.close().catch(() => undefined)
      }
    },
    'chain:set-enabled': async ({ enabled }) => {
      if (enabled && !section().enabled) {
        const result = await test()
        if (!result.ok || result.setup !== null)
          throw new AppError('STATE_CONFLICT', result.setup ? t('sharedDb.setup.first') : result.message)
      }
      if (!enabled) {
        // Rejoining later sends the whole history again, so nothing done in between is missing there.
        await core.store.db.deleteFrom('store_meta').where('key', '=', QUEUED_FOR_FACT).execute()
      }
      await settings.setSharedDatabase({ ...section(), enabled })
      return changed()
    }
  }
}

/** Verify audit log: this counter's log, and in a studio chain the shared one too (while it can be read). */
export async function verifyAuditLogs(audit: AuditLog, core: Core): Promise<AuditVerification> {
  const own = await audit.verify()
  const connected = core.chain.sync.connected()
  if (!connected) return own
  const shared = await verifySharedAudit(connected.store.db).catch((error: unknown) => {
    core.chain.sync.readFailed(error)
    return null
  })
  if (shared === null) return own
  return {
    ...own,
    ok: own.ok && shared.ok,
    message: t('sharedDb.audit.both', { own: own.message, shared: shared.message })
  }
}

/**
 * While the database is offline or needs attention, a notice says so, with how many changes wait. A new state shows
 * it again; a new count only updates a notice still shown (dismissed, it stays dismissed until the state changes).
 */
function statusNotices(core: Core): (status: SharedDbStatus) => void {
  let last: SharedDbStatus['state'] = 'off'
  return (status) => {
    const shown = core.notices.list().find((n) => n.id === OFFLINE_NOTICE)
    const changedState = status.state !== last
    last = status.state
    if (status.state !== 'offline' && status.state !== 'setup-needed') {
      if (shown) core.notices.dismiss(OFFLINE_NOTICE)
      return
    }
    if (!changedState && (!shown || shown.message === status.message)) return
    const title = () =>
      status.state === 'offline' ? t('sharedDb.notice.offline') : t('sharedDb.notice.attention')
    core.notices.add({ id: OFFLINE_NOTICE, level: 'warning', title, message: status.message })
  }
}
