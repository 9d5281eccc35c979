import { useCallback, useEffect, useRef, useState } from 'react'
import type { JobView } from '../../../../electron/shared/contract'
import { call, messageOf, useStudioEvent } from '../../lib/studio'
import { isSettled } from './job-labels'

function newestFirst(a: JobView, b: JobView): number {
  return b.createdAt - a.createdAt
}

/**
 * The counter's queue: today's jobs and every job in flight (main decides which, `inQueue`), read once on mount,
 * then kept live by 'jobs:changed' events. Newest first. The window never holds the whole history: History
 * pages through it. `include` adds jobs asked for by id (a photo from History put on a print sheet).
 */
export function useJobs(
  onSettled?: (job: JobView) => void,
  include: readonly string[] = []
): {
  jobs: JobView[]
  error: string | null
  /** Replaces one job (after cancel, retry, unlock) or removes it (null). */
  put: (id: string, job: JobView | null) => void
  /** Takes today's finished jobs off the queue; History keeps them. */
  clearFinished: () => Promise<void>
} {
  const [jobs, setJobs] = useState<JobView[]>([])
  const [error, setError] = useState<string | null>(null)
  const wanted = include.join('\n')
  const included = useRef(include)
  included.current = include

  const put = useCallback((id: string, job: JobView | null) => {
    setJobs((current) => {
      const rest = current.filter((j) => j.id !== id)
      if (job === null) return rest
      const previous = current.find((j) => j.id === id)
      // Events can arrive out of order with a channel's answer; the newer version wins.
      if (previous && previous.updatedAt > job.updatedAt) return current
      return [...rest, job].sort(newestFirst)
    })
  }, [])

  useEffect(() => {
    let live = true
    call('photos:list-jobs').then(
      (list) => {
        if (!live) return
        // Jobs that changed before the list arrived are already here; keep whichever is newer.
        setJobs((current) => {
          const byId = new Map(list.map((j) => [j.id, j]))
          for (const j of current) {
            const listed = byId.get(j.id)
            if (!listed || listed.updatedAt < j.updatedAt) byId.set(j.id, j)
          }
          return [...byId.values()].sort(newestFirst)
        })
      },
      (e) => live && setError(messageOf(e))
    )
    return () => {
      live = false
    }
  }, [])

  useEffect(() => {
    if (wanted === '') return
    let live = true
    for (const jobId of wanted.split('\n')) {
      call('photos:get-job', { jobId }).then(
        (job) => live && put(job.id, job),
        () => undefined // a job removed meanwhile simply stays off the list
      )
    }
    return () => {
      live = false
    }
  }, [wanted, put])

  useStudioEvent('jobs:changed', (job) => {
    // A job that left the queue (cleared, or an older one changed from History) is not added to it.
    if (job.inQueue || included.current.includes(job.id)) put(job.id, job)
    else put(job.id, null)
    if (onSettled && isSettled(job)) onSettled(job)
  })

  const clearFinished = useCallback(async () => {
    await call('photos:clear-finished')
    setJobs((current) => current.filter((j) => !isSettled(j) || included.current.includes(j.id)))
  }, [])

  return { jobs, error, put, clearFinished }
}
