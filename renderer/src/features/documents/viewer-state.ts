/** How one side's image is shown: zoom, pan, rotation and inspection filters. Display only: no request. */
export interface ViewState {
  /** Image pixels per screen pixel; null means "fit to the viewer". */
  scale: number | null
  panX: number
  panY: number
  rotation: 0 | 90 | 180 | 270
  invert: boolean
  contrast: boolean
}

/** One change to a view; with linked views the same change goes to both sides. */
export type ViewerOp =
  | { type: 'zoom-in' }
  | { type: 'zoom-out' }
  | { type: 'zoom-at'; factor: number; x: number; y: number }
  | { type: 'set-scale'; scale: number }
  | { type: 'fit' }
  | { type: 'actual-size' }
  | { type: 'rotate' }
  | { type: 'reset' }
  | { type: 'pan'; dx: number; dy: number }
  | { type: 'set-invert'; on: boolean }
  | { type: 'set-contrast'; on: boolean }

/** A fresh view: fitted, centred, upright, no filters. */
export const INITIAL_VIEW: ViewState = {
  scale: null,
  panX: 0,
  panY: 0,
  rotation: 0,
  invert: false,
  contrast: false
}

const ZOOM_STEP = 1.25
const MIN_SCALE = 0.05
const MAX_SCALE = 16

function clampScale(scale: number): number {
  return Math.min(MAX_SCALE, Math.max(MIN_SCALE, scale))
}

/** The scale at which the (rotated) image fits the viewport. */
export function fitScaleFor(
  image: { width: number; height: number },
  viewport: { width: number; height: number },
  rotation: ViewState['rotation']
): number {
  if (image.width <= 0 || image.height <= 0 || viewport.width <= 0 || viewport.height <= 0) return 1
  const sideways = rotation === 90 || rotation === 270
  const w = sideways ? image.height : image.width
  const h = sideways ? image.width : image.height
  return Math.min(viewport.width / w, viewport.height / h)
}

/** The scale in use: the explicit one, or the fit. */
export function effectiveScale(view: ViewState, fitScale: number): number {
  return view.scale ?? fitScale
}

/** Zooms by `factor` keeping the point (x, y), relative to the viewer's centre, still. */
function zoomAt(view: ViewState, fitScale: number, factor: number, x: number, y: number): ViewState {
  const from = effectiveScale(view, fitScale)
  const to = clampScale(from * factor)
  const k = to / from
  return { ...view, scale: to, panX: x - (x - view.panX) * k, panY: y - (y - view.panY) * k }
}

/** Applies one change; `fitScale` is this side's current fit, needed to leave fit mode smoothly. */
export function applyViewerOp(view: ViewState, op: ViewerOp, fitScale: number): ViewState {
  switch (op.type) {
    case 'zoom-in':
      return zoomAt(view, fitScale, ZOOM_STEP, 0, 0)
    case 'zoom-out':
      return zoomAt(view, fitScale, 1 / ZOOM_STEP, 0, 0)
    case 'zoom-at':
      return zoomAt(view, fitScale, op.factor, op.x, op.y)
    case 'set-scale':
      return { ...view, scale: clampScale(op.scale), panX: 0, panY: 0 }
    case 'fit':
      return { ...view, scale: null, panX: 0, panY: 0 }
    case 'actual-size':
      return { ...view, scale: 1, panX: 0, panY: 0 }
    case 'rotate':
      return { ...view, rotation: ((view.rotation + 90) % 360) as ViewState['rotation'] }
    case 'reset':
      return INITIAL_VIEW
    case 'pan':
      return { ...view, panX: view.panX + op.dx, panY: view.panY + op.dy }
    case 'set-invert':
      return { ...view, invert: op.on }
    case 'set-contrast':
      return { ...view, contrast: op.on }
  }
}

/** The CSS transform for the image, centred in the viewer. */
export function transformOf(view: ViewState, fitScale: number): string {
  const scale = Number(effectiveScale(view, fitScale).toFixed(4))
  return `translate(-50%, -50%) translate(${Math.round(view.panX)}px, ${Math.round(view.panY)}px) rotate(${view.rotation}deg) scale(${scale})`
}

/** The CSS filter for the inspection toggles. */
export function filterOf(view: ViewState): string {
  const parts = [view.invert ? 'invert(1)' : '', view.contrast ? 'contrast(1.8) saturate(0)' : ''].filter(
    Boolean
  )
  return parts.length === 0 ? 'none' : parts.join(' ')
}
