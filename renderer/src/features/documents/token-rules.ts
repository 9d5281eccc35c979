/**
 * Inline checks for pasted tokens, so a malformed one is refused before any request. Main enforces the same
 * patterns (electron/main/services/documents/tokens.ts), and its message is shown if it still refuses.
 */
import {
  ACCESS_TOKEN_PATTERN,
  DOCUMENT_TOKEN_PATTERN
} from '../../../../electron/shared/document-token-patterns'

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
