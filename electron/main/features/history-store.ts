import type { StudioStore } from '../services/db/open-database'
import { writeSetAside } from '../services/db/set-aside-file'
import { importAuditJsonl, type AuditImportReport } from '../services/audit/audit-import'
import { importJsonHistory, type HistoryImportReport } from '../services/jobs/history-import'
import type { JobRepository } from '../services/jobs/job-repository'
import { createSqlJobRepository } from '../services/jobs/sql-job-repository'
import type { NoticeBoard } from '../services/notices/notice-board'
import type { StudioChain } from '../services/shared-db/studio-chain'
import { t } from '../services/i18n/main-language'

/** The notice ids, so a later notice of the same kind replaces the earlier one. */
export const NOTICE_IDS = {
  historyImport: 'import:history',
  auditImport: 'import:audit',
  setAside: 'set-aside:jobs',
  writeFailed: 'history:write-failed'
} as const

/** What opening the history needs. */
export interface OpenHistoryOptions {
  store: StudioStore
  /** The app's notices (the shell shows them): imports, records set aside. */
  notices: NoticeBoard
  dataDir: string
  now: () => number
  /** Studio-chain mode: every change is queued for the shared database, and other counters' jobs read from it. */
  chain?: StudioChain
}

/**
 * Opens the job history in the studio database and imports the old history file once. What the person must know
 * (the import and its backup, records set aside) becomes an app notice.
 */
export async function openJobHistory(options: OpenHistoryOptions): Promise<JobRepository> {
  const { store, notices, dataDir, now, chain } = options
  let setAsideTotal = 0
  const local = createSqlJobRepository({
    db: store.db,
    ...(chain ? { outbox: chain.outbox } : {}),
    setAside: (rows) => writeSetAside(dataDir, 'jobs', rows, now),
    onSetAside: ({ count, file }) => {
      setAsideTotal += count
      notices.add({
        id: NOTICE_IDS.setAside,
        level: 'warning',
        title: () => t('store.history.setAside.title'),
        message: () => t('store.history.setAside.message', { count: setAsideTotal, file })
      })
    }
  })
  const repository = chain ? chain.history(local) : local
  const report = await importJsonHistory({ dataDir, repository, now })
  if (report) notices.add(importNotice(NOTICE_IDS.historyImport, 'history', report))
  return repository
}

/** Imports the old audit.jsonl once and tells the person. */
export async function importOldAuditLog(options: OpenHistoryOptions): Promise<void> {
  const report = await importAuditJsonl({ dataDir: options.dataDir, db: options.store.db, now: options.now })
  if (report) options.notices.add(importNotice(NOTICE_IDS.auditImport, 'audit', report))
}

/** The import's notice; its words are made each time it is shown, in the language in use then. */
function importNotice(
  id: string,
  what: 'history' | 'audit',
  report: HistoryImportReport | AuditImportReport
) {
  const values = {
    what,
    imported: report.imported,
    aside: report.setAside?.count ?? 0,
    file: report.setAside?.file ?? '',
    backup: report.backup
  }
  return {
    id,
    level: report.setAside ? ('warning' as const) : ('info' as const),
    title: () => t('store.import.title', { what }),
    message: () => t('store.import.message', values)
  }
}
