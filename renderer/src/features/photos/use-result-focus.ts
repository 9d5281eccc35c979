import { useCallback, useEffect, useRef, useState } from 'react'
import type { JobView } from '../../../../electron/shared/contract'
import { isSettled, jobTitle } from './job-labels'
import { translateNow } from '../../lib/i18n'

/** True while the person is typing in a field: focus is then left where it is (the announcement still comes). */
function typing(): boolean {
  const el = document.activeElement
  if (!(el instanceof HTMLElement)) return false
  return (
    el.isContentEditable || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT' || el.tagName === 'INPUT'
  )
}

/** What is said when the current job's result is ready. */
export function finishedMessage(job: JobView): string {
  const title = jobTitle(job)
  if (job.state === 'done') return translateNow('photos.finished.done', { title })
  if (job.state === 'needs-attention') return translateNow('photos.finished.attention', { title })
  if (job.state === 'failed')
    return translateNow('photos.finished.failed', { title, reason: job.error?.message ?? '' }).trim()
  return translateNow('photos.finished.cancelled', { title })
}

/**
 * When the current (selected) job finishes while the person watches, the result takes the focus (its heading) and
 * a polite live region says so, once per job. "While the person watches": the job was added at this counter
 * (`watch`, called with its id as soon as it is accepted: a quick service may finish it before the window ever sees
 * it running), or it was seen running. A finished job merely opened from the queue is not announced.
 */
export function useResultFocus(
  selected: JobView | null,
  focusTarget: () => HTMLElement | null
): { message: string; watch: (jobId: string) => void } {
  const [message, setMessage] = useState('')
  const watched = useRef(new Set<string>())
  const announced = useRef(new Set<string>())
  useEffect(() => {
    if (selected === null) return
    if (!isSettled(selected)) {
      watched.current.add(selected.id)
      return
    }
    if (!watched.current.has(selected.id) || announced.current.has(selected.id)) return
    announced.current.add(selected.id)
    setMessage(finishedMessage(selected))
    if (!typing()) focusTarget()?.focus()
  }, [selected, focusTarget])
  const watch = useCallback((jobId: string) => {
    watched.current.add(jobId)
  }, [])
  return { message, watch }
}
