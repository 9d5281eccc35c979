import { useState } from 'react'
import type { PrinterView } from '../../../../electron/shared/contract'
import { ErrorBanner } from '../../components/ErrorBanner'
import { call, messageOf } from '../../lib/studio'
import { describeCorrection, factorMeaning, factorText, printedMessage } from './printable'
import { useT } from '../../lib/i18n'

/** Each ruler on the test page is this long. */
const RULER_MM = 100

/** A typed length in millimetres; a decimal comma is read as a decimal point ("100,5"). */
function parseLength(text: string): number | null {
  const value = Number(text.trim().replace(',', '.'))
  return text.trim() !== '' && Number.isFinite(value) && value > 0 && value <= 500 ? value : null
}

/**
 * Printer calibration: print the ruler page, measure its ruler across and its ruler down the page, and store the
 * printer's correction in each direction (expected ÷ measured), which main applies to every later print on that
 * printer. Reset goes back to none.
 */
export function CalibrationPanel(props: {
  printers: PrinterView[]
  selected: string | null
  onSelect: (name: string) => void
  onPrinter: (printer: PrinterView) => void
}) {
  const { t } = useT()
  const [across, setAcross] = useState('')
  const [down, setDown] = useState('')
  const [paper, setPaper] = useState<'a4' | 'letter'>('a4')
  const [busy, setBusy] = useState(false)
  const [status, setStatus] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const printer = props.printers.find((p) => p.name === props.selected) ?? null
  const acrossMm = parseLength(across)
  const downMm = parseLength(down)

  const run = async (work: (name: string) => Promise<string>) => {
    if (printer === null) return
    setBusy(true)
    setError(null)
    setStatus(null)
    try {
      setStatus(await work(printer.name))
    } catch (e) {
      setError(messageOf(e))
    } finally {
      setBusy(false)
    }
  }

  return (
    <section aria-label={t('sheets.calibration.title')} className="panel sheet-calibration">
      <h2>{t('sheets.calibration.title')}</h2>
      <ErrorBanner message={error} onDismiss={() => setError(null)} />
      {props.printers.length === 0 ? (
        <p className="muted">{t('sheets.calibration.noPrinters')}</p>
      ) : (
        <label>
          {t('sheets.printer.label')}
          <select
            aria-label={t('sheets.printer.label')}
            value={props.selected ?? ''}
            onChange={(e) => props.onSelect(e.target.value)}
          >
            {props.printers.map((p) => (
              <option key={p.name} value={p.name}>
                {p.isDefault ? t('sheets.printer.default', { name: p.name }) : p.name}
              </option>
            ))}
          </select>
        </label>
      )}
      {printer && (
        <dl className="factors">
          <dt>{t('sheets.calibration.across')}</dt>
          <dd>
            <strong className="factor-across">{factorText(t, printer.correction.across)}</strong>
            <span className="muted"> ({factorMeaning(t, printer.correction.across)})</span>
          </dd>
          <dt>{t('sheets.calibration.down')}</dt>
          <dd>
            <strong className="factor-down">{factorText(t, printer.correction.down)}</strong>
            <span className="muted"> ({factorMeaning(t, printer.correction.down)})</span>
          </dd>
        </dl>
      )}
      <ol className="calibration-steps">
        <li>
          <div className="row">
            <label>
              {t('sheets.calibration.rulerPaper')}
              <select
                aria-label={t('sheets.calibration.rulerPaper')}
                value={paper}
                onChange={(e) => setPaper(e.target.value === 'letter' ? 'letter' : 'a4')}
              >
                <option value="a4">A4</option>
                <option value="letter">{t('units.paper.name.letter')}</option>
              </select>
            </label>
            <button
              type="button"
              disabled={busy || printer === null}
              onClick={() =>
                void run(async (printerName) => {
                  const printed = await call('sheets:print-ruler', { printerName, paper })
                  return printed.printed
                    ? t('sheets.calibration.rulerPrinted', {
                        printed: printedMessage(t, printed),
                        mm: RULER_MM
                      })
                    : printedMessage(t, printed)
                })
              }
            >
              {t('sheets.calibration.printRuler')}
            </button>
          </div>
        </li>
        <li>
          <form
            className="row"
            onSubmit={(e) => {
              e.preventDefault()
              if (acrossMm === null || downMm === null) return
              void run(async (printerName) => {
                const next = await call('sheets:calibrate', {
                  printerName,
                  expectedMm: RULER_MM,
                  measuredAcrossMm: acrossMm,
                  measuredDownMm: downMm
                })
                props.onPrinter(next)
                return t('sheets.calibration.saved', { correction: describeCorrection(t, next.correction) })
              })
            }}
          >
            <label>
              {t('sheets.calibration.acrossMeasured')}
              <input
                inputMode="decimal"
                size={7}
                value={across}
                placeholder={String(RULER_MM)}
                aria-invalid={across.trim() !== '' && acrossMm === null}
                onChange={(e) => setAcross(e.target.value)}
              />
            </label>
            <label>
              {t('sheets.calibration.downMeasured')}
              <input
                inputMode="decimal"
                size={7}
                value={down}
                placeholder={String(RULER_MM)}
                aria-invalid={down.trim() !== '' && downMm === null}
                onChange={(e) => setDown(e.target.value)}
              />
            </label>
            <button type="submit" disabled={busy || printer === null || acrossMm === null || downMm === null}>
              {t('sheets.calibration.save')}
            </button>
            <button
              type="button"
              disabled={busy || printer === null}
              onClick={() =>
                void run(async (printerName) => {
                  const next = await call('sheets:reset-calibration', { printerName })
                  props.onPrinter(next)
                  setAcross('')
                  setDown('')
                  return t('sheets.calibration.resetDone', { printer: printerName })
                })
              }
            >
              {t('sheets.calibration.reset')}
            </button>
          </form>
        </li>
      </ol>
      {status && (
        <p role="status" className="sheet-status">
          {status}
        </p>
      )}
    </section>
  )
}
