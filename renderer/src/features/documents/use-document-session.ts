import { useCallback, useEffect, useRef, useState } from 'react'
import type { DocumentSessionView, Side } from '../../../../electron/shared/contract'
import { call, messageOf, useStudioEvent } from '../../lib/studio'
import type { PixelSize } from './size-rule'

/** Both sides, in display order. */
export const SIDES: readonly Side[] = ['front', 'back']

/** What the screen knows about the viewing session in main. */
export interface DocumentSessionHook {
  session: DocumentSessionView | null
  /** Bumped each time a side newly holds an image, so the screen fetches its bytes again. */
  revisions: Record<Side, number>
  /** The original size of each side, once an original-size fetch has shown it (for the size prediction); kept by main. */
  originals: Record<Side, PixelSize | null>
  /** A failure to read the session at all. */
  loadError: string | null
  /** Takes a session view returned by a channel. */
  apply: (view: DocumentSessionView) => void
  /** Re-reads the session (e.g. after the idle timer was pushed back, which sends no event). */
  reload: () => Promise<void>
  /** Tells main the person is still here, at most every 30 s, so the idle timer does not clear mid-check. */
  touch: () => void
}

const TOUCH_EVERY_MS = 30_000

/**
 * The session view, kept current from channel answers and 'documents:changed' events (main also sends one when a
 * request leaves the rate-limit window, so the counts move on by themselves).
 */
export function useDocumentSession(environment: string): DocumentSessionHook {
  const [session, setSession] = useState<DocumentSessionView | null>(null)
  const [revisions, setRevisions] = useState<Record<Side, number>>({ front: 0, back: 0 })
  const [loadError, setLoadError] = useState<string | null>(null)
  const previous = useRef<DocumentSessionView | null>(null)
  // The session main answered for last. An event from another one (a session being disposed on an environment
  // switch) may arrive after the new session's answer, and must not put the old environment back on screen.
  const currentId = useRef<string | null>(null)
  const lastTouch = useRef(0)

  const show = useCallback((next: DocumentSessionView) => {
    const before = previous.current
    previous.current = next
    setSession(next)
    const newlyLoaded = SIDES.filter((side) => {
      const now = next.sides[side]
      const was = before?.id === next.id ? before.sides[side] : undefined
      if (now.status !== 'loaded') return false
      return (
        was === undefined || was.status !== 'loaded' || was.width !== now.width || was.height !== now.height
      )
    })
    if (newlyLoaded.length > 0) {
      setRevisions((r) => ({ ...r, ...Object.fromEntries(newlyLoaded.map((side) => [side, r[side] + 1])) }))
    }
  }, [])

  const apply = useCallback(
    (next: DocumentSessionView) => {
      currentId.current = next.id
      show(next)
    },
    [show]
  )

  const reload = useCallback(async () => {
    try {
      apply(await call('documents:state'))
      setLoadError(null)
    } catch (error) {
      setLoadError(messageOf(error))
    }
  }, [apply])

  // A change of environment makes main start a new session; read it.
  useEffect(() => void reload(), [reload, environment])

  useStudioEvent('documents:changed', (next) => {
    if (currentId.current === null || currentId.current === next.id) show(next)
  })

  const hasContent = session?.idleClearsAt !== null && session?.idleClearsAt !== undefined
  const touch = useCallback(() => {
    if (!hasContent || Date.now() - lastTouch.current < TOUCH_EVERY_MS) return
    lastTouch.current = Date.now()
    void call('documents:touch').then(reload, () => undefined)
  }, [hasContent, reload])

  // Main keeps the original's size for as long as it holds the document, so it survives a reload of the window.
  const originals = {
    front: session?.sides.front.originalSize ?? null,
    back: session?.sides.back.originalSize ?? null
  }
  return { session, revisions, originals, loadError, apply, reload, touch }
}
