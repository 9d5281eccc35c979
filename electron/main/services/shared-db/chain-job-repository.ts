import { AppError } from '../../../shared/errors'
import { isActive } from '../jobs/job-rules'
import type { HistoryPage, JobRepository } from '../jobs/job-repository'
import type { JobRecord } from '../jobs/job-types'
import { purgedElsewhere } from './shared-photos'
import type { SharedSync } from './shared-sync'
import { t } from '../i18n/main-language'

/** Shown when every counter's jobs were asked for and the shared database cannot be read. */
export function offlineHistoryNote(): string {
  return t('sharedDb.offlineHistory')
}

const offlineChange = () => t('sharedDb.offlineChange')

/**
 * The job history of a counter in a studio chain. Everything this counter does is written to its own SQLite
 * (with the change queued in the outbox, in the same transaction), so it works the same with the shared database
 * or without it. Other counters' jobs are read from the shared database while it is there: History's "all
 * counters", reopening, saving and reprinting them. Such a record carries its counter's name and no make grant;
 * only a shared field (where it was saved) may be changed from here, and the shared database refuses the rest.
 */
export function createChainJobRepository(local: JobRepository, sync: SharedSync): JobRepository {
  const remote = async <T>(read: (repository: JobRepository) => Promise<T>, offline: T): Promise<T> => {
    const connected = sync.connected()
    if (!connected) return offline
    try {
      return await read(connected.repository)
    } catch (error) {
      if (error instanceof AppError) throw error
      sync.readFailed(error)
      return offline
    }
  }
  const mustRemote = <T>(work: (repository: JobRepository) => Promise<T>): Promise<T> => {
    const connected = sync.connected()
    if (!connected) return Promise.reject(new AppError('NETWORK', offlineChange()))
    return work(connected.repository)
  }
  const isRemote = (record: JobRecord) => record.fromCounter !== undefined

  return {
    insert: (record) => local.insert(record),
    put: (record, base) =>
      isRemote(record) ? mustRemote((r) => r.put(record, base)) : local.put(record, base),
    keepAnswer: (record, photo, base) => local.keepAnswer(record, photo, base),
    keptPhoto: (jobId) => local.keptPhoto(jobId),
    dropKeptPhoto: (jobId) => local.dropKeptPhoto(jobId),
    async get(jobId) {
      return (await local.get(jobId)) ?? remote((r) => r.get(jobId), null)
    },
    async remove(jobId) {
      if ((await local.known([jobId])).has(jobId)) return local.remove(jobId)
      await mustRemote((r) => r.remove(jobId))
    },
    queue: (since) => local.queue(since),
    active: () => local.active(),
    async page(query): Promise<HistoryPage> {
      if (query.counters !== 'all') return local.page(query)
      const shared = await remote((r) => r.page({ ...query, counters: 'all' }), null)
      return (
        shared ?? {
          ...(await local.page({ ...query, counters: 'this' })),
          counters: 'this',
          note: offlineHistoryNote()
        }
      )
    },
    async expired(cutoff, limit) {
      const own = await local.expired(cutoff, limit)
      if (own.length >= limit) return own
      // Jobs of this counter whose photos another counter purged (the agreed retention): purged here too.
      const ids = await remote(async () => {
        const connected = sync.connected()
        return connected ? purgedElsewhere(connected.store.db, connected.counter.id, limit) : []
      }, [] as string[])
      const extra: JobRecord[] = []
      for (const id of ids) {
        if (own.length + extra.length >= limit || own.some((j) => j.id === id)) continue
        const job = await local.get(id)
        if (job && !job.photosPurged && !isActive(job.state)) extra.push(job)
      }
      return [...own, ...extra]
    },
    known: (ids) => local.known(ids),
    importRecords: (records, fact) => local.importRecords(records, fact),
    fact: (key) => local.fact(key),
    setFact: (key, value) => local.setFact(key, value)
  }
}
