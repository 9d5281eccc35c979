import { createAuditLog, type AuditLog } from '../../electron/main/services/audit/audit-log'
import { openStudioDatabase } from '../../electron/main/services/db/open-database'

/** The real audit log over a real studio database in `dataDir`; `close` ends its database thread. */
export async function openTestAuditLog(options: {
  dataDir: string
  osUser: () => string
  now?: () => number
}): Promise<{ audit: AuditLog; close: () => Promise<void> }> {
  const store = await openStudioDatabase({ dataDir: options.dataDir })
  const audit = createAuditLog({
    db: store.db,
    osUser: options.osUser,
    ...(options.now ? { now: options.now } : {})
  })
  return { audit, close: () => store.close() }
}
