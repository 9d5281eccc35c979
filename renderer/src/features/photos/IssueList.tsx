import type { IssueView } from '../../../../electron/shared/contract'
import { useT } from '../../lib/i18n'

/** The service's issues: what would get the photo rejected, each with what to do at the counter. */
export function IssueList(props: { issues: IssueView[] }) {
  const { t } = useT()
  if (props.issues.length === 0) {
    return (
      <p className="banner banner-ok" role="status">
        {t('photos.issues.none')}
      </p>
    )
  }
  return (
    <section aria-label={t('photos.issues.region')} className="issues">
      <h3>{t('photos.issues.title', { count: props.issues.length })}</h3>
      <ul>
        {props.issues.map((issue) => (
          <li key={issue.code}>
            <strong>{issue.title}</strong>
            {issue.advice && <span> — {issue.advice}</span>} <code className="muted">{issue.code}</code>
          </li>
        ))}
      </ul>
    </section>
  )
}
