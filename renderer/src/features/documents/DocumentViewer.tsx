import { useEffect, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react'
import type { Side } from '../../../../electron/shared/contract'
import type { ShownImage } from './use-document-image'
import { type ViewerOp, type ViewState, filterOf, fitScaleFor, transformOf } from './viewer-state'
import { useT } from '../../lib/i18n'

const KEY_PAN = 40

const KEY_OPS: Record<string, ViewerOp> = {
  '+': { type: 'zoom-in' },
  '=': { type: 'zoom-in' },
  '-': { type: 'zoom-out' },
  _: { type: 'zoom-out' },
  '0': { type: 'fit' },
  '1': { type: 'actual-size' },
  r: { type: 'rotate' },
  R: { type: 'rotate' },
  ArrowLeft: { type: 'pan', dx: KEY_PAN, dy: 0 },
  ArrowRight: { type: 'pan', dx: -KEY_PAN, dy: 0 },
  ArrowUp: { type: 'pan', dx: 0, dy: KEY_PAN },
  ArrowDown: { type: 'pan', dx: 0, dy: -KEY_PAN }
}

/**
 * One side's image under zoom (wheel, keys), pan (drag, arrow keys) and rotation, all done with CSS transforms
 * on the image already in memory: nothing here sends a request.
 */
export function DocumentViewer(props: {
  side: Side
  image: ShownImage | null
  view: ViewState
  placeholder: string
  onOp: (op: ViewerOp) => void
  onFitScale: (scale: number) => void
  onActivate: () => void
}) {
  const { t } = useT()
  const { image, view, onOp, onFitScale } = props
  const frame = useRef<HTMLDivElement>(null)
  const drag = useRef<{ id: number; x: number; y: number } | null>(null)
  const [viewport, setViewport] = useState({ width: 0, height: 0 })
  const latestOp = useRef(onOp)
  latestOp.current = onOp

  useEffect(() => {
    const element = frame.current
    if (element === null) return
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setViewport({ width: entry.contentRect.width, height: entry.contentRect.height })
    })
    observer.observe(element)
    // React's wheel listener is passive; the page must not scroll while the person zooms the image.
    const onWheel = (event: WheelEvent) => {
      event.preventDefault()
      const box = element.getBoundingClientRect()
      latestOp.current({
        type: 'zoom-at',
        factor: Math.exp(-event.deltaY * 0.0015),
        x: event.clientX - box.left - box.width / 2,
        y: event.clientY - box.top - box.height / 2
      })
    }
    element.addEventListener('wheel', onWheel, { passive: false })
    return () => {
      observer.disconnect()
      element.removeEventListener('wheel', onWheel)
    }
  }, [])

  const fitScale = image === null ? 1 : fitScaleFor(image, viewport, view.rotation)
  useEffect(() => onFitScale(fitScale), [fitScale, onFitScale])

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return
    const op = KEY_OPS[event.key]
    if (op === undefined || image === null) return
    event.preventDefault()
    onOp(op)
  }

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    props.onActivate()
    if (event.button !== 0 || image === null) return
    event.currentTarget.setPointerCapture(event.pointerId)
    drag.current = { id: event.pointerId, x: event.clientX, y: event.clientY }
  }
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    const start = drag.current
    if (start === null || start.id !== event.pointerId) return
    const dx = event.clientX - start.x
    const dy = event.clientY - start.y
    if (dx === 0 && dy === 0) return
    drag.current = { id: event.pointerId, x: event.clientX, y: event.clientY }
    onOp({ type: 'pan', dx, dy })
  }
  const endDrag = (event: PointerEvent<HTMLDivElement>) => {
    if (drag.current?.id === event.pointerId) drag.current = null
  }

  return (
    <div
      ref={frame}
      className={image === null ? 'doc-viewer doc-viewer-empty' : 'doc-viewer'}
      tabIndex={0}
      role="group"
      aria-roledescription={t('documents.viewer.role')}
      aria-label={t('documents.viewer.label', { side: props.side })}
      data-testid={`${props.side}-viewer`}
      onFocus={props.onActivate}
      onKeyDown={onKeyDown}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={endDrag}
      onPointerCancel={endDrag}
    >
      {image === null ? (
        <p className="doc-viewer-placeholder">{props.placeholder}</p>
      ) : (
        <img
          src={image.url}
          alt={t('documents.viewer.alt', { side: props.side })}
          width={image.width}
          height={image.height}
          draggable={false}
          data-testid={`${props.side}-image`}
          data-rotation={view.rotation}
          style={{ transform: transformOf(view, fitScale), filter: filterOf(view) }}
        />
      )}
    </div>
  )
}
