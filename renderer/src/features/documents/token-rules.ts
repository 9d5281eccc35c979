/**
 * Inline checks for pasted tokens, so a malformed one is refused before any request. Main enforces the same
 * patterns (electron/main/services/documents/tokens.ts), and its message is shown if it still refuses.
 */
import {
  ACCESS_TOKEN_PATTERN,
  DOCUMENT_TOKEN_PATTERN
} from '../../../../electron/shared/document-token-patterns'
import type { MessageRef } from '../../../../electron/shared/i18n/translate'

/** The message for a pasted document token, or null when it looks right (blank is allowed: that side is skipped). */
export function documentTokenError(text: string): MessageRef | null {
  const token = text.trim()
  if (token === '') return null
  if (/\s/.test(token)) return { id: 'documents.token.error.documentSpaces' }
  if (!DOCUMENT_TOKEN_PATTERN.test(token)) return { id: 'documents.token.error.documentPattern' }
  return null
}

/** The message for a pasted access token, or null when it looks right. */
export function accessTokenError(text: string): MessageRef | null {
  const token = text.trim()
  if (token === '') return { id: 'documents.token.error.accessEmpty' }
  if (/\s/.test(token)) return { id: 'documents.token.error.accessSpaces' }
  if (!ACCESS_TOKEN_PATTERN.test(token)) return { id: 'documents.token.error.accessPattern' }
  return null
}
