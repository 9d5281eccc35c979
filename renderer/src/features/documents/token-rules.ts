/**
 * Inline checks for pasted tokens, so a malformed one is refused before any request. The same patterns are
 * enforced in main (electron/main/services/documents/tokens.ts), whose message is shown if it still refuses.
 */

const DOCUMENT_TOKEN_PATTERN = /^[A-Za-z0-9_-]{16,128}$/
const ACCESS_TOKEN_PATTERN = /^[A-Za-z0-9\-._~+/]{16,4096}=*$/

/** The message for a pasted document token, or null when it looks right (blank is allowed: that side is skipped). */
export function documentTokenError(text: string): string | null {
  const token = text.trim()
  if (token === '') return null
  if (/\s/.test(token)) return 'A document token has no spaces or line breaks. Copy it again.'
  if (!DOCUMENT_TOKEN_PATTERN.test(token)) {
    return 'This does not look like a document token: 16 to 128 letters, digits, dashes or underscores.'
  }
  return null
}

/** The message for a pasted access token, or null when it looks right. */
export function accessTokenError(text: string): string | null {
  const token = text.trim()
  if (token === '') return 'Paste the access token from the verification result.'
  if (/\s/.test(token))
    return 'An access token is one unbroken string, with no spaces or line breaks. Copy it again.'
  if (!ACCESS_TOKEN_PATTERN.test(token)) {
    return 'This does not look like an access token: at least 16 letters, digits or . _ ~ + / - characters.'
  }
  return null
}
