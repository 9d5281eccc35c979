import type { Sensitivity } from '../../../../electron/shared/contract'
import { useT } from '../../lib/i18n'

const KNOBS: (keyof Sensitivity)[] = [
  'ISSUE_FACE_LIGHT_NOT_BALANCE',
  'ISSUE_FACE_BRIGHTNESS_BAD',
  'ISSUE_HEAD_YAW_OVER_THRESHOLD',
  'ISSUE_HEAD_PITCH_OVER_THRESHOLD'
]

const LEVELS = ['VERY_LOW', 'LOW', 'MEDIUM', 'HIGH', 'VERY_HIGH'] as const

/** The four sensitivity overrides, each "service default" or one of five levels. */
export function SensitivityKnobs(props: { value: Sensitivity; onChange: (next: Sensitivity) => void }) {
  const { t } = useT()
  return (
    <fieldset className="knobs">
      <legend>{t('photos.knobs.legend')}</legend>
      {KNOBS.map((knob) => (
        <label key={knob}>
          {t('photos.knobs.issue', { issue: knob })}
          <select
            value={props.value[knob] ?? ''}
            onChange={(e) => {
              const next: Sensitivity = { ...props.value }
              if (e.target.value === '') delete next[knob]
              else next[knob] = e.target.value as (typeof LEVELS)[number]
              props.onChange(next)
            }}
          >
            <option value="">{t('photos.knobs.default')}</option>
            {LEVELS.map((level) => (
              <option key={level} value={level}>
                {t('photos.knobs.level', { level })}
              </option>
            ))}
          </select>
        </label>
      ))}
    </fieldset>
  )
}
