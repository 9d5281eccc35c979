import { afterAll, describe, expect, it } from 'vitest'
import { spawnSync } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import {
  KEYCHAIN_SERVICE,
  KeytarSecretStore
} from '../../../../../electron/main/services/secrets/keytar-secret-store'
import { Credentials } from '../../../../../electron/main/services/secrets/credentials'

// Credentials saved by earlier builds (keytar 7.9) must still be read after the move to @github/keytar.
// On Linux the earlier builds' items are written here by libsecret's own secret-tool, with exactly the attributes
// keytar uses (the generic schema, `service` and `account`), into the real Secret Service started by
// scripts/test.mjs. Only inside that private, throw-away keyring (STUDIO_KEYRING_READY) do we use the app's real
// service name; run directly against a person's own keyring, a unique service name keeps their entries untouched.
const privateKeyring = process.env.STUDIO_KEYRING_READY === '1'
const service = privateKeyring ? 'ID Photo Studio' : `ID Photo Studio (compat ${randomUUID().slice(0, 8)})`
if (!privateKeyring) {
  console.log(
    '[keytar-compat] not inside the private keyring of `npm test`: using a unique service name, not the real one'
  )
}
const store = new KeytarSecretStore(service)
const ACCOUNTS = ['passport-photo', 'document-passback:sandbox', 'document-passback:production']

afterAll(async () => {
  for (const account of ACCOUNTS) await store.delete(account).catch(() => undefined)
})

/**
 * Stores a secret the way keytar 7.9 did, without going through keytar: on Linux with libsecret's secret-tool (the
 * generic schema with `service` and `account` attributes), on macOS with `security` (a generic password with
 * that service and account).
 */
function storeAsEarlierBuild(account: string, secret: string): void {
  const run =
    process.platform === 'darwin'
      ? spawnSync('security', ['add-generic-password', '-U', '-s', service, '-a', account, '-w', secret], {
          encoding: 'utf8'
        })
      : spawnSync(
          'secret-tool',
          ['store', `--label=${service}`, 'xdg:schema', 'org.freedesktop.Secret.Generic'].concat([
            'service',
            service,
            'account',
            account
          ]),
          { input: secret, encoding: 'utf8' }
        )
  if (run.error || run.status !== 0) {
    throw new Error(
      `Could not store the keychain item outside keytar (${run.error?.message ?? run.stderr}). ` +
        'On Debian or Ubuntu install secret-tool with `sudo apt-get install libsecret-tools`.'
    )
  }
}

// Windows' Credential Vault has no command-line writer that stores the bytes as keytar does (cmdkey writes UTF-16).
const writerAvailable = process.platform === 'linux' || process.platform === 'darwin'
if (!writerAvailable) {
  console.log(
    `[keytar-compat] earlier-build items not written on ${process.platform}: no writer outside keytar`
  )
}

describe('keytar is GitHub’s maintained fork under the old name', () => {
  it('resolves `keytar` to @github/keytar 7.10 or newer', () => {
    const require = createRequire(import.meta.url)
    const installed = JSON.parse(readFileSync(require.resolve('keytar/package.json'), 'utf8')) as {
      name: string
      version: string
    }
    expect(installed.name).toBe('@github/keytar')
    const [major, minor] = installed.version.split('.').map(Number)
    expect(major).toBe(7)
    expect(minor).toBeGreaterThanOrEqual(10)
  })

  it('keeps the service name the saved credentials are filed under', () => {
    expect(KEYCHAIN_SERVICE).toBe('ID Photo Studio')
  })
})

describe.runIf(writerAvailable)('credentials saved by earlier builds', () => {
  it('are read under the current service and account names', async () => {
    storeAsEarlierBuild(
      'passport-photo',
      JSON.stringify({ apiKey: 'old-key-7.9', apiSecret: 'old-secret-7.9' })
    )
    storeAsEarlierBuild('document-passback:sandbox', 'old-sandbox-token-7-9')
    const credentials = new Credentials(store)
    expect(await credentials.passportPhoto()).toEqual({ apiKey: 'old-key-7.9', apiSecret: 'old-secret-7.9' })
    expect(await credentials.documentToken('sandbox')).toBe('old-sandbox-token-7-9')
    expect((await credentials.status()).documentPassback).toEqual({
      sandbox: { configured: true },
      production: { configured: false }
    })
  })
})
