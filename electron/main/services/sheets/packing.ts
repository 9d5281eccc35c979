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

/** One row of copies. */
interface Shelf {
  yMm: number
  heightMm: number
  cursorXMm: number
  /** Where the row's lowest rounded raster edge ends; the next shelf may not start above it. */
  pixelBottomMm: number
}

/**
 * Shelf (row) packing: copies go left to right along a shelf; a copy goes on the first shelf with room for it
 * (an earlier shelf only if it is no taller than that shelf), else a new shelf starts below the last one. For
 * copies of one size this is exactly the grid, so a single 'max' item always gets the most copies a grid can
 * hold; mixed sizes may leave space below shorter copies, which is the price of rows a person can cut with a
 * guillotine.
 *
 * Copies closer than a pixel (gap 0) are kept pixel-safe: the next copy starts no earlier than where the previous
 * one's rounded raster edge ends (see pixel-geometry.ts). That costs nothing when sizes are whole pixels
 * (2×2 in at 300 dpi is 600 px, so six still fit a 4×6 in sheet edge to edge) and at most one pixel otherwise.
 */
export class ShelfPacker {
  private readonly area: Rect
  private readonly gapMm: number
  private readonly dpi: number
  private readonly canvas: { widthPx: number; heightPx: number }
  private readonly shelves: Shelf[] = []

  constructor(area: Rect, gapMm: number, dpi: number, paper: { widthMm: number; heightMm: number }) {
    this.area = area
    this.gapMm = gapMm
    this.dpi = dpi
    this.canvas = { widthPx: pxFromMm(paper.widthMm, dpi), heightPx: pxFromMm(paper.heightMm, dpi) }
  }

  /** Places one copy, or returns null when there is no room left for it. */
  place(widthMm: number, heightMm: number): PackedBox | null {
    const right = this.area.xMm + this.area.widthMm + FIT_EPSILON_MM
    const bottom = this.area.yMm + this.area.heightMm + FIT_EPSILON_MM
    for (const [index, shelf] of this.shelves.entries()) {
      const last = index === this.shelves.length - 1
      const fitsDown = last ? shelf.yMm + heightMm <= bottom : heightMm <= shelf.heightMm + FIT_EPSILON_MM
      if (
        fitsDown &&
        shelf.cursorXMm + widthMm <= right &&
        this.onCanvas(shelf.cursorXMm, shelf.yMm, widthMm, heightMm)
      ) {
        return this.put(shelf, widthMm, heightMm)
      }
    }
    const previous = this.shelves[this.shelves.length - 1]
    const nextY = previous
      ? Math.max(previous.yMm + previous.heightMm + this.gapMm, previous.pixelBottomMm)
      : this.area.yMm
    if (
      this.area.xMm + widthMm > right ||
      nextY + heightMm > bottom ||
      !this.onCanvas(this.area.xMm, nextY, widthMm, heightMm)
    ) {
      return null
    }
    const shelf: Shelf = { yMm: nextY, heightMm: 0, cursorXMm: this.area.xMm, pixelBottomMm: nextY }
    this.shelves.push(shelf)
    return this.put(shelf, widthMm, heightMm)
  }

  private put(shelf: Shelf, widthMm: number, heightMm: number): PackedBox {
    const box = { xMm: shelf.cursorXMm, yMm: shelf.yMm, widthMm, heightMm }
    shelf.cursorXMm = Math.max(shelf.cursorXMm + widthMm + this.gapMm, this.pixelSafeStart(box.xMm, widthMm))
    shelf.heightMm = Math.max(shelf.heightMm, heightMm)
    shelf.pixelBottomMm = Math.max(shelf.pixelBottomMm, this.pixelSafeStart(box.yMm, heightMm))
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
