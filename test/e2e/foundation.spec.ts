import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { test, expect } from './harness-fixture'
import { KeytarSecretStore } from '../../electron/main/services/secrets/keytar-secret-store'

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? filesUnder(path) : [path]
  })
}

test('a first start is in Demo mode, and the UI says so', async ({ app }) => {
  await expect(app.getByText('Demo · Passport Photo')).toBeVisible()
  await expect(app.getByText('Demo · Documents')).toBeVisible()
})

test('a canary secret saved through Settings reaches the keychain and nowhere else', async ({
  app,
  harness,
  keychainService
}) => {
  const canaryKey = `canary-key-${Date.now()}`
  const canarySecret = `canary-secret-${Date.now()}`
  const canaryToken = `canary-token-${Date.now()}`
  const ipcBodies: string[] = []
  app.on('response', async (response) => {
    if (response.url().includes('/__ipc/')) ipcBodies.push(await response.text().catch(() => ''))
  })

  await app.getByRole('button', { name: 'Settings' }).click()
  await app.getByLabel('API key', { exact: true }).fill(canaryKey)
  await app.getByLabel('API secret', { exact: true }).fill(canarySecret)
  await app.getByRole('button', { name: 'Save' }).first().click()
  await expect(app.getByText('Saved to the system keychain.')).toBeVisible()
  await app.getByLabel('Sandbox API token').fill(canaryToken)
  await app
    .locator('form', { has: app.getByLabel('Sandbox API token') })
    .getByRole('button', { name: 'Save' })
    .click()
  await expect(app.getByText('Saved in keychain')).toHaveCount(2)

  // The DOM, including input values, holds no canary.
  const dom = await app.evaluate(() => {
    const values = [...document.querySelectorAll('input')].map((i) => i.value).join('\n')
    return document.documentElement.outerHTML + values
  })
  // Renderer globals and storage hold none either.
  const globals = await app.evaluate(() => {
    const seen: string[] = []
    for (const key of Object.getOwnPropertyNames(window)) {
      try {
        const value = (window as unknown as Record<string, unknown>)[key]
        if (typeof value === 'string') seen.push(value)
        else if (value && typeof value === 'object' && !(value instanceof Node))
          seen.push(JSON.stringify(value) ?? '')
      } catch {
        // cyclic or inaccessible values cannot carry our strings as plain data
      }
    }
    return seen.join('\n') + JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage })
  })
  const files = filesUnder(harness.context.core.host.dataDir)
    .map((f) => readFileSync(f, 'latin1'))
    .join('\n')
  for (const canary of [canaryKey, canarySecret, canaryToken]) {
    expect(dom).not.toContain(canary)
    expect(globals).not.toContain(canary)
    expect(ipcBodies.join('\n')).not.toContain(canary)
    expect(files).not.toContain(canary)
  }
  expect(ipcBodies.length).toBeGreaterThan(2)

  // It is readable from the keychain.
  const store = new KeytarSecretStore(keychainService)
  expect(await store.get('passport-photo')).toBe(
    JSON.stringify({ apiKey: canaryKey, apiSecret: canarySecret })
  )
  expect(await store.get('document-passback:sandbox')).toBe(canaryToken)

  // Delete works too.
  await app
    .locator('form', { has: app.getByLabel('API key', { exact: true }) })
    .getByRole('button', { name: 'Delete' })
    .click()
  await expect(app.getByText('Deleted from the keychain.')).toBeVisible()
  expect(await store.get('passport-photo')).toBeNull()
})

test('Test connection reaches the demo service', async ({ app }) => {
  await app.getByRole('button', { name: 'Settings' }).click()
  await app.getByRole('button', { name: 'Test connection' }).first().click()
  await expect(app.getByRole('status')).toContainText(/Demo/)
})

test('switching documents to production asks first, and then shows it everywhere', async ({ app }) => {
  await app.getByRole('button', { name: 'Settings' }).click()
  app.once('dialog', (dialog) => void dialog.dismiss())
  // Dismissing the confirmation leaves the radio where it was, so this is a click, not check().
  await app.getByLabel('Production', { exact: true }).click()
  await expect(app.getByLabel('Demo', { exact: true })).toBeChecked()
  await expect(app.getByText('PRODUCTION', { exact: true })).toHaveCount(0)

  app.once('dialog', (dialog) => {
    expect(dialog.message()).toContain('PRODUCTION')
    void dialog.accept()
  })
  await app.getByLabel('Production', { exact: true }).click()
  await expect(app.getByLabel('Production', { exact: true })).toBeChecked()
  await expect(app.getByText('PRODUCTION', { exact: true })).toBeVisible()
  await expect(app.locator('.shell-production')).toHaveCount(1)
})

test('a number setting is saved when the field is left, refused inline when out of range, and kept', async ({
  app
}) => {
  await app.getByRole('button', { name: 'Settings' }).click()
  const retention = app.getByLabel('Delete stored customer photos after (days)')
  await retention.fill('5000')
  await expect(app.getByText('Enter a whole number from 0 to 3650.')).toBeVisible()
  await retention.fill('30')
  await retention.blur()
  await expect(app.getByText('Enter a whole number from 0 to 3650.')).toHaveCount(0)
  await expect
    .poll(async () => {
      const result = await app.evaluate(() => window.studio['settings:get']())
      return result.ok ? result.value.jobs.retentionDays : null
    })
    .toBe(30)
  await app.reload()
  await app.getByRole('button', { name: 'Settings' }).click()
  await expect(app.getByLabel('Delete stored customer photos after (days)')).toHaveValue('30')
})
