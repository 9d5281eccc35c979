import { useEffect, useState } from 'react'
import type { SpecDetailsView, SpecRange } from '../../../../electron/shared/contract'
import { call, messageOf } from '../../lib/studio'
import { ErrorBanner } from '../../components/ErrorBanner'
import { useT } from '../../lib/i18n'

const MM_PER_INCH = 25.4

type Format = ReturnType<typeof useT>

function round(i18n: Format, n: number, digits = 2): string {
  return i18n.number(n, { maximumFractionDigits: digits, useGrouping: false })
}

function range(i18n: Format, r: SpecRange | null): string {
  if (r === null) return '—'
  const unit = i18n.t('photos.spec.unit', { unit: r.unit })
  return r.min === r.max
    ? `${round(i18n, r.min)} ${unit}`
    : `${round(i18n, r.min)}–${round(i18n, r.max)} ${unit}`
}

/** The chosen spec: its parsed numbers first, then every raw field exactly as the service sent it. */
export function SpecDetails(props: {
  specCode: string | null
  /** Whether it is a favourite, and how to change that (the keyboard's way to a favourite). */
  favourite?: { on: boolean; toggle: () => void }
}) {
  const i18n = useT()
  const { t } = i18n
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

  if (props.specCode === null) return <p className="muted">{t('photos.spec.choose')}</p>
  if (error) return <ErrorBanner message={error} />
  if (details === null) return <p className="muted">{t('photos.spec.loading')}</p>

  const size =
    details.widthMm !== null && details.heightMm !== null
      ? t('photos.spec.sizeValue', {
          width: round(i18n, details.widthMm, 1),
          height: round(i18n, details.heightMm, 1),
          widthIn: round(i18n, details.widthMm / MM_PER_INCH),
          heightIn: round(i18n, details.heightMm / MM_PER_INCH)
        })
      : '—'

  return (
    <section className="spec-details" aria-label={t('photos.spec.region', { name: details.name })}>
      <h3>
        <span translate="no">{details.name}</span> <code translate="no">{details.specCode}</code>{' '}
        {details.digitalOnly && (
          <span className="pill pill-warn" title={t('photos.spec.digitalTitle')}>
            {t('photos.spec.digital')}
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
          <span aria-hidden="true">{props.favourite.on ? '★' : '☆'}</span> {t('photos.spec.favourite')}
        </button>
      )}
      <dl className="spec-facts">
        <dt>{t('photos.spec.size')}</dt>
        <dd>{details.digitalOnly ? t('photos.spec.digital') : size}</dd>
        <dt>{t('photos.spec.pixels')}</dt>
        <dd>
          {details.pixelWidth !== null && details.pixelHeight !== null
            ? t('photos.pixels', { width: details.pixelWidth, height: details.pixelHeight })
            : '—'}
        </dd>
        <dt>{t('photos.spec.resolution')}</dt>
        <dd>{details.dpi ? t('photos.spec.dpi', { dpi: details.dpi }) : '—'}</dd>
        <dt>{t('photos.spec.headHeight')}</dt>
        <dd>{range(i18n, details.headHeight)}</dd>
        <dt>{t('photos.spec.eyeToBottom')}</dt>
        <dd>{range(i18n, details.eyeToBottom)}</dd>
        <dt>{t('photos.spec.background')}</dt>
        <dd>
          {details.background.hex && (
            <span
              className="swatch"
              role="img"
              aria-label={t('photos.spec.backgroundColour', { hex: details.background.hex })}
              style={{ background: details.background.hex }}
            />
          )}{' '}
          {details.background.name ? (
            <span translate="no">{details.background.name}</span>
          ) : (
            t('photos.spec.notStated')
          )}{' '}
          {details.background.hex && <code>{details.background.hex}</code>}
        </dd>
        <dt>{t('photos.spec.smallest')}</dt>
        <dd>
          {t('photos.pixels', { width: details.minimumSource.width, height: details.minimumSource.height })}
        </dd>
      </dl>
      <details>
        <summary>{t('photos.spec.raw')}</summary>
        <table className="spec-raw">
          <tbody>
            {Object.entries(details.raw).map(([key, value]) => (
              <tr key={key}>
                <th scope="row">
                  <code>{key}</code>
                </th>
                <td translate="no">
                  {value === '' ? <span className="muted">{t('photos.spec.empty')}</span> : value}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  )
}
