import { useState } from 'react'
import type { JobView } from '../../../../electron/shared/contract'
import { call } from '../../lib/studio'
import { usePrinters } from '../sheets/use-printers'

/** "Saved to …" or null when the person cancelled the folder choice. */
export async function saveReport(jobId: string): Promise<string | null> {
  const saved = await call('photos:save-report', { jobId })
  return saved.path === null ? null : `Check report saved to ${saved.path}`
}

/** What the counter reads after a report went to the printer. */
export async function printReport(jobId: string, printerName?: string): Promise<string | null> {
  const printed = await call('photos:print-report', printerName ? { jobId, printerName } : { jobId })
  if (!printed.printed) return null
  return `Check report sent to ${printed.printerName ?? 'the default printer'} (${printed.path}).${printed.note ? ` ${printed.note}` : ''}`
}

/**
 * The photo check report of a finished photo: save it (where photos are saved, under the photos' naming) or print
 * it, at true size, through the same print path as the sheets, on the printer chosen here.
 */
export function ReportActions(props: {
  job: JobView
  busy: boolean
  run: (work: () => Promise<string | null>) => Promise<void>
}) {
  const [choosing, setChoosing] = useState(false)
  return (
    <div className="report-actions">
      <div className="row">
        <button
          type="button"
          disabled={props.busy}
          onClick={() => void props.run(() => saveReport(props.job.id))}
        >
          Save check report
        </button>
        <button
          type="button"
          aria-expanded={choosing}
          disabled={props.busy}
          onClick={() => setChoosing((c) => !c)}
        >
          Print check report…
        </button>
      </div>
      {choosing && (
        <ReportPrinter
          busy={props.busy}
          onPrint={(printerName) =>
            void props.run(async () => {
              const said = await printReport(props.job.id, printerName)
              setChoosing(false)
              return said
            })
          }
        />
      )}
    </div>
  )
}

function ReportPrinter(props: { busy: boolean; onPrint: (printerName?: string) => void }) {
  const printers = usePrinters()
  return (
    <div className="row report-printer">
      <label>
        Printer{' '}
        <select
          value={printers.selected?.name ?? ''}
          onChange={(e) => printers.select(e.target.value)}
          disabled={printers.printers.length === 0}
        >
          {printers.printers.map((p) => (
            <option key={p.name} value={p.name}>
              {p.name}
              {p.isDefault ? ' (default)' : ''}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        className="primary"
        disabled={props.busy || printers.selected === null}
        onClick={() => props.onPrint(printers.selected?.name)}
      >
        Print report
      </button>
      {printers.error && <span className="field-error">{printers.error}</span>}
      <span className="muted">One page, the photo at true size; print at 100 %.</span>
    </div>
  )
}
