/** Width and height in pixels. */
export interface Size {
  width: number
  height: number
}

/** The documented bounds for each side of `size=WxH`. */
export const SIZE_MIN = 100
/** The documented bounds for each side of `size=WxH`. */
export const SIZE_MAX = 1000

/** The outcome of checking a requested size: the size, or one message per offending field. */
export type SizeValidation =
  { ok: true; size: Size } | { ok: false; errors: { width?: string; height?: string; size?: string } }

/**
 * The size the service will return: the aspect ratio is kept and the smaller of the two scales
 * constrains (300x200 on 500x400 gives 250x200). Each side is rounded to the nearest pixel and is
 * at least 1, as an image resizer would do.
 */
export function predictSize(original: Size, requested: Size): Size {
  const scale = Math.min(requested.width / original.width, requested.height / original.height)
  return {
    width: Math.max(1, Math.round(original.width * scale)),
    height: Math.max(1, Math.round(original.height * scale))
  }
}

/** Checks one side, for a message under its input field. */
function sideError(name: 'Width' | 'Height', value: unknown): string | undefined {
  if (typeof value !== 'number' || !Number.isFinite(value)) return `${name} must be a number.`
  if (!Number.isInteger(value)) return `${name} must be a whole number of pixels.`
  if (value < SIZE_MIN || value > SIZE_MAX)
    return `${name} must be between ${SIZE_MIN} and ${SIZE_MAX} pixels.`
  return undefined
}

/** Checks width and height against the documented bounds: whole numbers from 100 to 1000. */
export function validateSize(input: { width: unknown; height: unknown }): SizeValidation {
  const width = sideError('Width', input.width)
  const height = sideError('Height', input.height)
  if (width === undefined && height === undefined) {
    return { ok: true, size: { width: input.width as number, height: input.height as number } }
  }
  const errors: { width?: string; height?: string } = {}
  if (width !== undefined) errors.width = width
  if (height !== undefined) errors.height = height
  return { ok: false, errors }
}

/** Parses `WxH` (as typed or as sent in `size=`), then checks the bounds. */
export function parseSizeParam(text: string): SizeValidation {
  const match = /^\s*(\d{1,6})\s*[xX×]\s*(\d{1,6})\s*$/.exec(text)
  if (!match) {
    return { ok: false, errors: { size: 'Enter the size as width x height, for example 300x200.' } }
  }
  return validateSize({ width: Number(match[1]), height: Number(match[2]) })
}

/** The `size=` query value for a size that passed validateSize. */
export function formatSizeParam(size: Size): string {
  return `${size.width}x${size.height}`
}
