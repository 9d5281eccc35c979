import { useMemo, useState } from 'react'
import { useAppState } from '../../app/app-state'
import { ErrorBanner } from '../../components/ErrorBanner'
import { useJobs } from '../photos/use-jobs'
import { CalibrationPanel } from './CalibrationPanel'
import { OutputPanel } from './OutputPanel'
import { PaperOptions } from './PaperOptions'
import { PhotoChooser } from './PhotoChooser'
import { isPrintable } from './printable'
import { applyHint, toSheetRequest, type ChosenPhoto } from './sheet-options'
import { SheetPreviewView } from './SheetPreviewView'
import { useElementWidth } from './use-element-width'
import { usePrinters } from './use-printers'
import { useSheetPreview } from './use-sheet-preview'
import { useSheetSettings } from './use-sheet-settings'
import './sheets.css'

/**
 * Print sheets: finished photos and copies on the left, the sheet as it will print in the centre, saving,
 * printing and printer calibration on the right. All layout and rendering happens in main; the settings are
 * remembered per paper (and the margin per printer) in main too.
 */
export function SheetsScreen() {
  const { takePrintJob } = useAppState()
  // A "Print…" from the photo screen arrives with its photo already chosen.
  const [chosen, setChosen] = useState<ChosenPhoto[]>(() => {
    const jobId = takePrintJob()
    return jobId ? [{ jobId, copies: 'max' }] : []
  })
  // The queue holds today's jobs; a photo chosen from History is fetched by id.
  const { jobs, error: jobsError } = useJobs(
    undefined,
    chosen.map((c) => c.jobId)
  )
  const printers = usePrinters()
  const { settings, change, error: settingsError } = useSheetSettings(printers.selected?.name ?? null)
  const [previewRef, previewWidth] = useElementWidth<HTMLDivElement>(480)

  const printable = useMemo(() => jobs.filter(isPrintable), [jobs])
  // A photo removed in History, or purged, leaves the sheet.
  const active = chosen.filter((c) => printable.some((j) => j.id === c.jobId))
  const { request, problem } = toSheetRequest(settings, active, printers.selected?.name ?? null)
  const preview = useSheetPreview(request, { width: previewWidth, height: 640 }, printers.version)

  return (
    <div className="sheets-screen">
      <section className="sheets-left" aria-label="Photos and paper">
        <h2>Photos on the sheet</h2>
        <ErrorBanner message={jobsError} />
        <PhotoChooser
          jobs={printable}
          chosen={active}
          notes={preview.layout?.notes ?? []}
          onChange={setChosen}
        />
        <p className="muted">
          Sheets laid out by the Passport Photo service (for example 1800×1200 px) stay available per photo on
          the Photos screen.
        </p>
        <h2>Paper</h2>
        <ErrorBanner message={settingsError} />
        <PaperOptions value={settings} onChange={change} />
      </section>
      <section className="sheets-centre" aria-label="Sheet preview">
        <h2>Preview {preview.busy && <span className="muted small">updating…</span>}</h2>
        <ErrorBanner message={preview.error} />
        {problem && <p className="muted">{problem}</p>}
        <div ref={previewRef} className="sheet-preview-box">
          {request && (
            <SheetPreviewView
              preview={preview}
              jobs={printable}
              onUseHint={(changes) => change(applyHint(settings, changes))}
            />
          )}
        </div>
      </section>
      <aside className="sheets-right" aria-label="Output and calibration">
        <ErrorBanner message={printers.error} />
        <OutputPanel request={request} printer={printers.selected} path={printers.path} />
        <CalibrationPanel
          printers={printers.printers}
          selected={printers.selected?.name ?? null}
          onSelect={printers.select}
          onPrinter={printers.update}
        />
      </aside>
    </div>
  )
}
