import type { Side } from '../../../../electron/shared/contract'
import type { ViewerOp, ViewState } from './viewer-state'
import { useT } from '../../lib/i18n'

/** Buttons for the viewer: zoom, fit, 1:1, rotate, reset and the inspection filters. */
export function ViewerToolbar(props: {
  side: Side
  view: ViewState
  /** The scale in use, for the percentage readout. */
  scale: number
  disabled: boolean
  onOp: (op: ViewerOp) => void
}) {
  const { t } = useT()
  const { view, onOp, disabled, side } = props
  return (
    <div className="doc-toolbar" role="toolbar" aria-label={t('documents.toolbar.label', { side })}>
      <button
        type="button"
        disabled={disabled}
        aria-label={t('documents.toolbar.zoomIn', { side })}
        onClick={() => onOp({ type: 'zoom-in' })}
      >
        +
      </button>
      <button
        type="button"
        disabled={disabled}
        aria-label={t('documents.toolbar.zoomOut', { side })}
        onClick={() => onOp({ type: 'zoom-out' })}
      >
        −
      </button>
      <span className="doc-zoom" aria-live="off" data-testid={`${props.side}-zoom`}>
        {t('documents.toolbar.percent', { scale: props.scale })}
      </span>
      <button
        type="button"
        disabled={disabled}
        aria-pressed={view.scale === null}
        onClick={() => onOp({ type: 'fit' })}
      >
        {t('documents.toolbar.fit')}
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
        {t('documents.toolbar.rotate')}
      </button>
      <button type="button" disabled={disabled} onClick={() => onOp({ type: 'reset' })}>
        {t('documents.toolbar.reset')}
      </button>
      <button
        type="button"
        disabled={disabled}
        aria-pressed={view.contrast}
        onClick={() => onOp({ type: 'set-contrast', on: !view.contrast })}
      >
        {t('documents.toolbar.contrast')}
      </button>
      <button
        type="button"
        disabled={disabled}
        aria-pressed={view.invert}
        onClick={() => onOp({ type: 'set-invert', on: !view.invert })}
      >
        {t('documents.toolbar.invert')}
      </button>
    </div>
  )
}
