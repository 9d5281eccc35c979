import type { Page } from '@playwright/test'
import { DEMO_CREDENTIALS } from '../../electron/main/demo'
import { syntheticPortrait } from '../helpers/synthetic-portrait'
import { test, expect } from './harness-fixture'
import { dropFiles, expectState, jobRow, specOption } from './helpers/photo-screen'

const portrait = async (name: string) => ({
  name,
  mimeType: 'image/jpeg',
  buffer: await syntheticPortrait({ width: 900, height: 1125 })
})

/** What has the keyboard focus: its role and accessible name, as a person with a screen reader hears it. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null
    return { role: el?.getAttribute('role') ?? el?.tagName.toLowerCase() ?? '', text: el?.innerText ?? '' }
  })

test.afterEach(async ({ page }) => {
  await page.close()
})

test('a photo dropped before the spec waits, the search gets the focus, and it goes on once a spec is chosen', async ({
  app
}) => {
  await dropFiles(app, [await portrait('walk-in.jpg')])
  await expect(
    app.getByRole('status').filter({ hasText: 'The photo you added waits for its spec' })
  ).toBeVisible()
  await expect(app.getByLabel('Search specs')).toBeFocused()
  await expect(app.getByRole('grid', { name: 'Photo queue' })).toHaveCount(0)
  // Typing and Enter choose the best match: the exact country and document.
  await app.keyboard.type('US Passport')
  await app.keyboard.press('Enter')
  await expectState(jobRow(app, 'US Passport'), /Done|Needs attention/)
  await expect(app.getByText('waits for its spec')).toHaveCount(0)
  await expect(specOption(app, 'US Passport', 'us-passport')).toHaveAttribute('aria-selected', 'true')
})

test('the spec list: one tab stop, arrows inside, rows that tell look-alikes apart, favourites on top', async ({
  app
}) => {
  const search = app.getByLabel('Search specs')
  await search.fill('UK passport')
  const matches = app.getByRole('listbox', { name: 'Specs matching “UK passport”' }).getByRole('option')
  await expect(matches.first()).toHaveAccessibleName(/^UK Passport uk-passport · /)
  // A spec the service calls a driving licence, found only through its code, comes after those named passport.
  const names = await matches.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-code')))
  expect(names.indexOf('uk-baby-passport')).toBeGreaterThan(names.indexOf('uk-digital-passport'))

  await search.fill('us passport')
  const row = specOption(app, 'US Passport', '2x2-inch')
  // Same name as us-passport; the row also shows its code, size and background.
  await expect(row).toHaveAccessibleName(/^US Passport 2x2-inch · 2 × 2 in · white/)
  // Tab goes into the list once, onto the best match; arrows move; Tab again leaves the list.
  await search.focus()
  await app.keyboard.press('Tab')
  expect(await focused(app)).toMatchObject({
    role: 'option',
    text: expect.stringMatching(/^US Passport\nus-passport/)
  })
  await app.keyboard.press('ArrowDown')
  expect((await focused(app)).text).toMatch(/2x2-inch/)
  await app.keyboard.press('Enter')
  await expect(row).toHaveAttribute('aria-selected', 'true')
  await app.keyboard.press('Tab')
  expect((await focused(app)).role).not.toBe('option')

  // The favourite toggle beside the details puts it on top of the unsearched list.
  await app.getByRole('button', { name: 'Favourite', exact: true }).click()
  await expect(app.getByRole('button', { name: 'Favourite', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true'
  )
  await search.fill('')
  const favourites = app.getByRole('group', { name: 'Favourites' }).getByRole('option')
  await expect(favourites).toHaveCount(1)
  await expect(favourites.first()).toHaveAccessibleName(/^US Passport 2x2-inch/)
})

test('keyboard at the counter: find a spec, add, save, next customer, and the shortcuts panel', async ({
  app,
  harness
}) => {
  // The file dialog is answered by the test: listening from the start turns that on before it opens.
  app.on('filechooser', () => undefined)
  await app.keyboard.press('Control+f')
  await expect(app.getByLabel('Search specs')).toBeFocused()
  await app.keyboard.type('us passport')
  await app.keyboard.press('Enter')
  await expect(app.getByRole('region', { name: 'Spec details: US Passport' })).toBeVisible()
  await app.keyboard.press('F2')
  const customer = app.getByLabel('Customer name or order number')
  await expect(customer).toBeFocused()
  await app.keyboard.type('Ada')
  const chooser = app.waitForEvent('filechooser')
  await app.keyboard.press('Control+o')
  await (await chooser).setFiles([await portrait('ada.jpg')])
  await expectState(jobRow(app, 'Ada · US Passport'), /Done/)
  const result = app.getByRole('region', { name: 'Result' })
  // Results open whole, at Fit.
  await expect(result.getByRole('button', { name: 'Fit', pressed: true })).toBeVisible()
  await app.keyboard.press('Control+s')
  await expect(result.getByRole('status').filter({ hasText: 'Saved to' })).toContainText(
    `Saved to ${harness.edges.saveFolder}`
  )

  // Next customer: the name is cleared, the cursor is there, the spec stays.
  await app.keyboard.press('F2')
  await expect(customer).toHaveValue('')
  await expect(customer).toBeFocused()
  await expect(app.getByRole('region', { name: 'Spec details: US Passport' })).toBeVisible()

  await app.keyboard.press('Control+/')
  const panel = app.getByRole('dialog', { name: 'Keyboard shortcuts' })
  await expect(panel.getByRole('row', { name: 'Next Customer F2' })).toBeVisible()
  await expect(panel.getByRole('row', { name: 'Save Photo Ctrl+S' })).toBeVisible()
  await app.keyboard.press('Escape')
  await expect(panel).toBeHidden()
  // A shortcut for another screen goes there.
  await app.keyboard.press('Control+4')
  await expect(app.getByRole('heading', { name: 'History', level: 1 })).toBeVisible()
})

test('documents: a refused click is an error; after a reload the size prediction uses what main knows', async ({
  app
}) => {
  await app.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Documents' }).click()
  await app.getByLabel('Access token', { exact: true }).fill(DEMO_CREDENTIALS.documentPassback.accessToken)
  await app.getByRole('button', { name: 'Get tokens' }).click()
  const front = app.getByTestId('front-panel')
  // Two requests use the minute; two more different ones wait; a third different one is refused.
  await front.getByRole('button', { name: 'Fetch front' }).click()
  await expect(app.getByTestId('front-image')).toBeVisible()
  const request = (preset: string) =>
    front
      .getByRole('button', { name: preset })
      .click()
      .then(() => front.getByRole('button', { name: 'Request this size from ID.me' }).click())
  await request('300 × 200')
  await expect(app.getByTestId('front-actual')).toHaveText('Actual: 280 × 200 px (asked for 300 × 200)')
  await request('600 × 400')
  await request('1000 × 1000')
  await front.getByRole('button', { name: 'Original' }).click()
  await front.getByRole('button', { name: 'Request this size from ID.me' }).click()
  const refusal = front.getByRole('alert').filter({ hasText: 'this click was not added' })
  await expect(refusal).toBeVisible()
  await expect(refusal).toHaveClass(/banner-error/)

  // A reload with the resized image loaded: the prediction still knows the original's size.
  await app.reload()
  await app.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Documents' }).click()
  await front.getByRole('button', { name: '300 × 200' }).click()
  await expect(app.getByTestId('front-predicted')).toHaveText(/^Predicted: 280 × 200 px/)
  await app.getByRole('button', { name: 'Clear now' }).click()
})

test('settings: custom address only for Custom, what 0 days means, what was saved, and light or dark', async ({
  app
}) => {
  await app.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Settings' }).click()
  await expect(app.getByRole('textbox', { name: 'Custom base URL' })).toHaveCount(0)
  await app.getByLabel('Service').selectOption('custom')
  await expect(app.getByRole('textbox', { name: 'Custom base URL' })).toBeVisible()
  await app.getByLabel('Service').selectOption('demo')
  await expect(app.getByRole('textbox', { name: 'Custom base URL' })).toHaveCount(0)

  const retention = app.getByLabel('Delete stored customer photos after (days)')
  await expect(app.getByText(/^0 keeps no customer photos/)).toBeVisible()
  await retention.fill('7')
  await retention.press('Enter')
  await expect(app.getByText('Saved: 7 days.')).toBeVisible()
  // Out of range: not saved, and the field shows the saved value again, with the message.
  await retention.fill('99999')
  await retention.blur()
  await expect(retention).toHaveValue('7')
  await expect(
    app.getByText('“99999” was not saved. Enter a whole number from 0 to 3650. Still saved: 7 days.')
  ).toBeVisible()

  // The radios show the saved setting, so they change once main has saved it: click, then wait.
  await app.getByLabel('Dark', { exact: true }).click()
  await expect(app.getByLabel('Dark', { exact: true })).toBeChecked()
  await expect(app.locator('html')).toHaveAttribute('data-theme', 'dark')
  const background = () => app.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)
  expect(await background()).toBe('rgb(24, 24, 24)')
  // Kept even when the system is light.
  await app.emulateMedia({ colorScheme: 'light' })
  expect(await background()).toBe('rgb(24, 24, 24)')
  await app.getByLabel('Same as the system').click()
  await expect.poll(background).toBe('rgb(245, 245, 245)')
})

test('look: neutral surround for photos in both themes, forced colours keep states, reduced motion', async ({
  app
}) => {
  // Photos and documents sit on --surround; sheet previews (white paper) on the page itself, --bg.
  const colour = (variable: string) =>
    app.evaluate((name) => {
      const probe = document.createElement('div')
      probe.style.background = `var(${name})`
      document.body.append(probe)
      const value = getComputedStyle(probe).backgroundColor
      probe.remove()
      return value
    }, variable)
  for (const scheme of ['light', 'dark'] as const) {
    await app.emulateMedia({ colorScheme: scheme })
    for (const variable of ['--surround', '--surround-alt', '--bg']) {
      const [r, g, b] = ((await colour(variable)).match(/\d+/g) ?? []).map(Number)
      expect(r === g && g === b, `${scheme} ${variable}: ${r},${g},${b} is a neutral grey`).toBe(true)
    }
  }

  await app.getByLabel('Search specs').fill('us passport')
  await app.keyboard.press('Enter')
  const chosen = specOption(app, 'US Passport', 'us-passport')
  await app.emulateMedia({ forcedColors: 'active' })
  // Forced colours drop background colours: the chosen row and pressed buttons keep an outline.
  await expect.poll(() => chosen.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid')
  // Buttons ease their hover colour, unless the system asks for less motion.
  const refresh = app.getByRole('button', { name: 'Refresh', exact: true })
  const duration = () => refresh.evaluate((el) => parseFloat(getComputedStyle(el).transitionDuration))
  await app.emulateMedia({ forcedColors: 'none', reducedMotion: 'no-preference' })
  expect(await duration()).toBeGreaterThan(0.05)
  await app.emulateMedia({ reducedMotion: 'reduce' })
  expect(await duration()).toBeLessThan(0.001)
})
