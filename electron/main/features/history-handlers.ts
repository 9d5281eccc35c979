import type { PendingImport } from '../../shared/contract'
import type { PartialRegistry } from '../ipc/registry'
import { confirmAuditImport, pendingAuditImport } from '../services/audit/audit-import'
import type { StudioStore } from '../services/db/open-database'
import { confirmHistoryImport, pendingHistoryImport } from '../services/jobs/history-import'
import type { JobQueue } from '../services/jobs/job-queue-api'
import type { JobRepository } from '../services/jobs/job-repository'
import type { NoticeBoard } from '../services/notices/notice-board'
import { NOTICE_IDS } from './history-store'
import { startOfDay, toJobView } from './job-view'

/**
 * History: pages of the whole history (the window never receives it whole), and the imports of earlier files
 * that wait for the person's confirmation.
 */
export function createHistoryHandlers(deps: {
  queue: JobQueue
  repository: JobRepository
  store: StudioStore
  notices: NoticeBoard
  now: () => number
}): PartialRegistry<'history:list' | 'history:imports' | 'history:confirm-import'> {
  const pending = async (): Promise<PendingImport[]> => {
    const list: PendingImport[] = []
    const history = await pendingHistoryImport(deps.repository)
    if (history) list.push({ what: 'history', ...pick(history) })
    const audit = await pendingAuditImport(deps.store.db)
    if (audit) list.push({ what: 'audit log', ...pick(audit) })
    return list
  }
  return {
    'history:list': async ({ limit, cursor, search, from, to, states, specCode, counters }) => {
      const page = await deps.queue.page({
        limit,
        cursor,
        ...(counters !== undefined ? { counters } : {}),
        ...(search !== undefined ? { search } : {}),
        ...(from !== undefined ? { from } : {}),
        ...(to !== undefined ? { to } : {}),
        ...(states !== undefined ? { states } : {}),
        ...(specCode !== undefined ? { specCode } : {})
      })
      const today = startOfDay(deps.now())
      return {
        jobs: page.records.map((job) => toJobView(job, today)),
        next: page.next,
        counters: page.counters ?? 'this',
        note: page.note ?? null
      }
    },
    'history:imports': pending,
    'history:confirm-import': async () => {
      await confirmHistoryImport(deps.repository)
      await confirmAuditImport(deps.store.db)
      deps.notices.dismiss(NOTICE_IDS.historyImport)
      deps.notices.dismiss(NOTICE_IDS.auditImport)
      return pending()
    }
  }
}

function pick(report: Omit<PendingImport, 'what'>): Omit<PendingImport, 'what'> {
  return { imported: report.imported, setAside: report.setAside, backup: report.backup }
}
