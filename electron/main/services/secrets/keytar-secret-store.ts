import type * as KeytarModule from 'keytar'
import { AppError } from '../../../shared/errors'
import { t } from '../i18n/main-language'
import type { KeychainAvailability, SecretStore } from './secret-store'

type Keytar = typeof KeytarModule

/**
 * The keychain service name every credential is stored under. Changing it would orphan the credentials people
 * already saved, so a test pins it.
 */
export const KEYCHAIN_SERVICE = 'ID Photo Studio'

/**
 * The OS keychain through keytar: Keychain on macOS, Credential Vault on Windows, Secret Service on Linux.
 * keytar is loaded lazily so that a machine without libsecret still starts, in Demo mode, with a clear message.
 * `keytar` is GitHub's maintained fork, `@github/keytar`, installed under the old name (an npm alias): same API,
 * same storage (service and account attributes), so credentials saved by earlier builds are still read.
 */
export class KeytarSecretStore implements SecretStore {
  private keytar: Promise<Keytar> | null = null

  constructor(
    private readonly service: string,
    private readonly load: () => Promise<Keytar> = async () => {
      const mod = (await import('keytar')) as Keytar & { default?: Keytar }
      return mod.default ?? mod
    }
  ) {}

  async get(account: string): Promise<string | null> {
    return this.call((k) => k.getPassword(this.service, account))
  }

  async set(account: string, secret: string): Promise<void> {
    await this.call((k) => k.setPassword(this.service, account, secret))
  }

  async delete(account: string): Promise<boolean> {
    return this.call((k) => k.deletePassword(this.service, account))
  }

  async availability(): Promise<KeychainAvailability> {
    try {
      // A read of an account that never exists proves the keychain answers, without touching real entries.
      await this.call((k) => k.getPassword(this.service, '__availability_probe__'))
      return { available: true, message: null }
    } catch {
      return { available: false, message: t('secrets.keychainUnavailable') }
    }
  }

  private async call<T>(operation: (keytar: Keytar) => Promise<T>): Promise<T> {
    try {
      this.keytar ??= this.load()
      return await operation(await this.keytar)
    } catch (error) {
      this.keytar = null
      // keytar's own message can name the D-Bus address or the service; keep it out of what the person sees.
      throw new AppError('KEYCHAIN_UNAVAILABLE', t('secrets.keychainUnavailable'), { cause: error })
    }
  }
}
