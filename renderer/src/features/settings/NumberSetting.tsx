import { useEffect, useState } from 'react'

/**
 * A whole-number setting that is saved when the person leaves the field or presses Enter, not on every
 * keystroke, and says inline what range it takes.
 */
export function NumberSetting(props: {
  label: string
  value: number
  min: number
  max: number
  onSave: (value: number) => Promise<void>
}) {
  const [text, setText] = useState(String(props.value))
  useEffect(() => setText(String(props.value)), [props.value])
  const value = Number(text)
  const valid = text.trim() !== '' && Number.isInteger(value) && value >= props.min && value <= props.max
  const commit = () => {
    if (valid && value !== props.value) void props.onSave(value)
  }
  return (
    <label>
      {props.label}
      <input
        type="number"
        min={props.min}
        max={props.max}
        value={text}
        aria-invalid={!valid}
        onChange={(e) => setText(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit()
        }}
      />
      {!valid && (
        <span className="field-error">
          Enter a whole number from {props.min} to {props.max}.
        </span>
      )}
    </label>
  )
}
