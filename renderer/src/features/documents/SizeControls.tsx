import { useId, useState } from 'react'
import type { DocumentSideView, Side } from '../../../../electron/shared/contract'
import {
  type PixelSize,
  SIZE_MAX,
  SIZE_MIN,
  SIZE_PRESETS,
  formatSize,
  parseSizeFields,
  predictSize,
  predictionText,
  sizeFieldError
} from './size-rule'
import { useT } from '../../lib/i18n'

/**
 * Width and height for a server-side resize, with the predicted result before the request and the actual size
 * after it. Showing the image at that size is free; asking ID.me for it is a separate, explicit button.
 */
export function SizeControls(props: {
  side: Side
  view: DocumentSideView
  original: PixelSize | null
  onRequest: (size: PixelSize | null) => void
  onPreview: (size: PixelSize) => void
}) {
  const { t } = useT()
  const { side, view, original } = props
  const id = useId()
  const [useOriginal, setUseOriginal] = useState(false)
  const [width, setWidth] = useState('300')
  const [height, setHeight] = useState('200')
  const [touched, setTouched] = useState(false)
  const widthError = sizeFieldError('width', width)
  const heightError = sizeFieldError('height', height)
  const requested = useOriginal ? null : parseSizeFields(width, height)
  const predicted = requested !== null && original !== null ? predictSize(original, requested) : null
  const canRequest = view.tokenFingerprint !== null && (useOriginal || requested !== null)
  const showErrors = touched && !useOriginal

  const choose = (size: PixelSize | null) => {
    setUseOriginal(size === null)
    if (size !== null) {
      setWidth(String(size.width))
      setHeight(String(size.height))
    }
  }

  const shown =
    view.width !== null && view.height !== null ? { width: view.width, height: view.height } : null
  const prediction = predictionText({ useOriginal, requested, original, shown })
  return (
    <fieldset className="doc-size">
      <legend>{t('documents.size.legend')}</legend>
      <div className="row doc-presets" role="group" aria-label={t('documents.size.presets', { side })}>
        {SIZE_PRESETS.map((preset) => (
          <button
            key={formatSize(preset)}
            type="button"
            aria-pressed={
              !useOriginal && requested?.width === preset.width && requested.height === preset.height
            }
            onClick={() => choose(preset)}
          >
            {formatSize(preset)}
          </button>
        ))}
        <button type="button" aria-pressed={useOriginal} onClick={() => choose(null)}>
          {t('documents.size.original')}
        </button>
      </div>
      <div className="row">
        <SizeInput
          label={t('documents.size.width')}
          value={width}
          disabled={useOriginal}
          errorId={showErrors && widthError !== null ? `${id}-w` : null}
          onChange={(value) => {
            setWidth(value)
            setTouched(true)
          }}
        />
        <SizeInput
          label={t('documents.size.height')}
          value={height}
          disabled={useOriginal}
          errorId={showErrors && heightError !== null ? `${id}-h` : null}
          onChange={(value) => {
            setHeight(value)
            setTouched(true)
          }}
        />
      </div>
      {showErrors && widthError !== null && (
        <p className="doc-field-error" id={`${id}-w`}>
          {t(widthError.id, widthError.values)}
        </p>
      )}
      {showErrors && heightError !== null && (
        <p className="doc-field-error" id={`${id}-h`}>
          {t(heightError.id, heightError.values)}
        </p>
      )}
      <p className="muted" data-testid={`${side}-predicted`}>
        {t(prediction.id, prediction.values)}
      </p>
      {view.width !== null && view.height !== null && (
        <p data-testid={`${side}-actual`}>
          {t('documents.size.actual', {
            size: formatSize({ width: view.width, height: view.height }),
            asked: view.requestedSize === null ? 'original' : formatSize(view.requestedSize)
          })}
        </p>
      )}
      <div className="row">
        <button
          type="button"
          disabled={predicted === null || view.width === null}
          onClick={() => predicted !== null && props.onPreview(predicted)}
        >
          {t('documents.size.show')}
        </button>
        <button
          type="button"
          disabled={!canRequest}
          onClick={() => props.onRequest(useOriginal ? null : requested)}
        >
          {t('documents.size.request')}
        </button>
      </div>
      <p className="muted doc-note">{t('documents.size.limitNote')}</p>
    </fieldset>
  )
}

/** One side of the requested size: whole pixels from 100 to 1000, its error shown under the fields. */
function SizeInput(props: {
  label: string
  value: string
  disabled: boolean
  /** The id of the error message when there is one. */
  errorId: string | null
  onChange: (value: string) => void
}) {
  return (
    <label>
      {props.label}
      <input
        type="number"
        inputMode="numeric"
        min={SIZE_MIN}
        max={SIZE_MAX}
        step={1}
        value={props.value}
        disabled={props.disabled}
        aria-invalid={props.errorId !== null}
        aria-describedby={props.errorId ?? undefined}
        onChange={(e) => props.onChange(e.target.value)}
      />
    </label>
  )
}
