import { useEffect, useState } from 'react'
import type { ImageView, SheetLayoutView, SheetRequest } from '../../../../electron/shared/contract'
import { call, messageOf } from '../../lib/studio'

/** Wait this long after the last change before asking main, so typing a margin does not render every keystroke. */
const DEBOUNCE_MS = 200

/** The box the preview must fit in, in CSS pixels. */
export interface PreviewBox {
  width: number
  height: number
}

/** The layout and its preview image, and the devicePixelRatio the image was made for. */
export interface SheetPreview {
  /** The request the layout and image were made for (the form may have moved on since). */
  request: SheetRequest | null
  layout: SheetLayoutView | null
  image: ImageView | null
  pixelRatio: number
  busy: boolean
  error: string | null
}

/** The dpi that makes the paper fill the box on this screen, within what sheets:preview accepts (24–150). */
export function previewDpi(
  paper: { widthMm: number; heightMm: number },
  box: PreviewBox,
  ratio: number
): number {
  const fit = Math.min(box.width / (paper.widthMm / 25.4), box.height / (paper.heightMm / 25.4))
  return Math.max(24, Math.min(150, Math.floor(fit * ratio)))
}

/**
 * Lays the sheet out and renders its preview in main (the same code that prints), debounced after each change.
 * `refresh` is part of the key so a new printer calibration, or a new language, lays it out again. A late answer to an old request is dropped.
 */
export function useSheetPreview(
  request: SheetRequest | null,
  box: PreviewBox,
  refresh: number | string
): SheetPreview {
  const [state, setState] = useState<SheetPreview>({
    request: null,
    layout: null,
    image: null,
    pixelRatio: 1,
    busy: false,
    error: null
  })
  const key = request === null ? null : JSON.stringify(request)
  // Whole tens of pixels: a window resized by a pixel does not re-render the sheet.
  const boxWidth = Math.max(120, Math.round(box.width / 10) * 10)
  const boxHeight = Math.max(120, Math.round(box.height / 10) * 10)

  useEffect(() => {
    if (key === null) {
      setState({ request: null, layout: null, image: null, pixelRatio: 1, busy: false, error: null })
      return
    }
    const req = JSON.parse(key) as SheetRequest
    let live = true
    setState((s) => ({ ...s, busy: true }))
    const timer = setTimeout(() => {
      void (async () => {
        try {
          const layout = await call('sheets:layout', req)
          if (!live) return
          const ratio = window.devicePixelRatio || 1
          const dpi = previewDpi(layout.paper, { width: boxWidth, height: boxHeight }, ratio)
          const image = await call('sheets:preview', { request: req, dpi })
          if (live) setState({ request: req, layout, image, pixelRatio: ratio, busy: false, error: null })
        } catch (e) {
          if (live) {
            setState({
              request: null,
              layout: null,
              image: null,
              pixelRatio: 1,
              busy: false,
              error: messageOf(e)
            })
          }
        }
      })()
    }, DEBOUNCE_MS)
    return () => {
      live = false
      clearTimeout(timer)
    }
  }, [key, boxWidth, boxHeight, refresh])

  return state
}
