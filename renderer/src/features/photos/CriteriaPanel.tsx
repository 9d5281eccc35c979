import type { AppCheckView } from '../../../../electron/shared/contract'
import { useT } from '../../lib/i18n'

/**
 * The app's own measurement of the returned photo against the spec's numbers, kept apart from the service's
 * issues: each criterion with its value, the allowed range and pass or fail ("Head 1.16 in (1–1 3/8) ✓"). A spec
 * without numbers says so; a check that could not run says so; nothing is shown as passed that was not measured.
 */
export function CriteriaPanel(props: {
  check: AppCheckView
  /** The overlay of the measured lines and the allowed bands, when there is one to draw. */
  marks: { shown: boolean; toggle: () => void } | null
}) {
  const { t } = useT()
  const { check } = props
  const verdict =
    check.status !== 'measured'
      ? null
      : check.verdict === 'pass'
        ? { text: t('photos.criteria.pass'), tone: 'banner-ok' }
        : check.verdict === 'fail'
          ? { text: t('photos.criteria.fail'), tone: 'banner-error' }
          : { text: t('photos.criteria.nothing'), tone: 'banner-warn' }
  return (
    <section className="criteria" aria-labelledby="criteria-heading">
      <h3 id="criteria-heading">{t('photos.criteria.title')}</h3>
      <p className="muted criteria-note">{t('photos.criteria.note')}</p>
      {check.message && <p className="muted">{check.message}</p>}
      {verdict && <p className={`banner ${verdict.tone} criteria-verdict`}>{verdict.text}</p>}
      {check.status === 'measured' && !check.specHasNumbers && (
        <p className="muted">{t('photos.criteria.noNumbers')}</p>
      )}
      {check.specConflict && <p className="banner banner-warn">{check.specConflict}</p>}
      {check.criteria.length > 0 && (
        <ul className="criteria-list" aria-label={t('photos.criteria.list')}>
          {check.criteria.map((criterion) => (
            <li key={criterion.id} data-status={criterion.status}>
              <span>{criterion.display}</span>
              <span className="visually-hidden">
                {': '}
                {t('photos.criteria.status', {
                  status: {
                    pass: 'pass',
                    fail: 'fail',
                    'no-spec-numbers': 'noSpecNumbers',
                    'not-measured': 'notMeasured'
                  }[criterion.status]
                })}
              </span>
            </li>
          ))}
        </ul>
      )}
      {props.marks && (
        <div className="row criteria-marks">
          <button type="button" aria-pressed={props.marks.shown} onClick={props.marks.toggle}>
            {t('photos.criteria.show')}
          </button>
          {props.marks.shown && <span className="muted">{t('photos.criteria.key')}</span>}
        </div>
      )}
    </section>
  )
}
