import type { ParsedSpec, SpecRange } from '../../../shared/contract/specs'
import { z } from 'zod'
import {
  detectUnit,
  normaliseUnit,
  parseDpiText,
  parsePair,
  parseRangeText,
  type TextUnit
} from './spec-text'

// The API documents every field as a string; numbers and nulls are tolerated because a spec
// table that is typed by hand drifts, and a missing detail must not make the spec unusable.
const looseText = z
  .union([z.string(), z.number()])
  .nullish()
  .transform((value) => (value === null || value === undefined ? undefined : String(value)))
  .optional()

/** The response of POST /v2/getIdPhotoSpec. Only specCode is required; unknown fields are dropped. */
export const SpecDetailsSchema = z.object({
  specCode: z.string().min(1),
  specCodeName: looseText,
  photoSizeUnit: looseText,
  photoSize: looseText,
  photoPixel: looseText,
  photoDpi: looseText,
  headHeight: looseText,
  eyeToBottom: looseText,
  backgroundColor: looseText,
  backgroundColorName: looseText,
  recency: looseText,
  expression: looseText,
  color: looseText,
  glasses: looseText,
  eyesAndEars: looseText
})

/** Spec details as validated from the API. */
export type SpecDetails = z.infer<typeof SpecDetailsSchema>

/** A measured range from a spec (the contract's SpecRange). */
export type Range = SpecRange

export type { ParsedSpec }

const MM_PER_INCH = 25.4

/** Used when a spec gives no pixel box and no size: enough for the service to find a face. */
const GENERIC_MIN_PIXELS = { width: 600, height: 600 } as const

/** Print resolution assumed when a spec gives a physical size but no dpi (the usual photo-lab value). */
const ASSUMED_DPI = 300

function round(value: number, places = 2): number {
  const factor = 10 ** places
  return Math.round(value * factor) / factor
}

function toMm(value: number, unit: TextUnit): number | null {
  if (unit === 'mm') return value
  if (unit === 'cm') return value * 10
  if (unit === 'in') return value * MM_PER_INCH
  return null
}

interface Heights {
  mm: number | null
  px: number | null
}

/**
 * Decides the unit of a head-height or eye-to-bottom range. The spec table mixes units freely: a mm
 * spec may say "75 - 75" (a percentage), an inch spec "24 - 28" (mm), a px spec "29 - 34" (mm at the
 * nominal dpi). So the spec's own unit is tried first, then mm, in, px and %, and the first one in
 * which the lower bound is 30–90 % of the photo height (upper bound at most 125 %) wins: a head as tall as the
 * photo itself ("60 - 60" on a 40×60 mm spec) is a percentage, not 60 mm.
 */
function inferRangeUnit(
  range: { min: number; max: number },
  raw: string,
  specUnit: ParsedSpec['unit'],
  heights: Heights
): Range | null {
  const explicit = detectUnit(raw)
  if (explicit === 'cm') return { min: range.min * 10, max: range.max * 10, unit: 'mm' }
  if (explicit !== null) return { ...range, unit: explicit }

  const heightIn: Record<Range['unit'], number | null> = {
    mm: heights.mm,
    in: heights.mm === null ? null : heights.mm / MM_PER_INCH,
    px: heights.px,
    '%': 100
  }
  const order: Range['unit'][] = [...(specUnit ? [specUnit] : []), 'mm', 'in', 'px', '%']
  for (const unit of order) {
    const height = heightIn[unit]
    if (height === null || height <= 0) continue
    const low = range.min / height
    if (low >= 0.3 && low < 0.9 && range.max / height <= 1.25) return { ...range, unit }
  }
  // Nothing is plausible: keep what the text suggests, so the raw numbers still reach a person.
  if (raw.includes('/')) return { ...range, unit: 'in' }
  return specUnit === null ? null : { ...range, unit: specUnit }
}

const COLOUR_NAME_FIXES: Record<string, string> = {
  gery: 'grey',
  gray: 'grey',
  'off-white': 'off white'
}
const NAME_FOR_HEX: Record<string, string> = { '#FFFFFF': 'white' }

function parseBackground(
  hexText: string | undefined,
  nameText: string | undefined
): ParsedSpec['background'] {
  const match = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hexText?.trim() ?? '')
  let hex: string | null = null
  if (match?.[1]) {
    const digits = match[1].length === 3 ? [...match[1]].map((d) => d + d).join('') : match[1]
    hex = `#${digits.toUpperCase()}`
  }
  const rawName = (nameText ?? '').trim().toLowerCase().replace(/\s+/g, ' ')
  const name = COLOUR_NAME_FIXES[rawName] ?? rawName
  if (name !== '') return { hex, name }
  return { hex, name: (hex && NAME_FOR_HEX[hex]) ?? 'not specified' }
}

/** Turns the API's spec strings into numbers. Never throws; anything unreadable becomes null. */
export function parseSpec(details: SpecDetails): ParsedSpec {
  const sizeText = details.photoSize
  const sizeUnitRaw = (sizeText ? detectUnit(sizeText) : null) ?? normaliseUnit(details.photoSizeUnit)
  const textUnit = sizeUnitRaw === '%' ? null : sizeUnitRaw
  const unit: ParsedSpec['unit'] = textUnit === 'cm' ? 'mm' : textUnit

  const size = parsePair(sizeText)
  let widthMm: number | null = null
  let heightMm: number | null = null
  let pixels = parsePair(details.photoPixel)
  if (size && textUnit && textUnit !== 'px') {
    widthMm = toMm(size.a, textUnit)
    heightMm = toMm(size.b, textUnit)
  } else if (size && textUnit === 'px' && !pixels) {
    pixels = size
  }

  let dpi = parseDpiText(details.photoDpi)
  let pixelWidth = pixels ? Math.round(pixels.a) : null
  let pixelHeight = pixels ? Math.round(pixels.b) : null

  if (dpi === null && widthMm !== null && heightMm !== null && pixelWidth !== null && pixelHeight !== null) {
    // Average both axes: the pixel box is often rounded (35 mm at 300 dpi = 413.4 px).
    const fromWidth = pixelWidth / (widthMm / MM_PER_INCH)
    const fromHeight = pixelHeight / (heightMm / MM_PER_INCH)
    dpi = Math.round((fromWidth + fromHeight) / 2)
  }
  if (
    (pixelWidth === null || pixelHeight === null) &&
    widthMm !== null &&
    heightMm !== null &&
    dpi !== null
  ) {
    pixelWidth = Math.round((widthMm / MM_PER_INCH) * dpi)
    pixelHeight = Math.round((heightMm / MM_PER_INCH) * dpi)
  }

  // For ranges only: a px spec still has a nominal physical height at its dpi.
  const nominalHeightMm =
    heightMm ?? (pixelHeight !== null && dpi !== null ? (pixelHeight / dpi) * MM_PER_INCH : null)
  const heights: Heights = { mm: nominalHeightMm, px: pixelHeight }
  const range = (raw: string | undefined): Range | null => {
    const parsed = parseRangeText(raw)
    return parsed && raw !== undefined ? inferRangeUnit(parsed, raw, unit, heights) : null
  }

  return {
    specCode: details.specCode,
    name: details.specCodeName?.trim() || details.specCode,
    unit,
    widthMm: widthMm === null ? null : round(widthMm),
    heightMm: heightMm === null ? null : round(heightMm),
    pixelWidth,
    pixelHeight,
    dpi,
    digitalOnly: unit === 'px' || widthMm === null || heightMm === null,
    headHeight: range(details.headHeight),
    eyeToBottom: range(details.eyeToBottom),
    background: parseBackground(details.backgroundColor, details.backgroundColorName)
  }
}

/**
 * The smallest source photo (after EXIF orientation) that pre-flight accepts for a spec: the spec's own
 * pixel box, because the service cannot make a W×H photo out of fewer pixels without upscaling. Without a
 * pixel box, the physical size at 300 dpi; without either, 600×600.
 */
export function requiredUploadPixels(spec: ParsedSpec): {
  width: number
  height: number
} {
  if (spec.pixelWidth !== null && spec.pixelHeight !== null) {
    return { width: spec.pixelWidth, height: spec.pixelHeight }
  }
  if (spec.widthMm !== null && spec.heightMm !== null) {
    return {
      width: Math.round((spec.widthMm / MM_PER_INCH) * ASSUMED_DPI),
      height: Math.round((spec.heightMm / MM_PER_INCH) * ASSUMED_DPI)
    }
  }
  return { ...GENERIC_MIN_PIXELS }
}

/** Whether a spec wants a colour photo or a greyscale one. */
export type ColourMode = 'colour' | 'greyscale'

/**
 * Reads the spec's `color` field ("IN_COLOR" in the docs; also "COLOR", "colour", "BLACK_AND_WHITE", "B&W",
 * "GRAYSCALE", "monochrome"). Null when absent or unreadable: then nothing is checked.
 */
export function parseColourMode(raw: string | undefined): ColourMode | null {
  const text = (raw ?? '')
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ')
  if (text === '') return null
  if (/gr[ae]y|black and white|black white|b ?& ?w|\bbw\b|mono/.test(text)) return 'greyscale'
  if (/colou?r/.test(text)) return 'colour'
  return null
}

/**
 * The usual colour for each background name the spec table uses without a hex value. Shared with the demo
 * service, which paints these colours, so the post-check compares against the same reference.
 */
export const BACKGROUND_NAME_HEX: Readonly<Record<string, string>> = {
  white: '#FFFFFF',
  'off white': '#F5F5F0',
  grey: '#D9D9D9',
  blue: '#4A8FD9',
  'light blue': '#BFDDF5',
  red: '#D9342B'
}

/** An sRGB colour, 0–255 per channel. */
export interface SpecRgb {
  r: number
  g: number
  b: number
}

/** The background colour to compare against: the spec's hex, else the usual colour for its name, else null. */
export function backgroundReference(
  background: ParsedSpec['background']
): { rgb: SpecRgb; from: 'hex' | 'name' } | null {
  const hex = background.hex ?? BACKGROUND_NAME_HEX[background.name] ?? null
  if (hex === null) return null
  const rgb = {
    r: parseInt(hex.slice(1, 3), 16),
    g: parseInt(hex.slice(3, 5), 16),
    b: parseInt(hex.slice(5, 7), 16)
  }
  return { rgb, from: background.hex ? 'hex' : 'name' }
}

/** What the local checks need from a spec: its numbers, the colour mode and the background reference. */
export interface SpecRequirements {
  spec: ParsedSpec
  colour: ColourMode | null
  background: { rgb: SpecRgb; from: 'hex' | 'name' } | null
}

/** Parses a getIdPhotoSpec answer into what the face checks and the post-check measure against. */
export function parseSpecRequirements(details: SpecDetails): SpecRequirements {
  const spec = parseSpec(details)
  return { spec, colour: parseColourMode(details.color), background: backgroundReference(spec.background) }
}
