// Characters no common file system accepts, plus control characters.
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[<>:"/\\|?*\u0000-\u001f\u007f]/g
const RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/i

/** Makes a customer name or order number safe as part of a file name on Windows, macOS and Linux. */
export function sanitiseFileNamePart(text: string, fallback: string, maxLength = 60): string {
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

/** `<customer>_<specCode>_<YYYY-MM-DD>[_n].<ext>`; `n` starts at 2 for the second file of the same name. */
export function resultFileName(parts: {
  customer?: string | undefined
  specCode: string
  date: number
  extension: string
  n?: number
}): string {
  const customer = sanitiseFileNamePart(parts.customer ?? '', 'customer')
  const spec = sanitiseFileNamePart(parts.specCode, 'photo')
  const suffix = parts.n !== undefined && parts.n > 1 ? `_${parts.n}` : ''
  return `${customer}_${spec}_${localDate(parts.date)}${suffix}.${parts.extension}`
}
