import { useEffect, useId, useState } from 'react'
import { useT } from '../../lib/i18n'

/**
 * A whole-number setting that is saved when the person leaves the field or presses Enter, not on every
 * keystroke. It says what was saved; a value out of range is not saved, and the field goes back to the value
 * that is, with a message that says so, so nothing is dropped without a word.
 */
export function NumberSetting(props: {
  label: string
  value: number
  min: number
  max: number
  /** The number with its unit, in messages ("30 days"), in the language in use. */
  unit?: (n: number) => string
  /** Says what the number means, under the field (for example what 0 does). */
  hint?: string
  onSave: (value: number) => Promise<void>
}) {
  const { t } = useT()
  const id = useId()
  const [text, setText] = useState(String(props.value))
  const [status, setStatus] = useState<{ kind: 'saved' | 'refused'; text: string } | null>(null)
  useEffect(() => setText(String(props.value)), [props.value])
  const value = Number(text)
  const valid = text.trim() !== '' && Number.isInteger(value) && value >= props.min && value <= props.max
  const withUnit = (n: number) => (props.unit ? props.unit(n) : String(n))
  const range = t('settingsUi.number.range', { min: props.min, max: props.max })

  const commit = () => {
    if (!valid) {
      // Not saved: the field shows the saved value again, and the message keeps what was typed.
      setStatus({
        kind: 'refused',
        text: t('settingsUi.number.refused', { typed: text.trim(), range, saved: withUnit(props.value) })
      })
      setText(String(props.value))
      return
    }
    if (value === props.value) return
    props.onSave(value).then(
      () => setStatus({ kind: 'saved', text: t('settingsUi.number.saved', { saved: withUnit(value) }) }),
      () => setStatus(null)
    )
  }

  const message = !valid
    ? { text: t('settingsUi.number.invalid', { range, saved: withUnit(props.value) }), error: true }
    : status && { text: status.text, error: status.kind === 'refused' }
  const messageId = `${id}-message`
  const hintId = `${id}-hint`
  return (
    <div className="number-setting">
      <label>
        {props.label}
        <input
          type="number"
          min={props.min}
          max={props.max}
          value={text}
          aria-invalid={!valid}
          aria-describedby={
            [props.hint ? hintId : null, message ? messageId : null].filter(Boolean).join(' ') || undefined
          }
          onChange={(e) => {
            setText(e.target.value)
            setStatus(null)
          }}
          onBlur={commit}
          onKeyDown={(e) => {
            if (e.key === 'Enter') commit()
          }}
        />
      </label>
      {props.hint && (
        <p className="muted setting-hint" id={hintId}>
          {props.hint}
        </p>
      )}
      {message !== null && (
        <p id={messageId} className={message.error ? 'field-error' : 'muted'} role="status">
          {message.text}
        </p>
      )}
    </div>
  )
}
