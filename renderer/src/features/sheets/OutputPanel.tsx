import { useState } from 'react'
import type { PrinterView, SheetRequest } from '../../../../electron/shared/contract'
import { ErrorBanner } from '../../components/ErrorBanner'
import { call, messageOf } from '../../lib/studio'
import { describeFactor } from './printable'

const FORMATS = [
  ['pdf', 'Save PDF…'],
  ['jpeg', 'Save JPEG…'],
  ['png', 'Save PNG…']
] as const

/** Save the sheet as an exact-size file, or print it at 100 % on the chosen printer with its calibration. */
export function OutputPanel(props: { request: SheetRequest | null; printer: PrinterView | null }) {
  const [busy, setBusy] = useState(false)
  const [status, setStatus] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)

  const run = async (work: (request: SheetRequest) => Promise<string>) => {
    if (props.request === null) return
    setBusy(true)
    setError(null)
    setStatus(null)
    try {
      setStatus(await work(props.request))
    } catch (e) {
      setError(messageOf(e))
    } finally {
      setBusy(false)
    }
  }

  const disabled = busy || props.request === null
  return (
    <section aria-label="Output" className="panel sheet-output">
      <h2>Output</h2>
      <ErrorBanner message={error} onDismiss={() => setError(null)} />
      <div className="row">
        {FORMATS.map(([format, text]) => (
          <button
            key={format}
            type="button"
            disabled={disabled}
            onClick={() =>
              void run(async (request) => {
                const saved = await call('sheets:save', { request, format })
                return saved.path === null
                  ? 'Not saved: the save dialog was cancelled.'
                  : `Saved to ${saved.path}`
              })
            }
          >
            {text}
          </button>
        ))}
      </div>
      <p className="muted">
        Files are saved at the exact paper and photo sizes, without any printer correction.
      </p>
      <div className="row">
        <button
          type="button"
          className="primary"
          disabled={disabled || props.printer === null}
          onClick={() =>
            void run(async (request) => {
              const { printed } = await call('sheets:print', { request })
              return printed
                ? `Sent to ${request.printerName ?? 'the printer'}.`
                : 'Not printed: the print dialog was cancelled.'
            })
          }
        >
          Print…
        </button>
      </div>
      <p className="muted">
        Prints through the system print dialog at 100 % scale, never “fit to page”. Check that the dialog
        keeps the scale at 100 %.
      </p>
      {props.printer ? (
        <p>
          Printer: <strong>{props.printer.name}</strong> · calibration{' '}
          {describeFactor(props.printer.scaleCorrection)}
        </p>
      ) : (
        <p className="muted">No printer found. Add one in the system settings, then come back.</p>
      )}
      {status && (
        <p role="status" className="sheet-status">
          {status}
        </p>
      )}
    </section>
  )
}
