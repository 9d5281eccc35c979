import { formatClock, formatCountdown, secondsUntil } from './format-time'

/** When the idle timer will clear everything, the Clear now button, and the link toggle for the two viewers. */
export function SessionBar(props: {
  idleClearsAt: number | null
  now: number
  linked: boolean
  onLinked: (linked: boolean) => void
  onClear: () => void
}) {
  const { idleClearsAt } = props
  return (
    <div className="panel doc-session row">
      <p className="doc-idle" data-testid="documents-idle">
        {idleClearsAt === null
          ? 'Nothing in memory.'
          : `Tokens and images are cleared from memory at ${formatClock(idleClearsAt)} (in ${formatCountdown(
              secondsUntil(idleClearsAt, props.now)
            )}) unless you keep working.`}
      </p>
      <label className="inline">
        <input type="checkbox" checked={props.linked} onChange={(e) => props.onLinked(e.target.checked)} />
        Link front and back views
      </label>
      <button type="button" className="danger" onClick={props.onClear}>
        Clear now
      </button>
    </div>
  )
}
