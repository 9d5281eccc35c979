import { mmPerPixel, pxFromMm } from './pixel-geometry'
import type { Rect } from './types'

/** Slack for floating-point comparisons of millimetre sums (101.6 = 2 × 50.8 must fit). */
export const FIT_EPSILON_MM = 1e-6

/** A copy placed by the packer, before ids are attached. */
export interface PackedBox {
  xMm: number
  yMm: number
  widthMm: number
  heightMm: number
}

/**
 * Shelf (row) packing: copies go left to right along a shelf; when the next one does not fit across, a new shelf
 * starts below the tallest copy of the current one. For copies of one size this is exactly the grid, so a single
 * 'max' item always gets the most copies a grid can hold; mixed sizes may leave space below shorter copies,
 * which is the price of rows a person can cut with a guillotine.
 *
 * Copies closer than a pixel (gap 0) are kept pixel-safe: the next copy starts no earlier than where the previous
 * one's rounded raster edge ends (see pixel-geometry.ts). That costs nothing when sizes are whole pixels
 * (2×2 in at 300 dpi is 600 px, so six still fit a 4×6 in sheet edge to edge) and at most one pixel otherwise.
 */
export class ShelfPacker {
  private readonly area: Rect
  private readonly gapMm: number
  private cursorX: number
  private shelfY: number
  private shelfHeight = 0
  private shelfOpen = false
  /** Where the shelf's lowest rounded raster edge ends; the next shelf may not start above it. */
  private shelfPixelBottom = 0
  private readonly dpi: number
  private readonly canvas: { widthPx: number; heightPx: number }

  constructor(area: Rect, gapMm: number, dpi: number, paper: { widthMm: number; heightMm: number }) {
    this.area = area
    this.gapMm = gapMm
    this.dpi = dpi
    this.canvas = { widthPx: pxFromMm(paper.widthMm, dpi), heightPx: pxFromMm(paper.heightMm, dpi) }
    this.cursorX = area.xMm
    this.shelfY = area.yMm
  }

  /** Places one copy, or returns null when there is no room left for it. */
  place(widthMm: number, heightMm: number): PackedBox | null {
    const right = this.area.xMm + this.area.widthMm + FIT_EPSILON_MM
    const bottom = this.area.yMm + this.area.heightMm + FIT_EPSILON_MM
    if (this.shelfOpen && this.cursorX + widthMm <= right && this.shelfY + heightMm <= bottom && this.onCanvas(this.cursorX, this.shelfY, widthMm, heightMm)) {
      return this.put(widthMm, heightMm)
    }
    const nextY = this.shelfOpen
      ? Math.max(this.shelfY + this.shelfHeight + this.gapMm, this.shelfPixelBottom)
      : this.shelfY
    if (this.area.xMm + widthMm > right || nextY + heightMm > bottom || !this.onCanvas(this.area.xMm, nextY, widthMm, heightMm)) {
      return null
    }
    this.shelfY = nextY
    this.shelfHeight = 0
    this.shelfPixelBottom = 0
    this.cursorX = this.area.xMm
    this.shelfOpen = true
    return this.put(widthMm, heightMm)
  }

  private put(widthMm: number, heightMm: number): PackedBox {
    const box = { xMm: this.cursorX, yMm: this.shelfY, widthMm, heightMm }
    this.cursorX = Math.max(this.cursorX + widthMm + this.gapMm, this.pixelSafeStart(box.xMm, widthMm))
    this.shelfHeight = Math.max(this.shelfHeight, heightMm)
    this.shelfPixelBottom = Math.max(this.shelfPixelBottom, this.pixelSafeStart(box.yMm, heightMm))
    return box
  }

  /**
   * With no margin, a copy that ends exactly at the paper's edge can round one pixel past the raster page;
   * it does not fit (the alternative, shifting it back, would make it share a pixel with its neighbour).
   */
  private onCanvas(xMm: number, yMm: number, widthMm: number, heightMm: number): boolean {
    return (
      pxFromMm(xMm, this.dpi) + pxFromMm(widthMm, this.dpi) <= this.canvas.widthPx &&
      pxFromMm(yMm, this.dpi) + pxFromMm(heightMm, this.dpi) <= this.canvas.heightPx
    )
  }

  /**
   * The earliest position (mm) whose rounded pixel is at or after round(start) + round(size): the left edge of
   * a neighbour that cannot overlap this copy on the raster. Half a pixel back, because halves round up, plus a
   * millionth of a pixel so the mm → px round trip cannot land just below the half.
   */
  private pixelSafeStart(startMm: number, sizeMm: number): number {
    const end = pxFromMm(startMm, this.dpi) + pxFromMm(sizeMm, this.dpi)
    return (end - 0.5 + 1e-6) * mmPerPixel(this.dpi)
  }
}
