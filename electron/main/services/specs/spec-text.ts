/**
 * Lexical helpers for the free-text fields of a photo spec ("2 x 2 in", "1 - 1 3/8", "300 DPI").
 * Every function returns null instead of throwing: the API's strings are hand-typed and quirky.
 */

/** A unit a spec string can carry. 'cm' is folded into 'mm' by the callers. */
export type TextUnit = 'in' | 'mm' | 'cm' | 'px' | '%'

const UNICODE_FRACTIONS: Record<string, number> = {
  '½': 1 / 2,
  '⅓': 1 / 3,
  '⅔': 2 / 3,
  '¼': 1 / 4,
  '¾': 3 / 4,
  '⅛': 1 / 8,
  '⅜': 3 / 8,
  '⅝': 5 / 8,
  '⅞': 7 / 8
}

// A decimal with an optional comma: "1,200" (thousands) or "1,5" (decimal comma).
const DECIMAL = String.raw`\d+(?:[.,]\d+)*`

/** Turns "1,200" into 1200 and "1,5" into 1.5; null when it is not a plain number. */
function parseDecimal(text: string): number | null {
  if (!new RegExp(`^${DECIMAL}$`).test(text)) return null
  let normalised = text
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(text)) normalised = text.replace(/,/g, '')
  else if (/^\d+,\d+$/.test(text)) normalised = text.replace(',', '.')
  if (!/^\d+(\.\d+)?$/.test(normalised)) return null
  const value = Number(normalised)
  return Number.isFinite(value) ? value : null
}

/**
 * Parses one quantity: "35", "1.5", "1,5", "1,200", "3/8", "1 3/8", "1⅜". Returns null for anything else
 * (ranges are split by the caller first, so a dash never reaches this).
 */
export function parseQuantity(raw: string): number | null {
  let text = raw.trim()
  if (text === '') return null
  let fraction = 0
  const last = text.at(-1) ?? ''
  const unicode = UNICODE_FRACTIONS[last]
  if (unicode !== undefined) {
    fraction = unicode
    text = text.slice(0, -1).trim()
    if (text === '') return fraction
  }
  const simpleFraction = /^(\d+)\s*\/\s*(\d+)$/.exec(text)
  if (simpleFraction) {
    const value = Number(simpleFraction[1]) / Number(simpleFraction[2])
    return Number.isFinite(value) && fraction === 0 ? value : null
  }
  const mixed = /^(\d+)\s+(\d+)\s*\/\s*(\d+)$/.exec(text)
  if (mixed) {
    const value = Number(mixed[1]) + Number(mixed[2]) / Number(mixed[3])
    return Number.isFinite(value) && fraction === 0 ? value : null
  }
  const value = parseDecimal(text)
  return value === null ? null : value + fraction
}

/** Finds the unit written in a string, if any ("35 x 45 mm" → 'mm', "37%" → '%', "600 x 600 px" → 'px'). */
export function detectUnit(raw: string): TextUnit | null {
  const text = raw.toLowerCase()
  if (text.includes('%')) return '%'
  if (/\bmm\b|millimet/.test(text) || /\dmm\b/.test(text)) return 'mm'
  if (/\bcm\b|centimet/.test(text) || /\dcm\b/.test(text)) return 'cm'
  if (/\bpx\b|pixel/.test(text) || /\dpx\b/.test(text)) return 'px'
  if (/\bin\b|inch|["″]/.test(text) || /\din\b/.test(text)) return 'in'
  return null
}

/** Maps the API's photoSizeUnit ("in", "inch", "mm", "px", …) to a unit; null when unknown or empty. */
export function normaliseUnit(raw: string | undefined): TextUnit | null {
  if (raw === undefined) return null
  const text = raw.trim().toLowerCase()
  if (text === '') return null
  if (['in', 'inch', 'inches', '"', '″'].includes(text)) return 'in'
  if (['mm', 'millimetre', 'millimetres', 'millimeter', 'millimeters'].includes(text)) return 'mm'
  if (['cm', 'centimetre', 'centimetres', 'centimeter', 'centimeters'].includes(text)) return 'cm'
  if (['px', 'pixel', 'pixels'].includes(text)) return 'px'
  return null
}

/** Removes unit words so only numbers, separators and fractions remain. */
function stripUnits(raw: string): string {
  return raw
    .replace(/millimet(re|er)s?|centimet(re|er)s?|inch(es)?|pixels?|dpi|ppi/gi, ' ')
    .replace(/\b(mm|cm|px|in)\b/gi, ' ')
    .replace(/(\d)(mm|cm|px|in)\b/gi, '$1 ')
    .replace(/[%"″]/g, ' ')
    .trim()
}

/** Parses "2 x 2 in", "35×45 mm", "600*600 px", "1 1/2 X 2" into a width and height; null when unparseable. */
export function parsePair(raw: string | undefined): { a: number; b: number } | null {
  if (raw === undefined) return null
  const parts = stripUnits(raw).split(/\s*[x×*X]\s*/)
  if (parts.length !== 2) return null
  const a = parseQuantity(parts[0] ?? '')
  const b = parseQuantity(parts[1] ?? '')
  if (a === null || b === null || a <= 0 || b <= 0) return null
  return { a, b }
}

/**
 * Parses "1 - 1 3/8", "740-845", "32– 36", "29 to 34", "37%" or a single "1.3" into an ordered range.
 * A reversed range ("78 - 53") is put in order. Null when empty or unparseable.
 */
export function parseRangeText(raw: string | undefined): { min: number; max: number } | null {
  if (raw === undefined) return null
  const text = stripUnits(raw)
  if (text === '') return null
  const parts = text.split(/\s*(?:[-–—~]|\bto\b)\s*/i).filter((part) => part !== '')
  if (parts.length === 0 || parts.length > 2) return null
  const values = parts.map(parseQuantity)
  if (values.some((value) => value === null || value <= 0)) return null
  const numbers = values as number[]
  const first = numbers[0] as number
  const second = numbers[1] ?? first
  return { min: Math.min(first, second), max: Math.max(first, second) }
}

/** Parses "300 DPI" / "300" / "0 DPI"; 0, negative or unparseable give null. */
export function parseDpiText(raw: string | undefined): number | null {
  if (raw === undefined) return null
  const value = parseQuantity(stripUnits(raw))
  return value !== null && value > 0 ? value : null
}
