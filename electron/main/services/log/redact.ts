/**
 * Takes out of a log line anything that could be a secret, a token or image data, before it is written down.
 * The app logs little (start-up failures, refused IPC, unexpected errors), and never on purpose with a secret;
 * this is the second line of defence for what an error message or a stack might still carry.
 */

/** The longest line kept; the rest is cut, so a dumped buffer can never fill the log. */
export const MAX_LINE_CHARS = 4000

const RULES: Array<[RegExp, string | ((match: string, ...groups: string[]) => string)]> = [
  // data: URLs carry whole images.
  [/data:[\w.+-]+\/[\w.+-]+;base64,[A-Za-z0-9+/=]+/g, '[data URL]'],
  // Authorization headers: Bearer and Basic credentials.
  [/\b(Bearer|Basic)\s+[A-Za-z0-9\-._~+/]+=*/gi, '$1 [redacted]'],
  // Query strings: ?token=… is how the Document Passback API token travels; drop every query value.
  [/([?&][^=&\s#"']+=)[^&\s#"']*/g, '$1[redacted]'],
  // Document tokens sit in the path of the document and refresh endpoints.
  [/(\/documents\/(?:refresh\/)?)[^/?\s"']+/g, '$1[redacted]'],
  // JSON or object fields that hold credentials, tokens or image data.
  [
    /(["']?(?:api[_-]?key|api[_-]?secret|secret|password|passphrase|(?:access|api|document|refresh)?[_-]?token|authorization|image[_-]?base64|id[pP]hoto[iI]mage[bB]ase64)["']?\s*[:=]\s*)("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|[^\s,;}&]+)/gi,
    '$1[redacted]'
  ],
  // Long base64 or hex runs: image bytes, keys, 32-hex tokens.
  [/[A-Za-z0-9+/]{120,}={0,2}/g, (match) => `[${match.length} base64 chars]`],
  [/\b[0-9a-fA-F]{32,}\b/g, '[hex redacted]'],
  // A uuid where a token could be one (the documented document-token shape).
  [/\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi, '[id redacted]']
]

/** The text with secrets, tokens and image data replaced, cut to MAX_LINE_CHARS. */
export function redact(text: string): string {
  let out = text
  for (const [pattern, replacement] of RULES) {
    out = out.replace(pattern, replacement as (match: string, ...groups: string[]) => string)
  }
  return out.length > MAX_LINE_CHARS ? `${out.slice(0, MAX_LINE_CHARS)}… [cut]` : out
}

/** A loggable description of any value: errors with their stack, bytes as a size only, never the content. */
export function describe(value: unknown, depth = 0): string {
  if (value instanceof Error) {
    const parts = [value.stack ?? `${value.name}: ${value.message}`]
    const code = (value as { code?: unknown }).code
    if (typeof code === 'string' && !parts[0]?.includes(code)) parts.push(`code ${code}`)
    if (value.cause !== undefined && depth < 4) parts.push(`caused by: ${describe(value.cause, depth + 1)}`)
    return parts.join('\n')
  }
  if (value instanceof Uint8Array || value instanceof ArrayBuffer) return `[${value.byteLength} bytes]`
  if (typeof value === 'string') return value
  try {
    return JSON.stringify(value, (_key, item: unknown) =>
      item instanceof Uint8Array || item instanceof ArrayBuffer ? `[${item.byteLength} bytes]` : item
    )
  } catch {
    return String(value)
  }
}
