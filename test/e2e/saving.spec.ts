import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { syntheticPortrait } from '../helpers/synthetic-portrait'
import { test, expect } from './harness-fixture'
import { chooseSpec, expectState, jobRow, pickFiles } from './helpers/photo-screen'

test.afterEach(async ({ page }) => {
  await page.close()
})

test('every saved file follows one name rule, and a second save of the same kind is numbered, never overwriting', async ({
  app,
  harness
}) => {
  await chooseSpec(app, 'us passport', 'US Passport', 'us-passport')
  await app.getByLabel('Customer name or order number').fill('Zoë Ångström')
  await pickFiles(app, [{ name: 'z.jpg', mimeType: 'image/jpeg', buffer: await syntheticPortrait() }])
  await expectState(jobRow(app, 'Zoë Ångström · US Passport'), /Done/)
  const result = app.getByRole('region', { name: 'Result' })
  const notice = result.getByRole('status').filter({ hasText: /saved to/i })
  for (const round of [1, 2]) {
    await result.getByRole('button', { name: 'Save photo' }).click()
    await expect(notice).toContainText(round === 1 ? /_\d{4}-\d\d-\d\d\.jpg$/ : /_2\.jpg$/)
    await result.getByRole('button', { name: 'Save check report' }).click()
    await expect(notice).toContainText(round === 1 ? /report_\d{4}-\d\d-\d\d\.pdf$/ : /_2\.pdf$/)
  }
  await result.getByRole('button', { name: 'Print…' }).click()
  const output = app.getByRole('region', { name: 'Output' })
  for (const round of [1, 2]) {
    await output.getByRole('button', { name: 'Save PDF…' }).click()
    await expect(output.getByRole('status')).toHaveText(
      round === 1 ? /sheet_\d{4}-\d\d-\d\d\.pdf$/ : /_2\.pdf$/
    )
  }

  const day = /_(\d{4}-\d\d-\d\d)/.exec(readdirSync(harness.edges.saveFolder)[0] ?? '')?.[1] ?? 'no date'
  const files = readdirSync(harness.edges.saveFolder).sort()
  expect(files).toEqual(
    [
      `Zoë-Ångström_us-passport_${day}.jpg`,
      `Zoë-Ångström_us-passport_${day}_2.jpg`,
      `Zoë-Ångström_us-passport-check-report_${day}.pdf`,
      `Zoë-Ångström_us-passport-check-report_${day}_2.pdf`,
      `Zoë-Ångström_us-passport-sheet_${day}.pdf`,
      `Zoë-Ångström_us-passport-sheet_${day}_2.pdf`
    ]
      .map((f) => f.normalize('NFC'))
      .sort()
  )
  // Each is a whole file of its kind: the first saves were not overwritten by the second.
  for (const file of files) {
    const head = readFileSync(join(harness.edges.saveFolder, file)).subarray(0, 4).toString('latin1')
    expect(head.startsWith(file.endsWith('.pdf') ? '%PDF' : '\xff\xd8\xff'), file).toBe(true)
  }
})
