import { test as base, type Page } from '@playwright/test'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { randomUUID } from 'node:crypto'
import { startHarness, type Harness } from '../helpers/harness/harness-server'
import { KeytarSecretStore } from '../../electron/main/services/secrets/keytar-secret-store'

/** Each test gets its own harness: a fresh data folder, save folder and keychain service name. */
export const test = base.extend<{ harness: Harness; app: Page; keychainService: string }>({
  // Playwright requires an object pattern for a fixture without dependencies.
  // eslint-disable-next-line no-empty-pattern
  keychainService: async ({}, use) => {
    await use(`ID Photo Studio (e2e ${randomUUID().slice(0, 8)})`)
  },
  harness: async ({ keychainService }, use) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'studio-data-'))
    const saveFolder = mkdtempSync(join(tmpdir(), 'studio-save-'))
    const store = new KeytarSecretStore(keychainService)
    const harness = await startHarness({ dataDir, saveFolder, secretStore: store })
    await use(harness)
    await harness.close()
    for (const account of [
      'passport-photo',
      'document-passback:sandbox',
      'document-passback:production',
      'shared-database'
    ]) {
      await store.delete(account).catch(() => undefined)
    }
    rmSync(dataDir, { recursive: true, force: true })
    rmSync(saveFolder, { recursive: true, force: true })
  },
  app: async ({ page, harness }, use) => {
    await page.goto(harness.url)
    await page.getByText('ID Photo Studio').first().waitFor()
    await use(page)
  }
})

export { expect } from '@playwright/test'
