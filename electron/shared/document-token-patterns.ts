/**
 * The shapes of Document Passback tokens, shared so the window can refuse a malformed paste inline and main
 * refuses it again before any request (electron/main/services/documents/tokens.ts).
 */

/**
 * Document tokens go into a URL path, so they must be plain URL-safe characters. The docs show both
 * a uuid with dashes and 32 hex digits; this allows those and any similar opaque id, nothing more.
 */
export const DOCUMENT_TOKEN_PATTERN = /^[A-Za-z0-9_-]{16,128}$/

/**
 * Access tokens travel in the Authorization header. RFC 6750's b64token syntax, with a length that
 * admits a JWT but refuses a pasted paragraph; whitespace or control characters are never accepted.
 */
export const ACCESS_TOKEN_PATTERN = /^[A-Za-z0-9\-._~+/]{16,4096}=*$/
