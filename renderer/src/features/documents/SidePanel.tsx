import type { DocumentSideView, Side } from '../../../../electron/shared/contract'
import { DocumentViewer } from './DocumentViewer'
import { RateLimitStatus } from './RateLimitStatus'
import { SizeControls } from './SizeControls'
import type { PixelSize } from './size-rule'
import type { ShownImage } from './use-document-image'
import { ViewerToolbar } from './ViewerToolbar'
import { type ViewerOp, type ViewState, effectiveScale } from './viewer-state'
import { useT } from '../../lib/i18n'
import type { MessageId } from '../../../../electron/shared/i18n/messages'

const STATUS_TEXT: Record<DocumentSideView['status'], { text: MessageId; pill: string }> = {
  'no-token': { text: 'documents.status.noToken', pill: 'pill' },
  ready: { text: 'documents.status.ready', pill: 'pill' },
  waiting: { text: 'documents.status.waiting', pill: 'pill pill-warn' },
  loading: { text: 'documents.status.loading', pill: 'pill pill-warn' },
  loaded: { text: 'documents.status.loaded', pill: 'pill pill-ok' },
  error: { text: 'documents.status.error', pill: 'pill pill-err' }
}

/** A message beside one side: information, or a refusal (shown as an error: nothing was done). */
export interface SideNotice {
  text: string
  refused: boolean
}

/** One side of the document: its requests, rate limit, token, errors and viewer. */
export function SidePanel(props: {
  side: Side
  view: DocumentSideView
  image: ShownImage | null
  imageError: string | null
  actionError: string | null
  notice: SideNotice | null
  original: PixelSize | null
  viewState: ViewState
  fitScale: number
  now: number
  refreshing: boolean
  onFetch: (size: PixelSize | null) => void
  onRefresh: () => void
  onSave: () => void
  onOp: (op: ViewerOp) => void
  onFitScale: (scale: number) => void
  onActivate: () => void
}) {
  const { t, rich } = useT()
  const { side, view, image } = props
  const status = STATUS_TEXT[view.status]
  const hasToken = view.tokenFingerprint !== null
  const placeholder = !hasToken
    ? t('documents.placeholder.noToken')
    : view.status === 'waiting' || view.status === 'loading'
      ? t('documents.placeholder.fetching')
      : t('documents.placeholder.notFetched')

  const preview = (size: PixelSize) => {
    if (image === null) return
    props.onOp({ type: 'set-scale', scale: size.width / image.width })
  }

  return (
    <section className="panel doc-side" aria-labelledby={`doc-${side}-title`} data-testid={`${side}-panel`}>
      <header className="doc-side-head">
        <h2 id={`doc-${side}-title`}>{t('documents.side.title', { side })}</h2>
        <span className={status.pill} role="status" data-testid={`${side}-status`}>
          {t(status.text)}
        </span>
        <span className="muted doc-fingerprint">
          {rich('documents.side.fingerprint', {
            fingerprint: view.tokenFingerprint ?? '—',
            code: (chunks) => <code data-testid={`${side}-fingerprint`}>{chunks}</code>
          })}
        </span>
      </header>

      <div className="row">
        <button type="button" className="primary" disabled={!hasToken} onClick={() => props.onFetch(null)}>
          {t('documents.side.fetch', { side })}
        </button>
        <button type="button" disabled={!hasToken || props.refreshing} onClick={props.onRefresh}>
          {props.refreshing ? t('documents.side.refreshing') : t('documents.side.refresh')}
        </button>
        <button type="button" disabled={image === null} onClick={props.onSave}>
          {t('documents.side.saveAs')}
        </button>
      </div>
      <p className="muted doc-note">{t('documents.side.saveAsNote')}</p>

      <RateLimitStatus side={side} limit={view.rateLimit} now={props.now} />

      {view.error !== null && (
        <div className="banner banner-error doc-side-error" role="alert" data-testid={`${side}-error`}>
          {view.error.message}
        </div>
      )}
      {props.actionError !== null && (
        <div className="banner banner-error doc-side-error" role="alert">
          {props.actionError}
        </div>
      )}
      {props.imageError !== null && (
        <div className="banner banner-error doc-side-error" role="alert">
          {props.imageError}
        </div>
      )}
      {props.notice !== null &&
        (props.notice.refused ? (
          <div className="banner banner-error doc-side-error" role="alert">
            {props.notice.text}
          </div>
        ) : (
          <div className="banner banner-ok doc-side-error" role="status">
            {props.notice.text}
          </div>
        ))}

      <ViewerToolbar
        side={side}
        view={props.viewState}
        scale={effectiveScale(props.viewState, props.fitScale)}
        disabled={image === null}
        onOp={props.onOp}
      />
      <DocumentViewer
        side={side}
        image={image}
        view={props.viewState}
        placeholder={placeholder}
        onOp={props.onOp}
        onFitScale={props.onFitScale}
        onActivate={props.onActivate}
      />

      <SizeControls
        side={side}
        view={view}
        original={props.original}
        onRequest={props.onFetch}
        onPreview={preview}
      />
    </section>
  )
}
