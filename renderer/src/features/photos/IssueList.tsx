import type { IssueView } from '../../../../electron/shared/contract'

/** The service's issues: what would get the photo rejected, each with what to do at the counter. */
export function IssueList(props: { issues: IssueView[] }) {
  if (props.issues.length === 0) {
    return (
      <p className="banner banner-ok" role="status">
        No issues found by the service.
      </p>
    )
  }
  return (
    <section aria-label="Issues" className="issues">
      <h3>
        {props.issues.length === 1 ? '1 issue' : `${props.issues.length} issues`} to check before the customer
        leaves
      </h3>
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
