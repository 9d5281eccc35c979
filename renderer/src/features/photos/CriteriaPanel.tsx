import type { AppCheckView, CriterionView } from '../../../../electron/shared/contract'

const STATUS_WORDS: Record<CriterionView['status'], string> = {
  pass: 'passes',
  fail: 'fails',
  'no-spec-numbers': 'not checked',
  'not-measured': 'not measured'
}

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
  const { check } = props
  const verdict =
    check.status !== 'measured'
      ? null
      : check.verdict === 'pass'
        ? { text: 'Every measured criterion passed.', tone: 'banner-ok' }
        : check.verdict === 'fail'
          ? { text: 'The photo fails the app’s own measurement: it needs attention.', tone: 'banner-error' }
          : { text: 'Nothing could be measured against this spec.', tone: 'banner-warn' }
  return (
    <section className="criteria" aria-labelledby="criteria-heading">
      <h3 id="criteria-heading">The app’s own measurement</h3>
      <p className="muted criteria-note">
        Measured on this computer against the spec’s numbers; separate from the service’s issues.
      </p>
      {check.message && <p className="muted">{check.message}</p>}
      {verdict && <p className={`banner ${verdict.tone} criteria-verdict`}>{verdict.text}</p>}
      {check.status === 'measured' && !check.specHasNumbers && (
        <p className="muted">
          This spec gives no head-height or eye-line numbers, so those were not checked.
        </p>
      )}
      {check.specConflict && <p className="banner banner-warn">{check.specConflict}</p>}
      {check.criteria.length > 0 && (
        <ul className="criteria-list" aria-label="Measured criteria">
          {check.criteria.map((criterion) => (
            <li key={criterion.id} data-status={criterion.status}>
              <span>{criterion.display}</span>
              <span className="visually-hidden">: {STATUS_WORDS[criterion.status]}</span>
            </li>
          ))}
        </ul>
      )}
      {props.marks && (
        <div className="row criteria-marks">
          <button type="button" aria-pressed={props.marks.shown} onClick={props.marks.toggle}>
            Show measurements on the photo
          </button>
          {props.marks.shown && (
            <span className="muted">
              Green bands: where the spec allows the crown (given the chin), the eye line and the middle of
              the head. Lines: as measured (blue: eyes; pink: crown and chin; white, dashed: the head’s
              middle).
            </span>
          )}
        </div>
      )}
    </section>
  )
}
