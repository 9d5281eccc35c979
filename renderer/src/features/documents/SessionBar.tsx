import { formatCountdown, secondsUntil } from './format-time'
import { useT } from '../../lib/i18n'

/** When the idle timer will clear everything, the Clear now button, and the link toggle for the two viewers. */
export function SessionBar(props: {
  idleClearsAt: number | null
  now: number
  linked: boolean
  onLinked: (linked: boolean) => void
  onClear: () => void
}) {
  const { t, dateTime } = useT()
  const { idleClearsAt } = props
  return (
    <div className="panel doc-session row">
      <p className="doc-idle" data-testid="documents-idle">
        {idleClearsAt === null
          ? t('documents.session.empty')
          : t('documents.session.clearsAt', {
              time: dateTime(idleClearsAt, { timeStyle: 'medium' }),
              countdown: formatCountdown(secondsUntil(idleClearsAt, props.now))
            })}
      </p>
      <label className="inline">
        <input type="checkbox" checked={props.linked} onChange={(e) => props.onLinked(e.target.checked)} />
        {t('documents.session.link')}
      </label>
      <button type="button" className="danger" onClick={props.onClear}>
        {t('documents.session.clear')}
      </button>
    </div>
  )
}
