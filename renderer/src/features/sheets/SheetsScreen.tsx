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
import { useT } from '../../lib/i18n'
import './sheets.css'

/**
 * Print sheets: finished photos and copies on the left, the sheet as it will print in the centre, saving,
 * printing and printer calibration on the right. All layout and rendering happens in main; the settings are
 * remembered per paper (and the margin per printer) in main too.
 */
export function SheetsScreen() {
  const { takePrintJob } = useAppState()
  const { t, locale } = useT()
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
  const { settings, change, error: settingsError } = useSheetSettings(printers.selected?.name ?? null, locale)
  const [previewRef, previewWidth] = useElementWidth<HTMLDivElement>(480)

  const printable = useMemo(() => jobs.filter(isPrintable), [jobs])
  // A photo removed in History, or purged, leaves the sheet.
  const active = chosen.filter((c) => printable.some((j) => j.id === c.jobId))
  const { request, problem } = toSheetRequest(settings, active, printers.selected?.name ?? null)
  // Main words the layout's notes in the language in use: a new language lays the sheet out again.
  const preview = useSheetPreview(
    request,
    { width: previewWidth, height: 640 },
    `${printers.version}:${locale.language}:${locale.tag}`
  )
  const digital = new Map(
    (preview.request?.items ?? []).flatMap((item, index) => {
      const note = preview.layout?.itemNotes[index]
      return note ? [[item.jobId, note] as const] : []
    })
  )

  return (
    <div className="sheets-screen">
      <section className="sheets-left" aria-label={t('sheets.region.photosAndPaper')}>
        <h2>{t('sheets.photos.title')}</h2>
        <ErrorBanner message={jobsError} />
        <PhotoChooser jobs={printable} chosen={active} digital={digital} onChange={setChosen} />
        <p className="muted">{t('sheets.photos.apiSheets')}</p>
        <h2>{t('sheets.paper.title')}</h2>
        <ErrorBanner message={settingsError} />
        <PaperOptions value={settings} onChange={change} />
      </section>
      <section className="sheets-centre" aria-label={t('sheets.region.preview')}>
        <h2>
          {t('sheets.preview.title')}{' '}
          {preview.busy && <span className="muted small">{t('sheets.preview.updating')}</span>}
        </h2>
        <ErrorBanner message={preview.error} />
        {problem && <p className="muted">{t(problem.id, problem.values)}</p>}
        <div ref={previewRef} className="sheet-preview-box">
          {request && (
            <SheetPreviewView
              preview={preview}
              jobs={printable}
              onUseHint={(changes) => change(applyHint(settings, changes, locale.tag))}
            />
          )}
        </div>
      </section>
      <aside className="sheets-right" aria-label={t('sheets.region.output')}>
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
