import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { z } from 'zod'

const specEntrySchema = z.object({
  specCode: z.string(),
  specCodeName: z.string(),
  unit: z.string(),
  width: z.number(),
  height: z.number(),
  widthPx: z.number().int().positive(),
  heightPx: z.number().int().positive(),
  dpi: z.number(),
  headHeight: z.string(),
  eyeToBottom: z.string(),
  backgroundColorName: z.string()
})

/** One row of resources/demo/specs.json (a snapshot of the real spec table, quirks kept). */
export type SpecEntry = z.infer<typeof specEntrySchema>

/** The getIdPhotoSpec answer: every field a string, as documented. */
export interface SpecDetails {
  specCode: string
  specCodeName: string
  photoSizeUnit: string
  photoSize: string
  photoPixel: string
  photoDpi: string
  headHeight: string
  eyeToBottom: string
  backgroundColor: string
  backgroundColorName: string
  recency: string
  expression: string
  color: string
  glasses: string
  eyesAndEars: string
}

/** The spec table. */
export interface SpecCatalogue {
  get(specCode: string): SpecEntry | undefined
  list(): SpecEntry[]
}

/** Reads and checks specs.json from resources/demo. */
export async function loadSpecCatalogue(resourcesDir: string): Promise<SpecCatalogue> {
  const raw = JSON.parse(await readFile(path.join(resourcesDir, 'specs.json'), 'utf8')) as unknown
  const entries = z.array(specEntrySchema).parse(raw)
  const byCode = new Map(entries.map((e) => [e.specCode, e]))
  return { get: (code) => byCode.get(code), list: () => entries }
}

const BACKGROUND_HEX: Record<string, string> = {
  white: '#FFFFFF',
  'off white': '#F5F5F0',
  grey: '#D9D9D9',
  gray: '#D9D9D9',
  // The table's own misspelling; real data, so the demo honours it.
  gery: '#D9D9D9',
  blue: '#4A8FD9',
  'light blue': '#BFDDF5',
  red: '#D9342B'
}

/** The hex colour for a background name; "" when the table gives no name. */
export function backgroundHex(name: string): string {
  return BACKGROUND_HEX[name.trim().toLowerCase()] ?? (name.trim() === '' ? '' : '#FFFFFF')
}

/** The colour the demo paints the background with (white when the spec names none). */
export function backgroundRgb(entry: SpecEntry): { r: number; g: number; b: number } {
  const hex = backgroundHex(entry.backgroundColorName) || '#FFFFFF'
  return {
    r: parseInt(hex.slice(1, 3), 16),
    g: parseInt(hex.slice(3, 5), 16),
    b: parseInt(hex.slice(5, 7), 16)
  }
}

/** The documented detail strings for a spec. */
export function specDetails(entry: SpecEntry): SpecDetails {
  return {
    specCode: entry.specCode,
    specCodeName: entry.specCodeName,
    photoSizeUnit: entry.unit,
    photoSize: `${entry.width} x ${entry.height} ${entry.unit}`,
    photoPixel: `${entry.widthPx} x ${entry.heightPx} px`,
    photoDpi: `${entry.dpi} DPI`,
    headHeight: entry.headHeight,
    eyeToBottom: entry.eyeToBottom,
    backgroundColor: backgroundHex(entry.backgroundColorName),
    backgroundColorName: entry.backgroundColorName,
    recency: '6 months',
    expression: 'NEUTRAL',
    color: 'IN_COLOR',
    glasses: 'NOT_ALLOWED',
    eyesAndEars: 'VISIBLE_NO_HIDE'
  }
}

/** Parses "1", "1 3/8", "78.6" or "3/4" into a number. */
function parseMeasure(text: string): number | undefined {
  const match = /^(\d+(?:\.\d+)?)?(?:\s*(\d+)\/(\d+))?$/.exec(text.trim())
  if (!match || (match[1] === undefined && match[2] === undefined)) return undefined
  const whole = match[1] === undefined ? 0 : Number(match[1])
  const fraction = match[2] === undefined ? 0 : Number(match[2]) / Number(match[3])
  return Number.isFinite(fraction) ? whole + fraction : undefined
}

/** Typical ICAO head height (chin to crown) as a share of the photo height, used when the spec says nothing usable. */
export const DEFAULT_HEAD_RATIO = 0.62

/**
 * Head height as a share of the photo height, from the free-text headHeight ("1 - 1 3/8" in the spec's unit,
 * "740-845" in px, "37%", "63 - 63" that can only be a percentage). Clamped to a range a crop can honour.
 */
export function headRatio(entry: SpecEntry): number {
  const text = entry.headHeight.trim()
  if (text === '') return DEFAULT_HEAD_RATIO
  const parts = text
    .replace(/%/g, '')
    .split(/\s+-\s+|-/)
    .map(parseMeasure)
  if (parts.length === 0 || parts.some((p) => p === undefined)) return DEFAULT_HEAD_RATIO
  const values = parts as number[]
  const mid = values.reduce((a, b) => a + b, 0) / values.length
  let ratio: number
  if (text.includes('%')) ratio = mid / 100
  else if (entry.unit === 'px' && mid <= entry.heightPx) ratio = mid / entry.heightPx
  else if (mid <= entry.height) ratio = mid / entry.height
  else if (mid <= 100) ratio = mid / 100
  else if (mid <= entry.heightPx) ratio = mid / entry.heightPx
  else return DEFAULT_HEAD_RATIO
  return Math.min(0.8, Math.max(0.4, ratio))
}
