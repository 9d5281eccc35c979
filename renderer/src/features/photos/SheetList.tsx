import { useState } from 'react'
import type { JobView } from '../../../../electron/shared/contract'
import { useJobImage } from './use-job-image'
import { ZoomablePhoto } from './ZoomablePhoto'

/** The sheets the service laid out, each viewable and savable once the photo is final. */
export function SheetList(props: { job: JobView; savable: boolean; onSave: (key: string) => void }) {
  const [viewing, setViewing] = useState<string | null>(null)
  const sheets = props.job.result?.sheets ?? []
  const { image, error } = useJobImage(
    viewing === null ? null : { jobId: props.job.id, kind: 'sheet', key: viewing }
  )
  if (sheets.length === 0) return null
  return (
    <section aria-label="Sheets from the service" className="sheets">
      <h3>Sheets from the service</h3>
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
              {viewing === sheet.key ? 'Hide' : 'View'}
            </button>
            <button
              type="button"
              disabled={!props.savable}
              aria-label={`Save sheet ${sheet.key}`}
              onClick={() => props.onSave(sheet.key)}
            >
              Save
            </button>
          </li>
        ))}
      </ul>
      {error && <p role="alert">{error}</p>}
      {image && viewing && <ZoomablePhoto image={image} alt={`Sheet ${viewing}`} />}
    </section>
  )
}
