// `npx tsx scripts/screenshots.ts`: the README's screenshots, taken from the real renderer on the browser harness
// in Chromium, against the demo service. Build first (`npm run build`).
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium } from '@playwright/test'
import { startHarness } from '../test/helpers/harness/harness-server'
import { chooseSpec, pickFiles } from '../test/e2e/helpers/photo-screen'
import { syntheticPortrait } from '../test/helpers/synthetic-portrait'
import { DEMO_CREDENTIALS } from '../electron/main/demo'

const dataDir = mkdtempSync(join(tmpdir(), 'shots-data-'))
const saveFolder = mkdtempSync(join(tmpdir(), 'shots-save-'))
const harness = await startHarness({ dataDir, saveFolder })
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking']
})
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } })
  await page.goto(harness.url)
  await chooseSpec(page, 'us passport', 'US Passport', 'us-passport')
  await page.getByLabel('Customer name or order number').fill('Order 1042')
  await pickFiles(page, [{ name: 'customer.jpg', mimeType: 'image/jpeg', buffer: await syntheticPortrait() }])
  await page.getByRole('region', { name: 'Result' }).getByRole('img').first().waitFor({ timeout: 30_000 })
  await page.waitForTimeout(500)
  await page.screenshot({ path: 'docs/screenshots/photos.png' })

  await page.getByRole('button', { name: 'Print sheets', exact: true }).click()
  await page.getByLabel('Put Order 1042 · US Passport on the sheet').check()
  await page.getByLabel('Paper', { exact: true }).selectOption('4x6in')
  await page.getByRole('img', { name: /^Sheet preview/ }).waitFor()
  await page.waitForTimeout(800)
  await page.screenshot({ path: 'docs/screenshots/sheets.png' })

  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('button', { name: 'Documents', exact: true })
    .click()
  await page.getByLabel('Access token', { exact: true }).fill(DEMO_CREDENTIALS.documentPassback.accessToken)
  await page.getByRole('button', { name: 'Get tokens' }).click()
  await page.getByTestId('front-panel').getByRole('button', { name: 'Fetch front' }).click()
  await page.getByTestId('back-panel').getByRole('button', { name: 'Fetch back' }).click()
  await page.getByTestId('front-viewer').getByRole('img').waitFor()
  await page.getByTestId('back-viewer').getByRole('img').waitFor()
  await page.waitForTimeout(800)
  await page.screenshot({ path: 'docs/screenshots/documents.png' })
  console.log('Screenshots written to docs/screenshots/.')
} finally {
  await browser.close()
  await harness.close()
  rmSync(dataDir, { recursive: true, force: true })
  rmSync(saveFolder, { recursive: true, force: true })
}
