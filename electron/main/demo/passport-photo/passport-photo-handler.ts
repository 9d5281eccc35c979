import type { DemoFileStore } from '../demo-file-store'
import type { RandomSource } from '../demo-random'
import { errorResponse } from '../demo-responses'
import type { DemoAccounts } from './demo-accounts'

/** Where the Passport Photo routes live. */
export const PASSPORT_PHOTO_PREFIX = '/v2/'

/** Dependencies of the simulated Passport Photo service. */
export interface PassportPhotoOptions {
  resourcesDir: string
  random: RandomSource
  accounts: DemoAccounts
  files: DemoFileStore
}

/** The simulated Passport Photo service. */
export interface PassportPhoto {
  handle(request: Request, url: URL): Promise<Response>
  reset(): void
}

/** Creates the service. */
export function createPassportPhoto(_options: PassportPhotoOptions): PassportPhoto {
  return {
    handle: async () => errorResponse(404, 'NOT_FOUND', 'Not yet.'),
    reset() {}
  }
}
