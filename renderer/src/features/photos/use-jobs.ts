import { useCallback, useEffect, useState } from 'react'
import type { JobView } from '../../../../electron/shared/contract'
import { call, messageOf, useStudioEvent } from '../../lib/studio'
import { isSettled } from './job-labels'

function newestFirst(a: JobView, b: JobView): number {
  return b.createdAt - a.createdAt
}

/** The job list: read once on mount, then kept live by 'jobs:changed' events. Newest first. */
export function useJobs(onSettled?: (job: JobView) => void): {
  jobs: JobView[]
  error: string | null
  /** Replaces one job (after cancel, retry, unlock) or removes it (null). */
  put: (id: string, job: JobView | null) => void
} {
  const [jobs, setJobs] = useState<JobView[]>([])
  const [error, setError] = useState<string | null>(null)

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

  useStudioEvent('jobs:changed', (job) => {
    put(job.id, job)
    if (onSettled && isSettled(job)) onSettled(job)
  })

  return { jobs, error, put }
}
