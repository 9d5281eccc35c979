import { useState } from 'react'
import type { Copies } from './sheet-options'

/** "Most that fit" or a number of copies (1–200) for one photo; `title` names the photo for screen readers. */
export function CopiesControl(props: { title: string; value: Copies; onChange: (next: Copies) => void }) {
  const [text, setText] = useState(props.value === 'max' ? '2' : String(props.value))
  const valid = (n: number) => Number.isInteger(n) && n >= 1 && n <= 200
  const typed = Number(text)
  return (
    <span className="copies">
      <select
        aria-label={`Copies of ${props.title}`}
        value={props.value === 'max' ? 'max' : 'number'}
        onChange={(e) => props.onChange(e.target.value === 'max' ? 'max' : valid(typed) ? typed : 1)}
      >
        <option value="max">Most that fit</option>
        <option value="number">A number</option>
      </select>
      {props.value !== 'max' && (
        <input
          type="number"
          min={1}
          max={200}
          step={1}
          aria-label={`Number of copies of ${props.title}`}
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
