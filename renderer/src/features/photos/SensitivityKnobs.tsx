import type { Sensitivity } from '../../../../electron/shared/contract'

const KNOBS: { key: keyof Sensitivity; label: string }[] = [
  { key: 'ISSUE_FACE_LIGHT_NOT_BALANCE', label: 'Uneven light on the face' },
  { key: 'ISSUE_FACE_BRIGHTNESS_BAD', label: 'Face too dark or too bright' },
  { key: 'ISSUE_HEAD_YAW_OVER_THRESHOLD', label: 'Head turned sideways' },
  { key: 'ISSUE_HEAD_PITCH_OVER_THRESHOLD', label: 'Head tilted up or down' }
]

const LEVELS = ['VERY_LOW', 'LOW', 'MEDIUM', 'HIGH', 'VERY_HIGH'] as const

/** The four sensitivity overrides, each "service default" or one of five levels. */
export function SensitivityKnobs(props: { value: Sensitivity; onChange: (next: Sensitivity) => void }) {
  return (
    <fieldset className="knobs">
      <legend>Check sensitivity (remembered for this spec)</legend>
      {KNOBS.map((knob) => (
        <label key={knob.key}>
          {knob.label}
          <select
            value={props.value[knob.key] ?? ''}
            onChange={(e) => {
              const next: Sensitivity = { ...props.value }
              if (e.target.value === '') delete next[knob.key]
              else next[knob.key] = e.target.value as (typeof LEVELS)[number]
              props.onChange(next)
            }}
          >
            <option value="">Service default</option>
            {LEVELS.map((level) => (
              <option key={level} value={level}>
                {level.replace('_', ' ').toLowerCase()}
              </option>
            ))}
          </select>
        </label>
      ))}
    </fieldset>
  )
}
