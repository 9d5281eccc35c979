import { useState } from 'react'
import type { JobView } from '../../../../electron/shared/contract'
import { call } from '../../lib/studio'
import { usePrinters } from '../sheets/use-printers'
import { translateNow, useT } from '../../lib/i18n'

/** "Saved to …" or null when the person cancelled the folder choice. */
export async function saveReport(jobId: string): Promise<string | null> {
  const saved = await call('photos:save-report', { jobId })
  return saved.path === null ? null : translateNow('photos.report.saved', { path: saved.path })
}

/** What the counter reads after a report went to the printer. */
export async function printReport(jobId: string, printerName?: string): Promise<string | null> {
  const printed = await call('photos:print-report', printerName ? { jobId, printerName } : { jobId })
  if (!printed.printed) return null
  return translateNow('photos.report.sent', {
    printer: printed.printerName ?? translateNow('photos.report.defaultPrinter'),
    path: printed.path,
    note: printed.note ? ` ${printed.note}` : ''
  })
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
  const { t } = useT()
  const [choosing, setChoosing] = useState(false)
  return (
    <div className="report-actions">
      <div className="row">
        <button
          type="button"
          disabled={props.busy}
          onClick={() => void props.run(() => saveReport(props.job.id))}
        >
          {t('photos.report.save')}
        </button>
        <button
          type="button"
          aria-expanded={choosing}
          disabled={props.busy}
          onClick={() => setChoosing((c) => !c)}
        >
          {t('photos.report.print')}
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
  const { t } = useT()
  const printers = usePrinters()
  return (
    <div className="row report-printer">
      <label>
        {t('photos.report.printer')}{' '}
        <select
          value={printers.selected?.name ?? ''}
          onChange={(e) => printers.select(e.target.value)}
          disabled={printers.printers.length === 0}
        >
          {printers.printers.map((p) => (
            <option key={p.name} value={p.name}>
              {p.name}
              {p.isDefault ? t('photos.report.default') : ''}
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
        {t('photos.report.printNow')}
      </button>
      {printers.error && <span className="field-error">{printers.error}</span>}
      <span className="muted">{t('photos.report.hint')}</span>
    </div>
  )
}
