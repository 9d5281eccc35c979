import { AppError } from '../../../shared/errors'
import { t } from '../i18n/main-language'
import type { SecretStatus } from '../../../shared/contract'
import type { SecretStore } from './secret-store'

/** A Document Passback environment that has its own API token. */
export type DocumentEnvironment = 'sandbox' | 'production'

/** Passport Photo credentials. */
export interface PassportPhotoCredentials {
  apiKey: string
  apiSecret: string
}

const PASSPORT_PHOTO_ACCOUNT = 'passport-photo'
const documentAccount = (environment: DocumentEnvironment) => `document-passback:${environment}`
const SHARED_DATABASE_ACCOUNT = 'shared-database'

/**
 * The app's credentials, typed, on top of the secret store. Main keeps them; the renderer only ever gets
 * `status()`, which says whether each one is configured.
 */
export class Credentials {
  constructor(private readonly store: SecretStore) {}

  async status(): Promise<SecretStatus> {
    const keychain = await this.store.availability()
    if (!keychain.available) {
      return {
        keychain,
        passportPhoto: { configured: false },
        documentPassback: { sandbox: { configured: false }, production: { configured: false } }
      }
    }
    const [photo, sandbox, production] = await Promise.all([
      this.store.get(PASSPORT_PHOTO_ACCOUNT),
      this.store.get(documentAccount('sandbox')),
      this.store.get(documentAccount('production'))
    ])
    return {
      keychain,
      passportPhoto: { configured: parsePhoto(photo) !== null },
      documentPassback: {
        sandbox: { configured: sandbox !== null },
        production: { configured: production !== null }
      }
    }
  }

  async passportPhoto(): Promise<PassportPhotoCredentials> {
    const value = parsePhoto(await this.store.get(PASSPORT_PHOTO_ACCOUNT))
    if (value === null) {
      throw new AppError('CREDENTIALS_MISSING', t('secrets.passportPhotoMissing'))
    }
    return value
  }

  async setPassportPhoto(credentials: PassportPhotoCredentials): Promise<void> {
    await this.store.set(PASSPORT_PHOTO_ACCOUNT, JSON.stringify(credentials))
  }

  async deletePassportPhoto(): Promise<void> {
    await this.store.delete(PASSPORT_PHOTO_ACCOUNT)
  }

  async documentToken(environment: DocumentEnvironment): Promise<string> {
    const token = await this.store.get(documentAccount(environment))
    if (token === null) {
      throw new AppError('CREDENTIALS_MISSING', t('secrets.documentTokenMissing', { environment }))
    }
    return token
  }

  async setDocumentToken(environment: DocumentEnvironment, token: string): Promise<void> {
    await this.store.set(documentAccount(environment), token)
  }

  async deleteDocumentToken(environment: DocumentEnvironment): Promise<void> {
    await this.store.delete(documentAccount(environment))
  }

  /** The shared studio database's password, or null when none is saved. */
  async sharedDatabasePassword(): Promise<string | null> {
    return this.store.get(SHARED_DATABASE_ACCOUNT)
  }

  async setSharedDatabasePassword(password: string): Promise<void> {
    await this.store.set(SHARED_DATABASE_ACCOUNT, password)
  }

  async deleteSharedDatabasePassword(): Promise<void> {
    await this.store.delete(SHARED_DATABASE_ACCOUNT)
  }
}

function parsePhoto(value: string | null): PassportPhotoCredentials | null {
  if (value === null) return null
  try {
    const parsed = JSON.parse(value) as Partial<PassportPhotoCredentials>
    return typeof parsed.apiKey === 'string' && typeof parsed.apiSecret === 'string'
      ? { apiKey: parsed.apiKey, apiSecret: parsed.apiSecret }
      : null
  } catch {
    return null
  }
}
