import type { Settings } from '../shared/contract'
import { AppError } from '../shared/errors'
import { t } from './services/i18n/main-language'
import { DEMO_CREDENTIALS } from './demo'
import type { FetchLike } from './services/http/http-client'
import type { Credentials, PassportPhotoCredentials } from './services/secrets/credentials'

/** Where the in-process demo answers. `.localhost` never resolves to anything outside this machine. */
export const DEMO_ORIGIN = 'http://demo.localhost'

/** The real Passport Photo regions (docs: "API Endpoint"). */
export const PASSPORT_PHOTO_REGIONS = {
  us: 'https://api-us.idphotoapp.com',
  eu: 'https://api-eu.idphotoapp.com'
} as const

/** The real Document Passback environments (docs: "Environments"). */
export const DOCUMENT_ENVIRONMENTS = {
  sandbox: 'https://api.idmelabs.com',
  production: 'https://api.id.me'
} as const

/** What a client needs to reach the service the settings point at, demo or real. */
export interface Connection<C> {
  demo: boolean
  baseUrl: string
  fetch: FetchLike
  credentials: () => Promise<C>
}

/**
 * Chooses the Passport Photo connection from the settings. Demo uses the in-process simulated service and its
 * fixed demo credentials; a real region uses the network and the keychain.
 */
export function passportPhotoConnection(
  settings: Settings,
  credentials: Credentials,
  network: FetchLike,
  demoFetch: FetchLike
): Connection<PassportPhotoCredentials> {
  const { region, customBaseUrl } = settings.passportPhoto
  if (region === 'demo') {
    return {
      demo: true,
      baseUrl: DEMO_ORIGIN,
      fetch: demoFetch,
      credentials: async () => ({ ...DEMO_CREDENTIALS.passportPhoto })
    }
  }
  const baseUrl = region === 'custom' ? customBaseUrl : PASSPORT_PHOTO_REGIONS[region]
  if (baseUrl === null) throw new AppError('BAD_REQUEST', t('errors.customBaseUrlMissing'))
  return { demo: false, baseUrl, fetch: network, credentials: () => credentials.passportPhoto() }
}

/** Chooses the Document Passback connection from the settings; each real environment has its own API token. */
export function documentsConnection(
  settings: Settings,
  credentials: Credentials,
  network: FetchLike,
  demoFetch: FetchLike
): Connection<string> {
  const environment = settings.documents.environment
  if (environment === 'demo') {
    return {
      demo: true,
      baseUrl: DEMO_ORIGIN,
      fetch: demoFetch,
      credentials: async () => DEMO_CREDENTIALS.documentPassback.apiToken
    }
  }
  return {
    demo: false,
    baseUrl: DOCUMENT_ENVIRONMENTS[environment],
    fetch: network,
    credentials: () => credentials.documentToken(environment)
  }
}

/** A fetch that follows the current connection, so a client made once always talks to what Settings say now. */
export function followingFetch(current: () => Connection<unknown>): FetchLike {
  return (input, init) => current().fetch(input, init)
}
