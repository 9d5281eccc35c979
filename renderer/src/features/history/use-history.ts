import { useCallback, useEffect, useRef, useState } from 'react'
import type { HistoryCursor, JobState, JobView } from '../../../../electron/shared/contract'
import { call, messageOf, useStudioEvent } from '../../lib/studio'

/** What History is showing: a search, and filters by date, state and spec. */
export interface HistoryFilter {
  search: string
  /** yyyy-mm-dd, inclusive, in the machine's time zone; '' for no limit. */
  from: string
  to: string
  state: JobState | ''
  specCode: string
}

/** No search, no filter. */
export const NO_FILTER: HistoryFilter = { search: '', from: '', to: '', state: '', specCode: '' }

const PAGE = 50

function dayStart(day: string): number | undefined {
  if (day === '') return undefined
  const [y, m, d] = day.split('-').map(Number)
  return new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1).getTime()
}

function queryOf(filter: HistoryFilter) {
  const from = dayStart(filter.from)
  const toStart = dayStart(filter.to)
  return {
    limit: PAGE,
    ...(filter.search.trim() ? { search: filter.search.trim() } : {}),
    ...(from !== undefined ? { from } : {}),
    // "To" includes the whole day.
    ...(toStart !== undefined ? { to: toStart + 86_400_000 } : {}),
    ...(filter.state ? { states: [filter.state] } : {}),
    ...(filter.specCode.trim() ? { specCode: filter.specCode.trim() } : {})
  }
}

/**
 * The history, a page at a time, newest first: the window holds only what has been scrolled to. A new search or
 * filter starts again from the first page. Changes of loaded jobs arrive as events.
 */
export function useHistory(filter: HistoryFilter, counters: 'all' | 'this' = 'this') {
  const [jobs, setJobs] = useState<JobView[]>([])
  // Asked for every counter while the shared database is away: this counter's are shown, and why.
  const [note, setNote] = useState<string | null>(null)
  const [next, setNext] = useState<HistoryCursor | null>(null)
  // Loading from the start, so an empty list is never shown before the first page has arrived.
  const [loading, setLoading] = useState(true)
  const [error, setError] = useState<string | null>(null)
  // Each new filter gets a generation; answers for an older one are dropped.
  const generation = useRef(0)
  const key = JSON.stringify({ ...filter, counters })

  const load = useCallback(
    async (cursor: HistoryCursor | null, gen: number) => {
      setLoading(true)
      try {
        const asked = JSON.parse(key) as HistoryFilter & { counters: 'all' | 'this' }
        const page = await call('history:list', { ...queryOf(asked), counters: asked.counters, cursor })
        if (gen !== generation.current) return
        setNote(page.note)
        setJobs((current) => (cursor === null ? page.jobs : [...current, ...page.jobs]))
        setNext(page.next)
        setError(null)
      } catch (e) {
        if (gen === generation.current) setError(messageOf(e))
      } finally {
        if (gen === generation.current) setLoading(false)
      }
    },
    [key]
  )

  useEffect(() => {
    const gen = ++generation.current
    // A short pause so typing a name sends one search, not one per key.
    const timer = setTimeout(() => void load(null, gen), 150)
    return () => clearTimeout(timer)
  }, [load])

  const loadMore = useCallback(() => {
    if (!loading && next !== null) void load(next, generation.current)
  }, [loading, next, load])

  const unfiltered = JSON.stringify(filter) === JSON.stringify(NO_FILTER)
  useStudioEvent('jobs:changed', (job) => {
    setJobs((current) => {
      const index = current.findIndex((j) => j.id === job.id)
      if (index >= 0) return current.map((j) => (j.id === job.id && j.updatedAt <= job.updatedAt ? job : j))
      // A new job belongs at the top of the unfiltered history.
      const newest = current[0]
      return unfiltered && (!newest || job.createdAt >= newest.createdAt) ? [job, ...current] : current
    })
  })

  const put = useCallback((id: string, job: JobView | null) => {
    setJobs((current) =>
      job === null ? current.filter((j) => j.id !== id) : current.map((j) => (j.id === id ? job : j))
    )
  }, [])

  return { jobs, more: next !== null, loading, error, note, loadMore, put }
}
