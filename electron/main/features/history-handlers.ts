import type { PartialRegistry } from '../ipc/registry'
import { confirmAuditImport } from '../services/audit/audit-import'
import type { StudioStore } from '../services/db/open-database'
import { confirmHistoryImport } from '../services/jobs/history-import'
import type { JobQueue } from '../services/jobs/job-queue-api'
import type { JobRepository } from '../services/jobs/job-repository'
import { NOTICE_IDS } from './history-store'
import { startOfDay, toJobView } from './job-view'

/**
 * History: pages of the whole history (the window never receives it whole), and the notices about the store.
 */
export function createHistoryHandlers(deps: {
  queue: JobQueue
  repository: JobRepository
  store: StudioStore
  now: () => number
}): PartialRegistry<
  'history:list' | 'history:notices' | 'history:confirm-import' | 'history:dismiss-notice'
> {
  const { notices } = deps.store
  return {
    'history:list': async ({ limit, cursor, search, from, to, states, specCode }) => {
      const page = await deps.queue.page({
        limit,
        cursor,
        ...(search !== undefined ? { search } : {}),
        ...(from !== undefined ? { from } : {}),
        ...(to !== undefined ? { to } : {}),
        ...(states !== undefined ? { states } : {}),
        ...(specCode !== undefined ? { specCode } : {})
      })
      const today = startOfDay(deps.now())
      return { jobs: page.records.map((job) => toJobView(job, today)), next: page.next }
    },
    'history:notices': async () => notices.list(),
    'history:confirm-import': async () => {
      await confirmHistoryImport(deps.repository)
      await confirmAuditImport(deps.store.db)
      notices.dismiss(NOTICE_IDS.historyImport)
      notices.dismiss(NOTICE_IDS.auditImport)
      return notices.list()
    },
    'history:dismiss-notice': async ({ id }) => {
      notices.dismiss(id)
      return notices.list()
    }
  }
}
