import { useState } from 'react'
import type { PrinterView } from '../../../../electron/shared/contract'
import { ErrorBanner } from '../../components/ErrorBanner'
import { call, messageOf } from '../../lib/studio'
import { describeFactor, factorMeaning } from './printable'

/** The ruler on the test page is this long. */
const RULER_MM = 100

/**
 * Printer calibration: print the ruler page, measure its 100 mm ruler, and store the printer's scale correction
 * (expected ÷ measured), which main applies to every later print on that printer. Reset goes back to 1.
 */
export function CalibrationPanel(props: {
  printers: PrinterView[]
  selected: string | null
  onSelect: (name: string) => void
  onPrinter: (printer: PrinterView) => void
}) {
  const [measured, setMeasured] = useState('')
  const [busy, setBusy] = useState(false)
  const [status, setStatus] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const printer = props.printers.find((p) => p.name === props.selected) ?? null
  const value = Number(measured.trim().replace(',', '.'))
  const measuredOk = measured.trim() !== '' && Number.isFinite(value) && value > 0 && value <= 500

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
    <section aria-label="Printer calibration" className="panel sheet-calibration">
      <h2>Printer calibration</h2>
      <ErrorBanner message={error} onDismiss={() => setError(null)} />
      {props.printers.length === 0 ? (
        <p className="muted">No printers found.</p>
      ) : (
        <label>
          Printer
          <select
            aria-label="Printer"
            value={props.selected ?? ''}
            onChange={(e) => props.onSelect(e.target.value)}
          >
            {props.printers.map((p) => (
              <option key={p.name} value={p.name}>
                {p.name}
                {p.isDefault ? ' (default)' : ''} · ×{p.scaleCorrection.toFixed(3)}
              </option>
            ))}
          </select>
        </label>
      )}
      {printer && (
        <p>
          Calibration factor: <strong className="factor">{printer.scaleCorrection.toFixed(3)}</strong>
          <span className="muted"> ({factorMeaning(printer.scaleCorrection)})</span>
        </p>
      )}
      <ol className="calibration-steps">
        <li>
          <button
            type="button"
            disabled={busy || printer === null}
            onClick={() =>
              void run(async (printerName) => {
                const { printed } = await call('sheets:print-ruler', { printerName })
                return printed
                  ? `Ruler test page sent to ${printerName}. Measure its ${RULER_MM} mm ruler with a steel rule.`
                  : 'Not printed: the print dialog was cancelled.'
              })
            }
          >
            Print ruler test page
          </button>
        </li>
        <li>
          <form
            className="row"
            onSubmit={(e) => {
              e.preventDefault()
              if (!measuredOk) return
              void run(async (printerName) => {
                const next = await call('sheets:calibrate', {
                  printerName,
                  expectedMm: RULER_MM,
                  measuredMm: value
                })
                props.onPrinter(next)
                return `Saved: factor ${describeFactor(next.scaleCorrection)}.`
              })
            }}
          >
            <label>
              Measured length of the {RULER_MM} mm ruler (mm)
              <input
                inputMode="decimal"
                size={7}
                value={measured}
                placeholder={String(RULER_MM)}
                aria-invalid={measured.trim() !== '' && !measuredOk}
                onChange={(e) => setMeasured(e.target.value)}
              />
            </label>
            <button type="submit" disabled={busy || printer === null || !measuredOk}>
              Save calibration
            </button>
            <button
              type="button"
              disabled={busy || printer === null}
              onClick={() =>
                void run(async (printerName) => {
                  const next = await call('sheets:reset-calibration', { printerName })
                  props.onPrinter(next)
                  setMeasured('')
                  return `Reset: ${printerName} prints without correction.`
                })
              }
            >
              Reset calibration
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
