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
  widthMm: number
  heightMm: number
  /**
   * Photo paper that photo printers print to the edge (borderless): the sheet's default margin is 0. Office
   * papers default to a margin most printers can print within.
   */
  borderless: boolean
}

/**
 * The papers studios print on. Photo sizes are the inch sizes the paper is sold as: 4×6 in is 101.6×152.4 mm
 * (sold as "10×15 cm") and 3.5×5 in is 88.9×127 mm (sold as "9×13 cm" or "89×127 mm"). Their names for the
 * counter, in both units, come from electron/shared/i18n/paper-names.ts.
 */
export const PAPER_PRESETS: readonly PaperPreset[] = [
  { id: '4x6in', widthMm: 101.6, heightMm: 152.4, borderless: true },
  { id: '5x7in', widthMm: 127, heightMm: 177.8, borderless: true },
  { id: '3.5x5in', widthMm: 88.9, heightMm: 127, borderless: true },
  { id: 'a6', widthMm: 105, heightMm: 148, borderless: false },
  { id: 'a5', widthMm: 148, heightMm: 210, borderless: false },
  { id: 'a4', widthMm: 210, heightMm: 297, borderless: false },
  { id: 'letter', widthMm: 215.9, heightMm: 279.4, borderless: false }
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
