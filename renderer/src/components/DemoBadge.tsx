/** Says plainly that the simulated service answers, never the real one. */
export function DemoBadge(props: { what?: string }) {
  return (
    <span
      className="badge badge-demo"
      title="Simulated service: no real photos or documents are sent anywhere"
    >
      Demo{props.what ? ` · ${props.what}` : ''}
    </span>
  )
}
