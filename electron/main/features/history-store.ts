import type { StudioStore } from '../services/db/open-database'
import { writeSetAside } from '../services/db/set-aside-file'
import { importAuditJsonl, type AuditImportReport } from '../services/audit/audit-import'
import { importJsonHistory, type HistoryImportReport } from '../services/jobs/history-import'
import type { JobRepository } from '../services/jobs/job-repository'
import { createSqlJobRepository } from '../services/jobs/sql-job-repository'

/** The notice ids, so a later notice of the same kind replaces the earlier one. */
export const NOTICE_IDS = {
  historyImport: 'import:history',
  auditImport: 'import:audit',
  setAside: 'set-aside:jobs',
  writeFailed: 'write-failed'
} as const

/**
 * Opens the job history in the studio database and imports the old history file once. Whatever the person must
 * know (the import and its backup, records set aside) becomes a notice in the History and Photos screens.
 */
export async function openJobHistory(options: {
  store: StudioStore
  dataDir: string
  now: () => number
}): Promise<JobRepository> {
  const { store, dataDir, now } = options
  let setAsideTotal = 0
  const repository = createSqlJobRepository({
    db: store.db,
    setAside: (rows) => writeSetAside(dataDir, 'jobs', rows, now),
    onSetAside: ({ count, file }) => {
      setAsideTotal += count
      store.notices.add({
        id: NOTICE_IDS.setAside,
        level: 'warning',
        message:
          `${plural(setAsideTotal, 'history entry', 'history entries')} could not be read and ` +
          `${setAsideTotal === 1 ? 'was' : 'were'} set aside, as stored, in ${file}. Every other entry is ` +
          'unaffected. Keep that file for support.'
      })
    }
  })
  const report = await importJsonHistory({ dataDir, repository, now })
  if (report) store.notices.add(importNotice(NOTICE_IDS.historyImport, 'history', report, 'job', 'jobs'))
  return repository
}

/** Imports the old audit.jsonl once and tells the person. */
export async function importOldAuditLog(options: {
  store: StudioStore
  dataDir: string
  now: () => number
}): Promise<void> {
  const report = await importAuditJsonl({ dataDir: options.dataDir, db: options.store.db, now: options.now })
  if (report)
    options.store.notices.add(importNotice(NOTICE_IDS.auditImport, 'audit log', report, 'row', 'rows'))
}

function importNotice(
  id: string,
  what: string,
  report: HistoryImportReport | AuditImportReport,
  one: string,
  many: string
) {
  const aside = report.setAside
    ? ` ${plural(report.setAside.count, 'entry', 'entries')} could not be read and ` +
      `${report.setAside.count === 1 ? 'was' : 'were'} kept aside, as ${report.setAside.count === 1 ? 'it was' : 'they were'}, in ${report.setAside.file}.`
    : ''
  return {
    id,
    level: report.setAside ? ('warning' as const) : ('info' as const),
    message:
      `The earlier ${what} was moved into the studio database: ${plural(report.imported, one, many)}.${aside} ` +
      `The old file is kept at ${report.backup} until you confirm that everything is here.`,
    action: 'confirm-import' as const
  }
}

function plural(n: number, one: string, many: string): string {
  return `${n.toLocaleString('en')} ${n === 1 ? one : many}`
}
