import { useState } from 'react'
import type { PrintersView, PrinterView, SheetRequest } from '../../../../electron/shared/contract'
import { ErrorBanner } from '../../components/ErrorBanner'
import { call, messageOf } from '../../lib/studio'
import { describeCorrection, printedMessage } from './printable'

const FORMATS = [
  ['pdf', 'Save PDF…'],
  ['jpeg', 'Save JPEG…'],
  ['png', 'Save PNG…']
] as const

/**
 * Save the sheet as an exact-size file, or print it on the chosen printer with its calibration: through the OS
 * print system at true size, or, where there is none, through the print dialog, whose settings then decide.
 */
export function OutputPanel(props: {
  request: SheetRequest | null
  printer: PrinterView | null
  path: PrintersView['path'] | null
}) {
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
          onClick={() => void run(async (request) => printedMessage(await call('sheets:print', { request })))}
        >
          {props.path?.kind === 'dialog' ? 'Print…' : 'Print'}
        </button>
      </div>
      {props.path?.kind === 'dialog' ? (
        <p className="muted">
          No print system was found, so the sheet goes to the print dialog, and its size is then up to the
          dialog: set the scale to 100 % (“Actual size”), never “Fit to page”.
        </p>
      ) : props.path ? (
        <p className="muted">
          Prints through {props.path.label} with scaling off, on the paper of this sheet: the same page as
          “Save PDF”, with the printer’s calibration.
        </p>
      ) : null}
      {props.printer ? (
        <p>
          Printer: <strong>{props.printer.name}</strong> · calibration{' '}
          {describeCorrection(props.printer.correction)}
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
