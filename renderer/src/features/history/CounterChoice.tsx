import type { SharedDbStatus } from '../../../../electron/shared/contract'
import { useT } from '../../lib/i18n'

const CHOICES = ['all', 'this'] as const

/**
 * In a studio chain: History shows every counter's jobs (from the shared database) or this counter's, and says
 * how the shared database is doing (offline, and how many changes wait).
 */
export function CounterChoice(props: {
  value: 'all' | 'this'
  onChange: (next: 'all' | 'this') => void
  status: SharedDbStatus
  note: string | null
}) {
  const { t } = useT()
  const offline = props.status.state === 'offline' || props.status.state === 'setup-needed'
  return (
    <div className="history-counters">
      <fieldset>
        <legend>{t('history.counters.legend')}</legend>
        {CHOICES.map((value) => (
          <label key={value} className="inline">
            <input
              type="radio"
              name="history-counters"
              value={value}
              checked={props.value === value}
              onChange={() => props.onChange(value)}
            />
            {value === 'all'
              ? t('history.counters.all')
              : t('history.counters.this', {
                  named: props.status.counterName ? 'yes' : 'no',
                  name: props.status.counterName ?? ''
                })}
          </label>
        ))}
      </fieldset>
      {props.note && <p className="banner banner-warn">{props.note}</p>}
      <p aria-live="polite" className={offline ? 'banner banner-warn' : 'muted'}>
        {props.status.message}
      </p>
    </div>
  )
}
