import { readdirSync } from 'node:fs'
import type { Locator, Page } from '@playwright/test'
import { syntheticPortrait } from '../helpers/synthetic-portrait'
import { test, expect } from './harness-fixture'
import { chooseSpec, expectState, jobRow, pickFiles } from './helpers/photo-screen'

const portrait = async (name: string, sideLight = false) => ({
  name,
  mimeType: 'image/jpeg',
  buffer: await syntheticPortrait(sideLight ? { sideLight: true } : {})
})

/** True when the whole element lies inside the window as it is, with nothing scrolled. */
const inViewport = (locator: Locator) =>
  locator.evaluate((el) => {
    const r = el.getBoundingClientRect()
    return r.top >= 0 && r.left >= 0 && r.bottom <= window.innerHeight && r.right <= window.innerWidth
  })

const scrollPage = (page: Page, where: 'top' | 'bottom') =>
  page.evaluate((to) => window.scrollTo(0, to === 'top' ? 0 : document.body.scrollHeight), where)

test.afterEach(async ({ page }) => {
  await page.close()
})

test('at 1024×700 the finished photo and its Save are in view without scrolling, and focus goes to the result', async ({
  app
}) => {
  await app.setViewportSize({ width: 1024, height: 700 })
  await chooseSpec(app, 'us passport', 'US Passport', 'us-passport')
  // A queue of earlier customers, so the new result would sit far below it in a one-column layout.
  for (const name of ['Ann', 'Ben', 'Cid', 'Dee']) {
    await app.getByLabel('Customer name or order number').fill(name)
    await pickFiles(app, [await portrait(`${name}.jpg`)])
    await expectState(jobRow(app, `${name} · US Passport`), /Done/)
  }
  await app.getByLabel('Customer name or order number').fill('Eve')
  await pickFiles(app, [await portrait('eve.jpg')])
  // Nothing focused (as after a drop): the page itself has not been scrolled by anything.
  await app.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
  await expectState(jobRow(app, 'Eve · US Passport'), /Done/)

  const result = app.getByRole('region', { name: 'Result' })
  await expect(result.getByRole('heading', { name: 'Eve · US Passport' })).toBeFocused()
  await expect(app.getByRole('status').filter({ hasText: 'Photo ready: Eve · US Passport' })).toHaveCount(1)
  const save = result.getByRole('button', { name: 'Save photo' })
  const photo = result.getByRole('img', { name: 'ID photo of Eve · US Passport' })
  await expect(photo).toBeVisible()
  // Typing the name scrolled the page (the field is under the spec list at this width); the result pane keeps
  // its place at the top of the window wherever the page is, so the person never scrolls to reach it.
  for (const where of ['as left', 'top', 'bottom'] as const) {
    if (where !== 'as left') await scrollPage(app, where)
    expect(await inViewport(save), `Save photo in view, page at ${where}`).toBe(true)
    expect(await inViewport(photo), `photo in view, page at ${where}`).toBe(true)
    expect(await inViewport(result.getByRole('button', { name: 'Print…' }))).toBe(true)
  }
  // The result pane scrolled nothing either: Save is at its top.
  expect(await result.evaluate((el) => el.closest('aside')?.scrollTop)).toBe(0)
})

test('the queue is one Tab stop: arrows, Home and End move between rows, Enter opens the job', async ({
  app
}) => {
  await chooseSpec(app, 'us passport', 'US Passport', 'us-passport')
  for (const name of ['Ann', 'Ben', 'Cid']) {
    await app.getByLabel('Customer name or order number').fill(name)
    await pickFiles(app, [await portrait(`${name}.jpg`)])
    await expectState(jobRow(app, `${name} · US Passport`), /Done/)
  }
  const queue = app.getByRole('grid', { name: 'Photo queue' })
  const open = (name: string) =>
    jobRow(app, `${name} · US Passport`).getByRole('button', { name: new RegExp(name) })
  // Newest first: Cid is selected (the last added); Tab from "Clear finished" lands on it, and only one stop.
  await app.getByRole('button', { name: 'Clear finished' }).focus()
  await app.keyboard.press('Tab')
  await expect(open('Cid')).toBeFocused()
  await app.keyboard.press('ArrowDown')
  await expect(open('Ben')).toBeFocused()
  await app.keyboard.press('End')
  await expect(open('Ann')).toBeFocused()
  await app.keyboard.press('Home')
  await expect(open('Cid')).toBeFocused()
  await app.keyboard.press('ArrowDown')
  await app.keyboard.press('Enter')
  await expect(
    app.getByRole('region', { name: 'Result' }).getByRole('heading', { name: 'Ben · US Passport' })
  ).toBeVisible()
  await expect(jobRow(app, 'Ben · US Passport')).toHaveAttribute('aria-selected', 'true')
  expect(await queue.locator('[tabindex="0"]').count()).toBe(1)
  // Tab leaves the queue at once, instead of walking through every row.
  await app.keyboard.press('Tab')
  expect(await queue.evaluate((el) => el.contains(document.activeElement))).toBe(false)
})

test('a photo that needs attention asks before saving and before a sheet; Cancel keeps it unsaved', async ({
  app,
  harness
}) => {
  await chooseSpec(app, 'us passport', 'US Passport', 'us-passport')
  await app.getByLabel('Customer name or order number').fill('Lamp')
  await pickFiles(app, [await portrait('lamp.jpg', true)])
  await expectState(jobRow(app, 'Lamp · US Passport'), /Needs attention/)
  const result = app.getByRole('region', { name: 'Result' })
  const questions: string[] = []
  let answer = false
  app.on('dialog', (dialog) => {
    questions.push(dialog.message())
    void (answer ? dialog.accept() : dialog.dismiss())
  })

  await result.getByRole('button', { name: 'Save photo' }).click()
  await expect(result.getByText('Not saved: the photo still needs attention.')).toBeVisible()
  expect(questions[0]).toContain('Lamp · US Passport needs attention.')
  expect(questions[0]).toContain('Uneven light on the face')
  expect(readdirSync(harness.edges.saveFolder)).toEqual([])
  // Main refuses too, so no path saves it unasked.
  const refused = await app.evaluate(async () => {
    const jobs = await window.studio['photos:list-jobs']()
    if (!jobs.ok) throw new Error(jobs.error.message)
    const id = jobs.value[0]?.id ?? ''
    const saved = await window.studio['photos:save']({ jobId: id, what: 'photo' })
    return saved.ok ? 'saved' : saved.error.code
  })
  expect(refused).toBe('CONFIRMATION_REQUIRED')

  await result.getByRole('button', { name: 'Print…' }).click()
  await expect(result.getByText('Not put on a sheet: the photo still needs attention.')).toBeVisible()
  expect(questions[1]).toContain('Put this photo on a print sheet anyway?')

  answer = true
  await result.getByRole('button', { name: 'Save photo' }).click()
  await expect(result.getByRole('status').filter({ hasText: 'Saved to' })).toBeVisible()
  expect(readdirSync(harness.edges.saveFolder)).toHaveLength(1)
  await expect(result.getByText(/Confirmed for saving and printing at/)).toBeVisible()
  await expect(result.getByText(/Last saved to/)).toBeVisible()

  // Confirmed once, Print… puts it on the sheet with no second question.
  await result.getByRole('button', { name: 'Print…' }).click()
  await expect(app.getByRole('heading', { name: 'Photos on the sheet' })).toBeVisible()
  await expect(
    app.getByRole('region', { name: 'Photos and paper' }).getByText('Lamp · US Passport')
  ).toBeVisible()
  expect(questions).toHaveLength(3)
})

test('Print… of a photo that needs attention, confirmed, puts it on a sheet', async ({ app }) => {
  await chooseSpec(app, 'us passport', 'US Passport', 'us-passport')
  await app.getByLabel('Customer name or order number').fill('Lamp')
  await pickFiles(app, [await portrait('lamp.jpg', true)])
  await expectState(jobRow(app, 'Lamp · US Passport'), /Needs attention/)
  app.on('dialog', (dialog) => void dialog.accept())
  await app.getByRole('region', { name: 'Result' }).getByRole('button', { name: 'Print…' }).click()
  const photos = app.getByRole('region', { name: 'Photos and paper' })
  await expect(photos.getByText('Lamp · US Passport')).toBeVisible()
  await expect(app.getByRole('region', { name: 'Sheet preview' }).locator('img, svg').first()).toBeVisible()
})
