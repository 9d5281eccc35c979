import { mmToPixels } from './paper'
import type { Placement, PixelGeometry, PixelRect } from './types'

/**
 * Millimetres to whole pixels: round(mm / 25.4 × dpi), half-pixels rounded up.
 * This is the pixel size every copy of a photo gets, whatever its position.
 */
export function pxFromMm(mm: number, dpi: number): number {
  return Math.round(mmToPixels(mm, dpi))
}

/** The width of one pixel at `dpi`, in millimetres. */
export function mmPerPixel(dpi: number): number {
  return 25.4 / dpi
}

/**
 * The rounding rule for raster output. A placement's top-left edge is rounded on its own, and its size is
 * rounded on its own, so each photo is exactly pxFromMm(size) pixels and sits within half a pixel of where the
 * layout put it (no drift along a row, because every edge is rounded from its exact millimetre position rather
 * than accumulated from rounded neighbours).
 *
 * Why neighbours never overlap: a photo's right edge is round(x) + round(w). When w's pixel size rounds down,
 * that is at most round(x + w), so any neighbour at x + w or later starts at or after it. When it rounds up, the
 * edge can be one pixel past round(x + w); the layout's packer (packing.ts) then starts the neighbour at least at
 * that edge, which only matters for gaps under one pixel.
 *
 * A rect is nudged back inside the canvas if rounding would push it past the far edge by a pixel
 * (sharp refuses composites that overhang).
 */
export function pixelRectFor(
  placement: Placement,
  dpi: number,
  canvas: { widthPx: number; heightPx: number }
): PixelRect {
  const widthPx = Math.max(1, pxFromMm(placement.widthMm, dpi))
  const heightPx = Math.max(1, pxFromMm(placement.heightMm, dpi))
  const leftPx = clamp(pxFromMm(placement.xMm, dpi), 0, Math.max(0, canvas.widthPx - widthPx))
  const topPx = clamp(pxFromMm(placement.yMm, dpi), 0, Math.max(0, canvas.heightPx - heightPx))
  return { leftPx, topPx, widthPx, heightPx }
}

/** The whole sheet in pixels at `dpi`: canvas size and one rect per placement, in the same order. */
export function pixelGeometry(
  paper: { widthMm: number; heightMm: number },
  placements: readonly Placement[],
  dpi: number
): PixelGeometry {
  const canvas = {
    widthPx: Math.max(1, pxFromMm(paper.widthMm, dpi)),
    heightPx: Math.max(1, pxFromMm(paper.heightMm, dpi))
  }
  return { dpi, ...canvas, placements: placements.map((placement) => pixelRectFor(placement, dpi, canvas)) }
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), max)
}
