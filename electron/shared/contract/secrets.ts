import { z } from 'zod'
import { channel } from './define'
import { noInput } from './common'

/** The only thing the renderer ever learns about credentials. */
export interface SecretStatus {
  keychain: { available: boolean; message: string | null }
  passportPhoto: { configured: boolean }
  documentPassback: { sandbox: { configured: boolean }; production: { configured: boolean } }
}

/** Outcome of "Test connection". */
export interface ConnectionTest {
  ok: boolean
  message: string
  demo: boolean
}

const secretText = z.string().trim().min(1, 'Enter a value.').max(512)
const environment = z.enum(['sandbox', 'production'])

/** Credential channels: write-only from the renderer's side. */
export const secretsChannels = {
  'secrets:status': channel<SecretStatus>()(noInput),
  'secrets:set-passport-photo': channel<SecretStatus>()(
    z.object({ apiKey: secretText, apiSecret: secretText }).strict()
  ),
  'secrets:delete-passport-photo': channel<SecretStatus>()(noInput),
  'secrets:set-document-token': channel<SecretStatus>()(
    z.object({ environment, apiToken: secretText }).strict()
  ),
  'secrets:delete-document-token': channel<SecretStatus>()(z.object({ environment }).strict()),
  'secrets:test-connection': channel<ConnectionTest>()(
    z.object({ service: z.enum(['passport-photo', 'document-passback']) }).strict()
  )
}
