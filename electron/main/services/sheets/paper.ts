/** Millimetres in one inch, exactly (international inch). */
export const MM_PER_INCH = 25.4

/** PDF points in one inch. */
export const POINTS_PER_INCH = 72

/** Converts inches, as the counter may type them, to millimetres. */
export function inchesToMm(inches: number): number {
  return inches * MM_PER_INCH
}

/** Converts millimetres to PDF points (1/72 in). */
export function mmToPoints(mm: number): number {
  return (mm / MM_PER_INCH) * POINTS_PER_INCH
}

/** Converts millimetres to (unrounded) pixels at a given resolution. */
export function mmToPixels(mm: number, dpi: number): number {
  return (mm / MM_PER_INCH) * dpi
}

/** Identifier of a paper preset. */
export type PaperId = '4x6in' | '5x7in' | '3.5x5in' | 'a6' | 'a5' | 'a4' | 'letter'

/** A paper preset, always described in portrait (width ≤ height). */
export interface PaperPreset {
  id: PaperId
  label: string
  widthMm: number
  heightMm: number
  /** How the size is usually named when it is an inch size ("6×4 in"); null for metric papers. */
  inchLabel: string | null
  /**
   * Photo paper that photo printers print to the edge (borderless): the sheet's default margin is 0. Office
   * papers default to a margin most printers can print within.
   */
  borderless: boolean
}

/**
 * The papers studios print on. Photo sizes are the inch sizes the paper is sold as: 4×6 in is 101.6×152.4 mm
 * (sold as "10×15 cm") and 3.5×5 in is 88.9×127 mm (sold as "9×13 cm" or "89×127 mm").
 */
export const PAPER_PRESETS: readonly PaperPreset[] = [
  {
    id: '4x6in',
    label: '4×6 in (10×15 cm)',
    widthMm: 101.6,
    heightMm: 152.4,
    inchLabel: '4×6 in',
    borderless: true
  },
  {
    id: '5x7in',
    label: '5×7 in (13×18 cm)',
    widthMm: 127,
    heightMm: 177.8,
    inchLabel: '5×7 in',
    borderless: true
  },
  {
    id: '3.5x5in',
    label: '3.5×5 in (89×127 mm)',
    widthMm: 88.9,
    heightMm: 127,
    inchLabel: '3.5×5 in',
    borderless: true
  },
  { id: 'a6', label: 'A6 (105×148 mm)', widthMm: 105, heightMm: 148, inchLabel: null, borderless: false },
  { id: 'a5', label: 'A5 (148×210 mm)', widthMm: 148, heightMm: 210, inchLabel: null, borderless: false },
  { id: 'a4', label: 'A4 (210×297 mm)', widthMm: 210, heightMm: 297, inchLabel: null, borderless: false },
  {
    id: 'letter',
    label: 'US Letter (8.5×11 in)',
    widthMm: 215.9,
    heightMm: 279.4,
    inchLabel: '8.5×11 in',
    borderless: false
  }
]

/** A paper given either as a preset id or as a custom size in millimetres. */
export type PaperChoice = PaperId | { widthMm: number; heightMm: number }

/** Finds a preset by id; undefined for an unknown id. */
export function findPaperPreset(id: string): PaperPreset | undefined {
  return PAPER_PRESETS.find((preset) => preset.id === id)
}

/** The margin office papers get by default: inside the unprintable border of most inkjets and lasers (3–4.2 mm). */
export const OFFICE_MARGIN_MM = 4

/**
 * The smallest margin the paper itself calls for: 0 on borderless photo paper and on a custom size (photo labs'
 * sizes), otherwise the office margin. The sheet's default margin, and the least the "would fit" hint suggests.
 */
export function paperMarginMm(paper: PaperChoice): number {
  if (typeof paper !== 'string') return 0
  return findPaperPreset(paper)?.borderless === false ? OFFICE_MARGIN_MM : 0
}
