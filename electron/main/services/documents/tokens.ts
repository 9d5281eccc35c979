import { createHash } from 'node:crypto'
import { ACCESS_TOKEN_PATTERN, DOCUMENT_TOKEN_PATTERN } from '../../../shared/document-token-patterns'
import { AppError } from '../../../shared/errors'
import { t } from '../i18n/main-language'

/**
 * The API token goes into `?token=`, so anything that could break out of the query value
 * (`&`, `#`, spaces) is refused. The minimum is low because account teams issue tokens of varied length.
 */
const API_TOKEN_PATTERN = /^[A-Za-z0-9_.~-]{8,256}$/

/** Throws INVALID_TOKEN unless the value looks like a document token; returns it unchanged. */
export function assertDocumentToken(token: unknown): string {
  if (typeof token !== 'string' || !DOCUMENT_TOKEN_PATTERN.test(token)) {
    throw new AppError('INVALID_TOKEN', t('documentsApi.error.badDocumentToken'))
  }
  return token
}

/** Throws INVALID_TOKEN unless the value looks like an OAuth access token. */
export function assertAccessToken(token: unknown): string {
  if (typeof token !== 'string' || !ACCESS_TOKEN_PATTERN.test(token)) {
    throw new AppError('INVALID_TOKEN', t('documentsApi.error.badAccessToken'))
  }
  return token
}

/** Throws CREDENTIALS_MISSING or INVALID_TOKEN unless the API token is present and URL-safe. */
export function assertApiToken(token: unknown): string {
  if (typeof token !== 'string' || token === '') {
    throw new AppError('CREDENTIALS_MISSING', t('documentsApi.error.apiTokenMissing'))
  }
  if (!API_TOKEN_PATTERN.test(token)) {
    throw new AppError('INVALID_TOKEN', t('documentsApi.error.apiTokenMalformed'))
  }
  return token
}

/** True when the value passes assertDocumentToken; for inline validation. */
export function isDocumentToken(token: unknown): token is string {
  return typeof token === 'string' && DOCUMENT_TOKEN_PATTERN.test(token)
}

/**
 * A short SHA-256 prefix that lets audit entries and the UI tell tokens apart without revealing them.
 * Ten hex digits: enough to tell a session's few tokens apart, far too few to recover a token.
 */
export function fingerprint(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex').slice(0, 10)
}
