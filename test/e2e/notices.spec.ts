import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test, expect } from '@playwright/test'
import { startHarness, type Harness } from '../helpers/harness/harness-server'

// A settings file damaged in one place (an upgrade, a bad edit): the app keeps the rest, and the shell says so.
let dataDir = ''
let saveFolder = ''
let harness: Harness

test.beforeEach(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'studio-notices-'))
  saveFolder = mkdtempSync(join(tmpdir(), 'studio-notices-save-'))
  writeFileSync(
    join(dataDir, 'settings.json'),
    JSON.stringify({
      passportPhoto: { region: 'demo', customBaseUrl: null },
      documents: { environment: 'demo', idleTimeoutMinutes: 'ten' },
      jobs: { concurrency: 2, retentionDays: 14, outputFolder: saveFolder },
      quotaWarningBelow: 10
    })
  )
  harness = await startHarness({ dataDir, saveFolder })
})
test.afterEach(async ({ page }) => {
  await page.close()
  await harness.close()
  rmSync(dataDir, { recursive: true, force: true })
  rmSync(saveFolder, { recursive: true, force: true })
})

test('a damaged settings file: the shell says what was reset and where the file was kept; the rest is kept', async ({
  page
}) => {
  await page.goto(harness.url)
  const notice = page.getByTestId('notice-settings-damaged')
  await expect(notice).toBeVisible()
  await expect(notice).toHaveAttribute('role', 'alert')
  await expect(notice).toContainText('Some settings were reset')
  await expect(notice).toContainText('Document viewer idle timeout')
  const kept = readdirSync(dataDir).find((name) => name.startsWith('settings.damaged-'))
  expect(kept).toBeDefined()
  await expect(notice).toContainText(join(dataDir, kept ?? ''))

  // The output folder survived.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Settings' }).click()
  await expect(page.getByText(saveFolder).first()).toBeVisible()

  await notice.getByRole('button', { name: 'Dismiss' }).click()
  await expect(notice).toHaveCount(0)
  // Dismissed in main, so a reload does not bring it back.
  await page.reload()
  await expect(page.getByText('ID Photo Studio').first()).toBeVisible()
  await expect(page.getByTestId('notice-settings-damaged')).toHaveCount(0)
})
