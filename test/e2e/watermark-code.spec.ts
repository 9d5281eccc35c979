import { test, expect } from './harness-fixture'
import { chooseSpec, expectState, jobRow, pickFiles } from './helpers/photo-screen'
import { syntheticPortrait } from '../helpers/synthetic-portrait'

test.afterEach(async ({ page }) => {
  await page.close()
})

test('watermark mode: the UK photo code stays in main until the photo is unlocked, then shows as Unlocked', async ({
  app
}) => {
  await chooseSpec(app, 'uk passport', 'UK Passport', 'uk-passport')
  await app.getByLabel('Customer name or order number').fill('UK walk-in')
  await app.getByRole('radio', { name: 'Watermark preview' }).check()
  await pickFiles(app, [{ name: 'uk.jpg', mimeType: 'image/jpeg', buffer: await syntheticPortrait() }])
  await expectState(jobRow(app, 'UK walk-in · UK Passport'), /Done/)

  const result = app.getByRole('region', { name: 'Result' })
  await expect(result.getByText('PREVIEW — watermarked', { exact: false })).toBeVisible()
  await expect(result.getByText(/Watermark preview$/)).toBeVisible()
  await expect(result.getByText('UK photo code')).toHaveCount(0)
  await expect(result.getByRole('button', { name: 'Copy code' })).toHaveCount(0)
  // Not only hidden: the window never received it.
  const inWindow = await app.evaluate(async () => {
    const answer = await window.studio['photos:list-jobs']()
    return answer.ok ? answer.value.map((job) => job.result?.idPhotoCode ?? null) : ['failed']
  })
  expect(inWindow).toEqual([null])

  await result.getByRole('button', { name: 'Unlock final photo' }).click()
  await expect(result.getByText('Final photo unlocked', { exact: false })).toBeVisible()
  await expect(result.getByText('UK photo code')).toBeVisible()
  const code = result.locator('dd code').last()
  await expect(code).toHaveText(/^[A-Z0-9]{16}$/)
  await expect(result.getByText(/· Unlocked$/)).toBeVisible()
  await expect(result.getByText(/Watermark preview$/)).toHaveCount(0)
})
