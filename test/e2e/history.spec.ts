import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test as base, expect } from '@playwright/test'
import { startHarness, type Harness } from '../helpers/harness/harness-server'
import { test } from './harness-fixture'
import { chooseSpec, expectState, jobRow, pickFiles } from './helpers/photo-screen'
import { syntheticPortrait } from '../helpers/synthetic-portrait'

test.afterEach(async ({ page }) => {
  await page.close()
})

/** A job as the previous version kept it in jobs/history.json. */
function oldRecord(i: number, customer: string) {
  const at = Date.UTC(2025, 0, 1) + i * 3_600_000
  return {
    id: `old-${i}`,
    customer,
    specCode: i % 2 === 0 ? 'us-passport' : 'uk-passport',
    specName: i % 2 === 0 ? 'US Passport' : 'UK Passport',
    mode: 'direct',
    outputFormat: 'IMAGE_BASE64',
    sourceFileName: 'walk-in.jpg',
    state: 'done',
    progress: 1,
    createdAt: at,
    updatedAt: at,
    attempts: 1,
    issues: [],
    files: {},
    photosPurged: true
  }
}

base.describe('an existing history', () => {
  let harness: Harness
  let dataDir: string
  let saveFolder: string

  base.beforeEach(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'studio-history-'))
    saveFolder = mkdtempSync(join(tmpdir(), 'studio-history-save-'))
    const jobs: unknown[] = Array.from({ length: 400 }, (_, i) => oldRecord(i, `Customer ${i}`))
    jobs[123] = oldRecord(123, 'Anna Müller')
    jobs[200] = { id: 'old-200', state: 'half-written' }
    mkdirSync(join(dataDir, 'jobs'), { recursive: true })
    writeFileSync(join(dataDir, 'jobs', 'history.json'), JSON.stringify({ version: 1, jobs }))
    harness = await startHarness({ dataDir, saveFolder })
  })
  base.afterEach(async ({ page }) => {
    await page.close()
    await harness.close()
    rmSync(dataDir, { recursive: true, force: true })
    rmSync(saveFolder, { recursive: true, force: true })
  })

  base(
    'is imported once and reported; History pages through it, finds “MÜLLER”, and the window never holds it all',
    async ({ page }) => {
      await page.goto(harness.url)
      // Told at once, in the app's notices: what was imported, what was set aside and where, and the backup.
      const imported = page.getByTestId('notice-import:history')
      await expect(imported).toContainText('The earlier history was moved into the studio database')
      await expect(imported).toContainText('399 jobs imported')
      await expect(imported).toContainText('1 entry could not be read')
      await expect(imported).toContainText('history.json.damaged-')
      // The queue shows today's jobs only: the old ones are in History.
      await expect(page.getByText('No photos in the queue.')).toBeVisible()

      await page.getByRole('button', { name: 'History', exact: true }).click()
      const table = page.getByRole('table', { name: 'History' })
      await expect(table.getByRole('row').nth(1)).toContainText('Customer 399')
      await expect(table.getByRole('row').nth(1)).toContainText('#399')
      // Virtual: a few dozen rows in the page, not 399.
      expect(await table.getByRole('row').count()).toBeLessThan(80)
      // Scrolling to the end loads the rest, page by page.
      const scroller = page.getByRole('rowgroup', { name: 'History entries' })
      for (let i = 0; i < 12; i++) {
        await scroller.evaluate((el) => el.scrollTo(0, el.scrollHeight))
        await page.waitForTimeout(150)
      }
      await expect(table.getByRole('row').last()).toContainText('Customer 0')

      await page.getByLabel('Search customer or order number').fill('MÜLLER')
      await expect(table.getByRole('row')).toHaveCount(2)
      await expect(table.getByRole('row').nth(1)).toContainText('Anna Müller')
      await page.getByLabel('Search customer or order number').fill('#5')
      await expect(table.getByRole('row').nth(1)).toContainText('Customer 4')
      await page.getByLabel('Search customer or order number').fill('')
      await page.getByLabel('State').selectOption('failed')
      await expect(page.getByText('No job matches this search.')).toBeVisible()

      // Confirming the import deletes the old file; the notice goes.
      const backups = () =>
        readdirSync(join(dataDir, 'jobs')).filter((f) => f.startsWith('history.json.imported-'))
      expect(backups()).toHaveLength(1)
      await page.getByRole('button', { name: 'Everything is here: delete the old file' }).first().click()
      await expect(page.getByText('moved into the studio database')).toHaveCount(0)
      expect(backups()).toEqual([])
      expect(existsSync(join(dataDir, 'jobs', 'history.json'))).toBe(false)
    }
  )
})

test('each job has a short order number; "Clear finished" empties the queue, History keeps the jobs', async ({
  app
}) => {
  await chooseSpec(app, 'us passport', 'US Passport', 'us-passport')
  for (const customer of ['Jane Doe', 'Jane Doe']) {
    await app.getByLabel('Customer name or order number').fill(customer)
    await pickFiles(app, [{ name: 'jane.jpg', mimeType: 'image/jpeg', buffer: await syntheticPortrait() }])
  }
  const queue = app.getByRole('grid', { name: 'Photo queue' })
  await expect(queue.getByRole('row')).toHaveCount(2)
  // Two customers with one name are told apart by their numbers.
  await expect(queue.getByRole('row').nth(0)).toContainText('#2')
  await expect(queue.getByRole('row').nth(1)).toContainText('#1')
  await expectState(jobRow(app, 'Jane Doe · US Passport').first(), /Done|Needs attention/)
  await expectState(jobRow(app, 'Jane Doe · US Passport').last(), /Done|Needs attention/)

  await app.getByRole('button', { name: 'Clear finished' }).click()
  await expect(queue).toHaveCount(0)
  await app.reload()
  await expect(app.getByText('No photos in the queue.')).toBeVisible()

  await app.getByRole('button', { name: 'History', exact: true }).click()
  const table = app.getByRole('table', { name: 'History' })
  await expect(table.getByRole('row')).toHaveCount(3)
  await app.getByLabel('Search customer or order number').fill('2')
  await expect(table.getByRole('row')).toHaveCount(2)
  await expect(table.getByRole('row').nth(1)).toContainText('#2')
})
