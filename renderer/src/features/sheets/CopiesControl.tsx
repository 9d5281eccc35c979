import { useState } from 'react'
import type { Copies } from './sheet-options'
import { useT } from '../../lib/i18n'

/** "Most that fit" or a number of copies (1–200) for one photo; `title` names the photo for screen readers. */
export function CopiesControl(props: { title: string; value: Copies; onChange: (next: Copies) => void }) {
  const { t } = useT()
  const [text, setText] = useState(props.value === 'max' ? '2' : String(props.value))
  const valid = (n: number) => Number.isInteger(n) && n >= 1 && n <= 200
  const typed = Number(text)
  return (
    <span className="copies">
      <select
        aria-label={t('sheets.copies.label', { title: props.title })}
        value={props.value === 'max' ? 'max' : 'number'}
        onChange={(e) => props.onChange(e.target.value === 'max' ? 'max' : valid(typed) ? typed : 1)}
      >
        <option value="max">{t('sheets.copies.max')}</option>
        <option value="number">{t('sheets.copies.number')}</option>
      </select>
      {props.value !== 'max' && (
        <input
          type="number"
          min={1}
          max={200}
          step={1}
          aria-label={t('sheets.copies.count', { title: props.title })}
          aria-invalid={!valid(typed)}
          value={text}
          onChange={(e) => {
            setText(e.target.value)
            const n = Number(e.target.value)
            if (valid(n)) props.onChange(n)
          }}
        />
      )}
    </span>
  )
}
