import { useState } from 'react'
import type { PrintersView, PrinterView, SheetRequest } from '../../../../electron/shared/contract'
import { ErrorBanner } from '../../components/ErrorBanner'
import { call, messageOf } from '../../lib/studio'
import { describeCorrection, printedMessage } from './printable'
import { useT } from '../../lib/i18n'
import type { MessageId } from '../../../../electron/shared/i18n/messages'

const FORMATS: readonly (readonly ['pdf' | 'jpeg' | 'png', MessageId])[] = [
  ['pdf', 'sheets.output.savePdf'],
  ['jpeg', 'sheets.output.saveJpeg'],
  ['png', 'sheets.output.savePng']
]

/**
 * Save the sheet as an exact-size file, or print it on the chosen printer with its calibration: through the OS
 * print system at true size, or, where there is none, through the print dialog, whose settings then decide.
 */
export function OutputPanel(props: {
  request: SheetRequest | null
  printer: PrinterView | null
  path: PrintersView['path'] | null
}) {
  const { t, rich } = useT()
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
    <section aria-label={t('sheets.output.title')} className="panel sheet-output">
      <h2>{t('sheets.output.title')}</h2>
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
                  ? t('sheets.output.notSaved')
                  : t('sheets.output.saved', { path: saved.path })
              })
            }
          >
            {t(text)}
          </button>
        ))}
      </div>
      <p className="muted">{t('sheets.output.exactFiles')}</p>
      <div className="row">
        <button
          type="button"
          className="primary"
          disabled={disabled || props.printer === null}
          onClick={() =>
            void run(async (request) => printedMessage(t, await call('sheets:print', { request })))
          }
        >
          {props.path?.kind === 'dialog' ? t('sheets.output.printDialog') : t('sheets.output.print')}
        </button>
      </div>
      {props.path?.kind === 'dialog' ? (
        <p className="muted">{t('sheets.output.dialogNote')}</p>
      ) : props.path ? (
        <p className="muted">{t('sheets.output.systemNote', { path: props.path.label })}</p>
      ) : null}
      {props.printer ? (
        <p>
          {rich('sheets.output.printer', {
            name: props.printer.name,
            correction: describeCorrection(t, props.printer.correction),
            strong: (chunks) => <strong>{chunks}</strong>
          })}
        </p>
      ) : (
        <p className="muted">{t('sheets.output.noPrinter')}</p>
      )}
      {status && (
        <p role="status" className="sheet-status">
          {status}
        </p>
      )}
    </section>
  )
}
