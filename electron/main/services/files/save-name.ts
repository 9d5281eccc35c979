// Characters no common file system accepts, plus control characters.
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[<>:"/\\|?*\u0000-\u001f\u007f]/g
const RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/i

/**
 * The one naming rule for every file the app saves (photo, check report, print sheet, API sheet, document image,
 * audit log): `<who>_<what>_<yyyy-mm-dd>[_<n>].<ext>`. "who" is the customer (or "document", "audit-log"), "what"
 * the spec code with the kind of file ("us-passport-check-report"), the date the local calendar day; `_<n>` from 2
 * on when the name is taken. Never a token, a path or a folder in it.
 */

/** Makes text safe as one part of a file name on Windows, macOS and Linux: NFC, letters of every script kept. */
export function sanitiseNamePart(text: string, fallback: string, maxLength = 60): string {
  const cleaned = text
    .normalize('NFC')
    .replace(FORBIDDEN, '')
    .replace(/\s+/g, '-')
    .replace(/_+/g, '-') // "_" separates the parts of the name, so it cannot appear inside one
    .replace(/-{2,}/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '')
    .slice(0, maxLength)
    .replace(/[-.]+$/, '')
  if (cleaned === '') return fallback
  return RESERVED.test(cleaned) ? `${cleaned}-` : cleaned
}

/** A local calendar date as YYYY-MM-DD; the counter thinks in local days. */
export function localDate(epochMs: number): string {
  const d = new Date(epochMs)
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`
}

/** The parts of a saved file's name. */
export interface SaveNameParts {
  /** The customer; "customer" when there is none. */
  customer?: string | null | undefined
  /** The spec code, or what stands in its place (the document side). */
  specCode: string
  /** The kind of file when it is not the photo itself: "check-report", "sheet", "sheet-1800x1200". */
  kind?: string
  date: number
  extension: string
}

/** The name under the one rule, before any number: `Jane-Doe_us-passport-check-report_2026-12-03.pdf`. */
export function saveFileName(parts: SaveNameParts): string {
  const customer = sanitiseNamePart(parts.customer ?? '', 'customer')
  const what = sanitiseNamePart(parts.kind ? `${parts.specCode}-${parts.kind}` : parts.specCode, 'photo', 90)
  const extension = sanitiseNamePart(parts.extension, 'bin', 8).toLowerCase()
  return `${customer}_${what}_${localDate(parts.date)}.${extension}`
}

/** The n-th free choice of a name: n = 1 is the name itself, then `_2`, `_3`… before the extension. */
export function numberedName(name: string, n: number): string {
  if (n <= 1) return name
  const dot = name.lastIndexOf('.')
  return dot <= 0 ? `${name}_${n}` : `${name.slice(0, dot)}_${n}${name.slice(dot)}`
}
