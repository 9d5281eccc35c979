import type { Side } from '../../../../electron/shared/contract'
import type { ViewerOp, ViewState } from './viewer-state'

/** Buttons for the viewer: zoom, fit, 1:1, rotate, reset and the inspection filters. */
export function ViewerToolbar(props: {
  side: Side
  view: ViewState
  /** The scale in use, for the percentage readout. */
  scale: number
  disabled: boolean
  onOp: (op: ViewerOp) => void
}) {
  const { view, onOp, disabled } = props
  const name = props.side === 'front' ? 'front' : 'back'
  return (
    <div className="doc-toolbar" role="toolbar" aria-label={`View of the ${name}`}>
      <button
        type="button"
        disabled={disabled}
        aria-label={`Zoom in on the ${name}`}
        onClick={() => onOp({ type: 'zoom-in' })}
      >
        +
      </button>
      <button
        type="button"
        disabled={disabled}
        aria-label={`Zoom out on the ${name}`}
        onClick={() => onOp({ type: 'zoom-out' })}
      >
        −
      </button>
      <span className="doc-zoom" aria-live="off" data-testid={`${props.side}-zoom`}>
        {Math.round(props.scale * 100)}%
      </span>
      <button
        type="button"
        disabled={disabled}
        aria-pressed={view.scale === null}
        onClick={() => onOp({ type: 'fit' })}
      >
        Fit
      </button>
      <button
        type="button"
        disabled={disabled}
        aria-pressed={view.scale === 1}
        onClick={() => onOp({ type: 'actual-size' })}
      >
        1:1
      </button>
      <button type="button" disabled={disabled} onClick={() => onOp({ type: 'rotate' })}>
        Rotate 90°
      </button>
      <button type="button" disabled={disabled} onClick={() => onOp({ type: 'reset' })}>
        Reset
      </button>
      <button
        type="button"
        disabled={disabled}
        aria-pressed={view.contrast}
        onClick={() => onOp({ type: 'set-contrast', on: !view.contrast })}
      >
        Contrast
      </button>
      <button
        type="button"
        disabled={disabled}
        aria-pressed={view.invert}
        onClick={() => onOp({ type: 'set-invert', on: !view.invert })}
      >
        Invert
      </button>
    </div>
  )
}
