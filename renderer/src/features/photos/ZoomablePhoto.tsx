import { useEffect, useState, type ReactNode } from 'react'
import type { ImageView } from '../../../../electron/shared/contract'
import { useImageUrl } from '../../lib/image-url'
import { useRovingButtons } from '../../lib/roving'
import { useT } from '../../lib/i18n'

type Zoom = 'fit' | 1 | 2

/** At Fit the photo leaves room above it for the result's title, Save and Print and the toolbars (1024×700 up). */
const FIT_HEIGHT = 'max(220px, calc(100vh - 330px))'

const FIT = 'fit' as const
const GROUP = 'group'

/**
 * A photo that opens at Fit, whole in the panel, so the face is never cut off; 100% shows it at its true pixel
 * size (one image pixel is one device pixel: CSS width = width / devicePixelRatio), so the operator judges
 * sharpness as the service made it. Zoomed in, the frame scrolls and takes the keyboard focus (arrow keys pan).
 */
export function ZoomablePhoto(props: {
  image: ImageView
  alt: string
  marker?: string
  /** Marks drawn over the photo in its own pixels (an SVG with the photo's size as its viewBox). */
  overlay?: ReactNode
}) {
  const { t } = useT()
  const url = useImageUrl(props.image)
  const [zoom, setZoom] = useState<Zoom>('fit')
  const [dpr, setDpr] = useState(() => window.devicePixelRatio || 1)
  const zoomKeys = useRovingButtons<HTMLDivElement>()

  useEffect(() => {
    // The ratio changes when the window moves to another screen or the page is zoomed.
    const query = window.matchMedia(`(resolution: ${dpr}dppx)`)
    const update = () => setDpr(window.devicePixelRatio || 1)
    query.addEventListener('change', update)
    return () => query.removeEventListener('change', update)
  }, [dpr])

  const style =
    zoom === 'fit'
      ? { maxWidth: '100%', maxHeight: FIT_HEIGHT, width: 'auto', height: 'auto' }
      : { width: `${(props.image.width / dpr) * zoom}px`, height: `${(props.image.height / dpr) * zoom}px` }

  const zoomButton = (value: Zoom, label: string) => (
    <button type="button" aria-pressed={zoom === value} onClick={() => setZoom(value)}>
      {label}
    </button>
  )

  return (
    <figure className="zoomable">
      <div
        className="row zoom-controls"
        role="toolbar"
        aria-label={t('photos.zoom.label')}
        ref={zoomKeys.ref}
        onKeyDown={zoomKeys.onKeyDown}
        onFocus={zoomKeys.onFocus}
      >
        {zoomButton(FIT, t('photos.zoom.fit'))}
        {zoomButton(1, t('photos.zoom.level', { zoom: 100 }))}
        {zoomButton(2, t('photos.zoom.level', { zoom: 200 }))}
        <span className="muted">
          {t('photos.pixels', { width: props.image.width, height: props.image.height })}
        </span>
      </div>
      <div
        className={zoom === 'fit' ? 'photo-frame fit' : 'photo-frame'}
        {...(zoom === 'fit'
          ? {}
          : {
              tabIndex: 0,
              role: GROUP,
              'aria-label': t('photos.zoom.frame', { alt: props.alt, zoom: zoom * 100 })
            })}
      >
        {url && (
          // The marks sit on the picture itself, so they stay on it at every zoom.
          <span className="photo-stack">
            <img src={url} alt={props.alt} style={style} draggable={false} />
            {props.overlay}
          </span>
        )}
        {props.marker && (
          <span className="preview-marker" aria-hidden="true">
            {props.marker}
          </span>
        )}
      </div>
    </figure>
  )
}
