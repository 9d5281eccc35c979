import { afterAll, describe, expect, it } from 'vitest'
import { randomUUID } from 'node:crypto'
import { KeytarSecretStore } from '../../../../../electron/main/services/secrets/keytar-secret-store'
import { Credentials } from '../../../../../electron/main/services/secrets/credentials'

// These run against the real OS keychain: on Linux CI, a gnome-keyring Secret Service in a private D-Bus session
// started by scripts/test.mjs. There is no fake here on purpose.
const service = `ID Photo Studio (unit ${randomUUID().slice(0, 8)})`
const store = new KeytarSecretStore(service)

afterAll(async () => {
  for (const account of [
    'passport-photo',
    'document-passback:sandbox',
    'document-passback:production',
    'probe'
  ]) {
    await store.delete(account).catch(() => undefined)
  }
})

describe('KeytarSecretStore against the real Secret Service', () => {
  it('reports the keychain as available', async () => {
    expect(await store.availability()).toEqual({ available: true, message: null })
  })

  it('stores, reads back and deletes a secret', async () => {
    const value = `probe-${randomUUID()}`
    await store.set('probe', value)
    expect(await store.get('probe')).toBe(value)
    expect(await store.delete('probe')).toBe(true)
    expect(await store.get('probe')).toBeNull()
  })
})

describe('Credentials', () => {
  const credentials = new Credentials(store)

  it('tells only whether each credential is configured', async () => {
    await credentials.setPassportPhoto({ apiKey: 'k-canary', apiSecret: 's-canary' })
    await credentials.setDocumentToken('sandbox', 'sandbox-token-canary')
    const status = await credentials.status()
    expect(status).toEqual({
      keychain: { available: true, message: null },
      passportPhoto: { configured: true },
      documentPassback: { sandbox: { configured: true }, production: { configured: false } }
    })
    expect(JSON.stringify(status)).not.toContain('canary')
    expect(await credentials.passportPhoto()).toEqual({ apiKey: 'k-canary', apiSecret: 's-canary' })
    expect(await credentials.documentToken('sandbox')).toBe('sandbox-token-canary')
  })

  it('says what to do when a credential is missing', async () => {
    await credentials.deletePassportPhoto()
    await expect(credentials.passportPhoto()).rejects.toMatchObject({ code: 'CREDENTIALS_MISSING' })
    await expect(credentials.documentToken('production')).rejects.toMatchObject({
      code: 'CREDENTIALS_MISSING',
      message: expect.stringContaining('Settings')
    })
  })

  it('reports an unavailable keychain plainly and never falls back', async () => {
    const broken = new KeytarSecretStore('x', async () => {
      throw new Error('Cannot autolaunch D-Bus without X11 $DISPLAY')
    })
    const availability = await broken.availability()
    expect(availability.available).toBe(false)
    expect(availability.message).toMatch(/keychain is not available/)
    await expect(broken.set('a', 'b')).rejects.toMatchObject({ code: 'KEYCHAIN_UNAVAILABLE' })
    expect((await new Credentials(broken).status()).passportPhoto.configured).toBe(false)
  })
})
