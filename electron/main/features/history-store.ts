import type { StudioStore } from '../services/db/open-database'
import { writeSetAside } from '../services/db/set-aside-file'
import { importAuditJsonl, type AuditImportReport } from '../services/audit/audit-import'
import { importJsonHistory, type HistoryImportReport } from '../services/jobs/history-import'
import type { JobRepository } from '../services/jobs/job-repository'
import { createSqlJobRepository } from '../services/jobs/sql-job-repository'
import type { NoticeBoard } from '../services/notices/notice-board'
import type { StudioChain } from '../services/shared-db/studio-chain'

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
        title: 'History entries set aside',
        message:
          `${plural(setAsideTotal, 'history entry', 'history entries')} could not be read and ` +
          `${setAsideTotal === 1 ? 'was' : 'were'} set aside, as stored, in ${file}. Every other entry is ` +
          'unaffected. Keep that file for support.'
      })
    }
  })
  const repository = chain ? chain.history(local) : local
  const report = await importJsonHistory({ dataDir, repository, now })
  if (report) notices.add(importNotice(NOTICE_IDS.historyImport, 'history', report, 'job', 'jobs'))
  return repository
}

/** Imports the old audit.jsonl once and tells the person. */
export async function importOldAuditLog(options: OpenHistoryOptions): Promise<void> {
  const report = await importAuditJsonl({ dataDir: options.dataDir, db: options.store.db, now: options.now })
  if (report) options.notices.add(importNotice(NOTICE_IDS.auditImport, 'audit log', report, 'row', 'rows'))
}

function importNotice(
  id: string,
  what: string,
  report: HistoryImportReport | AuditImportReport,
  one: string,
  many: string
) {
  const n = report.setAside?.count ?? 0
  const aside = report.setAside
    ? ` ${plural(n, 'entry', 'entries')} could not be read and ${n === 1 ? 'was' : 'were'} kept aside, as ` +
      `${n === 1 ? 'it was' : 'they were'}, in ${report.setAside.file}.`
    : ''
  return {
    id,
    level: report.setAside ? ('warning' as const) : ('info' as const),
    title: `The earlier ${what} was moved into the studio database`,
    message:
      `${plural(report.imported, one, many)} imported.${aside} The old file is kept at ${report.backup} until ` +
      'you confirm, in History, that everything is here.'
  }
}

function plural(n: number, one: string, many: string): string {
  return `${n.toLocaleString('en')} ${n === 1 ? one : many}`
}
