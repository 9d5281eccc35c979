import { useCallback, useMemo, useRef, useState } from 'react'
import type { Side } from '../../../../electron/shared/contract'
import { type ViewerOp, type ViewState, INITIAL_VIEW, applyViewerOp } from './viewer-state'

/** Both viewers' state; when linked, a change made on one side is made on the other as well. */
export interface LinkedViews {
  views: Record<Side, ViewState>
  fitScales: Record<Side, number>
  linked: boolean
  setLinked: (linked: boolean) => void
  /** The side the person last used; menu commands go to it (and to the other side too when linked). */
  active: Side
  setActive: (side: Side) => void
  dispatch: (origin: Side, op: ViewerOp | { type: 'toggle-invert' } | { type: 'toggle-contrast' }) => void
  fitScaleSetters: Record<Side, (scale: number) => void>
  resetAll: () => void
}

/** Holds the two viewers' zoom, pan, rotation and filters. */
export function useLinkedViews(): LinkedViews {
  const [views, setViews] = useState<Record<Side, ViewState>>({ front: INITIAL_VIEW, back: INITIAL_VIEW })
  const [fitScales, setFitScales] = useState<Record<Side, number>>({ front: 1, back: 1 })
  const [linked, setLinked] = useState(false)
  const [active, setActive] = useState<Side>('front')
  const fits = useRef(fitScales)
  fits.current = fitScales

  const dispatch = useCallback<LinkedViews['dispatch']>(
    (origin, op) => {
      setViews((previous) => {
        // A toggle takes its new value from the side it was made on, so linked views end up alike.
        const resolved: ViewerOp =
          op.type === 'toggle-invert'
            ? { type: 'set-invert', on: !previous[origin].invert }
            : op.type === 'toggle-contrast'
              ? { type: 'set-contrast', on: !previous[origin].contrast }
              : op
        const targets: Side[] = linked ? ['front', 'back'] : [origin]
        const next = { ...previous }
        for (const side of targets) next[side] = applyViewerOp(previous[side], resolved, fits.current[side])
        return next
      })
    },
    [linked]
  )

  const fitScaleSetters = useMemo<Record<Side, (scale: number) => void>>(
    () => ({
      front: (scale) => setFitScales((f) => (f.front === scale ? f : { ...f, front: scale })),
      back: (scale) => setFitScales((f) => (f.back === scale ? f : { ...f, back: scale }))
    }),
    []
  )

  const resetAll = useCallback(() => setViews({ front: INITIAL_VIEW, back: INITIAL_VIEW }), [])

  return { views, fitScales, linked, setLinked, active, setActive, dispatch, fitScaleSetters, resetAll }
}
