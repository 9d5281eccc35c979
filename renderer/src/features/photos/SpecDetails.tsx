import { useEffect, useState } from 'react'
import type { SpecDetailsView, SpecRange } from '../../../../electron/shared/contract'
import { call, messageOf } from '../../lib/studio'
import { ErrorBanner } from '../../components/ErrorBanner'

const MM_PER_INCH = 25.4

function round(n: number, digits = 2): string {
  return String(Math.round(n * 10 ** digits) / 10 ** digits)
}

function range(r: SpecRange | null): string {
  if (r === null) return '—'
  return r.min === r.max ? `${round(r.min)} ${r.unit}` : `${round(r.min)}–${round(r.max)} ${r.unit}`
}

/** The chosen spec: its parsed numbers first, then every raw field exactly as the service sent it. */
export function SpecDetails(props: {
  specCode: string | null
  /** Whether it is a favourite, and how to change that (the keyboard's way to a favourite). */
  favourite?: { on: boolean; toggle: () => void }
}) {
  const [details, setDetails] = useState<SpecDetailsView | null>(null)
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    setDetails(null)
    setError(null)
    if (props.specCode === null) return
    let live = true
    call('specs:details', { specCode: props.specCode }).then(
      (d) => live && setDetails(d),
      (e) => live && setError(messageOf(e))
    )
    return () => {
      live = false
    }
  }, [props.specCode])

  if (props.specCode === null) return <p className="muted">Choose a spec to see its details.</p>
  if (error) return <ErrorBanner message={error} />
  if (details === null) return <p className="muted">Loading spec details…</p>

  const size =
    details.widthMm !== null && details.heightMm !== null
      ? `${round(details.widthMm, 1)} × ${round(details.heightMm, 1)} mm (${round(details.widthMm / MM_PER_INCH)} × ${round(
          details.heightMm / MM_PER_INCH
        )} in)`
      : '—'

  return (
    <section className="spec-details" aria-label={`Spec details: ${details.name}`}>
      <h3>
        {details.name} <code>{details.specCode}</code>{' '}
        {details.digitalOnly && (
          <span className="pill pill-warn" title="A digital photo measured in pixels; it has no print size">
            Digital only (px)
          </span>
        )}
      </h3>
      {props.favourite && (
        <button
          type="button"
          className="link favourite-toggle"
          aria-pressed={props.favourite.on}
          onClick={props.favourite.toggle}
        >
          <span aria-hidden="true">{props.favourite.on ? '★' : '☆'}</span> Favourite
        </button>
      )}
      <dl className="spec-facts">
        <dt>Size</dt>
        <dd>{details.digitalOnly ? 'Digital only (px)' : size}</dd>
        <dt>Pixels</dt>
        <dd>
          {details.pixelWidth !== null && details.pixelHeight !== null
            ? `${details.pixelWidth} × ${details.pixelHeight} px`
            : '—'}
        </dd>
        <dt>Resolution</dt>
        <dd>{details.dpi ? `${details.dpi} dpi` : '—'}</dd>
        <dt>Head height</dt>
        <dd>{range(details.headHeight)}</dd>
        <dt>Eye to bottom</dt>
        <dd>{range(details.eyeToBottom)}</dd>
        <dt>Background</dt>
        <dd>
          {details.background.hex && (
            <span
              className="swatch"
              role="img"
              aria-label={`Background colour ${details.background.hex}`}
              style={{ background: details.background.hex }}
            />
          )}{' '}
          {details.background.name || 'not stated'}{' '}
          {details.background.hex && <code>{details.background.hex}</code>}
        </dd>
        <dt>Smallest photo accepted</dt>
        <dd>
          {details.minimumSource.width} × {details.minimumSource.height} px
        </dd>
      </dl>
      <details>
        <summary>All fields as the service sent them</summary>
        <table className="spec-raw">
          <tbody>
            {Object.entries(details.raw).map(([key, value]) => (
              <tr key={key}>
                <th scope="row">
                  <code>{key}</code>
                </th>
                <td>{value === '' ? <span className="muted">(empty)</span> : value}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  )
}
