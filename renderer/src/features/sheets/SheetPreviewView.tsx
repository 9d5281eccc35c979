import type { FillHintView, JobView } from '../../../../electron/shared/contract'
import { useImageUrl } from '../../lib/image-url'
import { useT } from '../../lib/i18n'
import { photoTitle } from './printable'
import type { SheetPreview } from './use-sheet-preview'

/** Rounded to one decimal for a message to format in the locale: 51, 35.3 ("35,3" in French). */
const oneDecimal = (value: number) => Math.round(value * 10) / 10

/**
 * The sheet as main rendered it with the printing code (cut guides and label included), shown at the paper's
 * proportions inside a paper outline, and the layout's numbers: paper, copies placed per photo, warnings, notes.
 */
export function SheetPreviewView(props: {
  preview: SheetPreview
  jobs: JobView[]
  /** Takes the "would fit" hint's settings. */
  onUseHint: (changes: FillHintView['changes']) => void
}) {
  const { t, rich } = useT()
  const { layout, image, request, pixelRatio } = props.preview
  const url = useImageUrl(image)
  if (!layout || !request) return null
  const total = layout.placedCount.reduce((sum, n) => sum + n, 0)
  const orientation = layout.paper.orientation
  const sizeMm = (widthMm: number, heightMm: number) =>
    t('units.size.mm', { width: oneDecimal(widthMm), height: oneDecimal(heightMm) })
  return (
    <div className="sheet-preview">
      {url && image && (
        <div
          className="paper-outline"
          style={{ width: image.width / pixelRatio, aspectRatio: `${image.width} / ${image.height}` }}
        >
          <img src={url} alt={t('sheets.preview.alt', { total, paper: layout.paper.label, orientation })} />
        </div>
      )}
      <section aria-label={t('sheets.layout.region')} className="layout-facts">
        <p>
          {rich('sheets.layout.paper', {
            paper: layout.paper.label,
            size: sizeMm(layout.paper.widthMm, layout.paper.heightMm),
            orientation,
            strong: (chunks) => <strong>{chunks}</strong>
          })}
        </p>
        <p className="placed-total">{t('sheets.layout.total', { total })}</p>
        {layout.hint && (
          <p className="fill-hint" role="note" aria-label={t('sheets.layout.hintLabel')}>
            {layout.hint.text} —{' '}
            <button type="button" className="link" onClick={() => props.onUseHint(layout.hint!.changes)}>
              {t('sheets.layout.useHint')}
            </button>
          </p>
        )}
        <ul aria-label={t('sheets.layout.perPhoto')}>
          {request.items.map((item, index) => {
            const job = props.jobs.find((j) => j.id === item.jobId)
            const placed = layout.placedCount[index] ?? 0
            const size = layout.placements.find((p) => p.itemIndex === index)
            return (
              <li key={`${item.jobId}-${index}`}>
                {rich('sheets.layout.item', {
                  title: job ? photoTitle(job) : t('sheets.layout.photo'),
                  hasSize: String(size !== undefined),
                  size: size ? sizeMm(size.widthMm, size.heightMm) : '',
                  placed,
                  asked: item.copies === 'max' ? 'max' : item.copies,
                  strong: (chunks) => <strong>{chunks}</strong>
                })}
              </li>
            )
          })}
        </ul>
        {layout.warnings.length > 0 && (
          <ul className="banner banner-warn" aria-label={t('sheets.layout.warnings')}>
            {layout.warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        )}
        {layout.notes.length > 0 && (
          <ul className="muted" aria-label={t('sheets.layout.notes')}>
            {layout.notes.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        )}
      </section>
    </div>
  )
}
