import { useState } from 'react'
import type { JobView } from '../../../../electron/shared/contract'
import { useJobImage } from './use-job-image'
import { ZoomablePhoto } from './ZoomablePhoto'
import { useT } from '../../lib/i18n'

/** The sheets the service laid out, each viewable and savable once the photo is final. */
export function SheetList(props: { job: JobView; savable: boolean; onSave: (key: string) => void }) {
  const { t } = useT()
  const [viewing, setViewing] = useState<string | null>(null)
  const sheets = props.job.result?.sheets ?? []
  const { image, error } = useJobImage(
    viewing === null ? null : { jobId: props.job.id, kind: 'sheet', key: viewing }
  )
  if (sheets.length === 0) return null
  return (
    <section aria-label={t('photos.sheets.region')} className="sheets">
      <h3>{t('photos.sheets.title')}</h3>
      <ul>
        {sheets.map((sheet) => (
          <li key={sheet.key} className="row">
            <span>
              {sheet.label} <code>{sheet.key}</code>
            </span>
            <button
              type="button"
              aria-pressed={viewing === sheet.key}
              onClick={() => setViewing(viewing === sheet.key ? null : sheet.key)}
            >
              {t('photos.sheets.toggle', { viewing: viewing === sheet.key ? 'yes' : 'no' })}
            </button>
            <button
              type="button"
              disabled={!props.savable}
              aria-label={t('photos.sheets.save', { key: sheet.key })}
              onClick={() => props.onSave(sheet.key)}
            >
              {t('photos.sheets.saveButton')}
            </button>
          </li>
        ))}
      </ul>
      {error && <p role="alert">{error}</p>}
      {image && viewing && <ZoomablePhoto image={image} alt={t('photos.sheets.alt', { key: viewing })} />}
    </section>
  )
}
