import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { z } from 'zod'
import { BACKGROUND_NAME_HEX } from '../../services/specs/spec-parse'

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

// The same colours the app's post-check compares against, plus the table's own spellings.
const BACKGROUND_HEX: Record<string, string> = {
  ...BACKGROUND_NAME_HEX,
  gray: BACKGROUND_NAME_HEX['grey'] ?? '#D9D9D9',
  // The table's own misspelling; real data, so the demo honours it.
  gery: BACKGROUND_NAME_HEX['grey'] ?? '#D9D9D9'
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
