import type { PaperChoice } from './paper'

/** Which way up the paper is; 'auto' picks whichever fits more copies (portrait on a tie). */
export type OrientationChoice = 'auto' | 'portrait' | 'landscape'

/** How cut lines are drawn: full outlines, short corner marks outside each photo, or nothing. */
export type GuideStyle = 'lines' | 'crop-marks' | 'off'

/** One photo to put on the sheet, at its spec's physical size. */
export interface SheetItem {
  /** Identifies this entry of the request (two entries may print the same photo). */
  id: string
  /** Key of the photo's bytes in the map given to the renderers. */
  photoId: string
  widthMm: number
  heightMm: number
  /** How many copies; 'max' fills whatever space the numbered items leave. */
  copies: number | 'max'
  /** Shown to the person in warnings ("US Passport"). */
  label?: string
}

/** A line of text printed in the top or bottom margin (customer name, spec, date). */
export interface SheetLabelRequest {
  text: string
  position: 'top' | 'bottom'
  /** Height of the text line; 3.5 mm (about 10 pt) when left out. */
  heightMm?: number
}

/** Everything the layout needs; all lengths in millimetres. */
export interface SheetRequest {
  paper: PaperChoice
  orientation: OrientationChoice
  items: SheetItem[]
  /** Blank border on every side, kept free of photos (most printers cannot print the outer 3–5 mm). */
  marginMm: number
  /**
   * Space between neighbouring copies; 0 for edge to edge. Touching copies whose pixel size rounds up at `dpi` are
   * nudged apart by under a pixel so raster neighbours never share a pixel (see packing.ts).
   */
  gapMm: number
  guides: GuideStyle
  label?: SheetLabelRequest
  /** Resolution of raster output; 300 when left out. */
  dpi?: number
}

/** One copy on the sheet; x and y are from the paper's top-left corner. */
export interface Placement {
  itemId: string
  photoId: string
  xMm: number
  yMm: number
  widthMm: number
  heightMm: number
}

/** A straight cut-guide segment, in millimetres from the paper's top-left corner. */
export interface GuideSegment {
  x1Mm: number
  y1Mm: number
  x2Mm: number
  y2Mm: number
}

/** The guides to draw and how thick, shared by the preview and both renderers. */
export interface SheetGuides {
  style: GuideStyle
  /** Line thickness; renderers draw at least one device pixel. */
  strokeMm: number
  segments: GuideSegment[]
}

/** Where the label goes: a box in the margin; text baseline and size derived from it. */
export interface SheetLabel {
  text: string
  xMm: number
  yMm: number
  widthMm: number
  heightMm: number
  /** Text baseline, from the paper's top edge. */
  baselineYMm: number
  /** Font size (em height). */
  fontSizeMm: number
}

/** The rectangle photos may occupy: paper minus margins and the label band. */
export interface Rect {
  xMm: number
  yMm: number
  widthMm: number
  heightMm: number
}

/** A placement on the raster canvas, in whole pixels. */
export interface PixelRect {
  leftPx: number
  topPx: number
  widthPx: number
  heightPx: number
}

/** The raster form of the layout at one resolution. */
export interface PixelGeometry {
  dpi: number
  widthPx: number
  heightPx: number
  /** Same order as `SheetLayout.placements`. */
  placements: PixelRect[]
}

/** The finished layout: what goes where on the paper, in millimetres, plus the raster geometry at `dpi`. */
export interface SheetLayout {
  paper: { widthMm: number; heightMm: number; orientation: 'portrait' | 'landscape' }
  placements: Placement[]
  guides: SheetGuides
  label?: SheetLabel
  /** Copies placed, per item id. */
  placedCount: Record<string, number>
  /** Sentences for the person at the counter, e.g. requested copies that did not fit. */
  warnings: string[]
  /** Things the layout decided that the counter should know, e.g. a label left off for lack of room. */
  notes: string[]
  printableArea: Rect
  dpi: number
  pixels: PixelGeometry
  /** Printer scale correction already applied (1 and 1 when none); see scale-correction.ts. */
  scaleCorrection: ScaleCorrection
}

/**
 * A printer's correction, expected ÷ measured, along each axis of the page as laid out: x across the page (left to
 * right), y down it. Printers often differ between the two directions (the print head's axis and the paper feed).
 */
export interface ScaleCorrection {
  x: number
  y: number
}
