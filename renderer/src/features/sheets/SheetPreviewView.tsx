import type { FillHintView, JobView } from '../../../../electron/shared/contract'
import { useImageUrl } from '../../lib/image-url'
import { mm, photoTitle } from './printable'
import type { SheetPreview } from './use-sheet-preview'

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
  const { layout, image, request, pixelRatio } = props.preview
  const url = useImageUrl(image)
  if (!layout || !request) return null
  const total = layout.placedCount.reduce((sum, n) => sum + n, 0)
  const orientation = layout.paper.orientation
  return (
    <div className="sheet-preview">
      {url && image && (
        <div
          className="paper-outline"
          style={{ width: image.width / pixelRatio, aspectRatio: `${image.width} / ${image.height}` }}
        >
          <img
            src={url}
            alt={`Sheet preview: ${total} ${total === 1 ? 'copy' : 'copies'} on ${layout.paper.label}, ${orientation}`}
          />
        </div>
      )}
      <section aria-label="Layout" className="layout-facts">
        <p>
          <strong>{layout.paper.label}</strong> · {mm(layout.paper.widthMm)}×{mm(layout.paper.heightMm)} mm ·{' '}
          {orientation}
        </p>
        <p className="placed-total">
          {total} {total === 1 ? 'copy' : 'copies'} on the sheet
        </p>
        {layout.hint && (
          <p className="fill-hint" role="note" aria-label="More would fit">
            {layout.hint.text} —{' '}
            <button type="button" className="link" onClick={() => props.onUseHint(layout.hint!.changes)}>
              use that
            </button>
          </p>
        )}
        <ul aria-label="Copies per photo">
          {request.items.map((item, index) => {
            const job = props.jobs.find((j) => j.id === item.jobId)
            const placed = layout.placedCount[index] ?? 0
            const size = layout.placements.find((p) => p.itemIndex === index)
            return (
              <li key={`${item.jobId}-${index}`}>
                {job ? photoTitle(job) : 'Photo'}:{' '}
                {size ? `${mm(size.widthMm)}×${mm(size.heightMm)} mm · ` : ''}
                <strong>{placed} placed</strong>
                {item.copies !== 'max' && ` of ${item.copies} asked`}
              </li>
            )
          })}
        </ul>
        {layout.warnings.length > 0 && (
          <ul className="banner banner-warn" aria-label="Layout warnings">
            {layout.warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        )}
        {layout.notes.length > 0 && (
          <ul className="muted" aria-label="Layout notes">
            {layout.notes.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        )}
      </section>
    </div>
  )
}
