import type { Page } from '@playwright/test'
import { syntheticPortrait } from '../helpers/synthetic-portrait'
import { test, expect } from './harness-fixture'
import { chooseSpec, expectState, jobRow, pickFiles } from './helpers/photo-screen'

const SCREENS = ['Photos', 'Print sheets', 'Documents', 'History', 'Settings'] as const

const open = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name, exact: true }).click()

/** Elements that still animate or ease: any transition or animation longer than 10 ms, by tag and class. */
const moving = (page: Page) =>
  page.evaluate(() => {
    const longest = (list: string) =>
      Math.max(...list.split(',').map((d) => parseFloat(d) * (d.includes('ms') ? 0.001 : 1)))
    const found: string[] = []
    for (const el of document.querySelectorAll<HTMLElement>('body *')) {
      const style = getComputedStyle(el)
      if (longest(style.transitionDuration) > 0.01 || longest(style.animationDuration) > 0.01) {
        found.push(`${el.tagName.toLowerCase()}.${el.className}`)
      }
    }
    if (getComputedStyle(document.documentElement).scrollBehavior === 'smooth')
      found.push('html: smooth scrolling')
    return found
  })

/** Controls a person could not see the edges of in forced colours: no border and no outline, by name. */
const edgeless = (page: Page) =>
  page.evaluate(() => {
    const found: string[] = []
    const controls = document.querySelectorAll<HTMLElement>(
      'button, [role="option"], [role="row"], input:not([type="checkbox"]):not([type="radio"]):not([type="range"]), select, .pill'
    )
    for (const el of controls) {
      const box = el.getBoundingClientRect()
      if (box.width === 0 || box.height === 0 || el.closest('[hidden], .visually-hidden')) continue
      const style = getComputedStyle(el)
      const border = style.borderStyle !== 'none' && parseFloat(style.borderTopWidth) >= 1
      const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 1
      // Link-style buttons read as underlined text; the system colours that as a link.
      const link = style.textDecorationLine.includes('underline')
      if (!border && !outline && !link)
        found.push(`${el.tagName.toLowerCase()} “${(el.textContent ?? '').trim().slice(0, 30)}”`)
    }
    return found
  })

test.afterEach(async ({ page }) => {
  await page.close()
})

test('forced colours keep every control, the selected row, focus and pills visible; reduced motion stops all motion', async ({
  app
}) => {
  test.setTimeout(120_000)
  await chooseSpec(app, 'us passport', 'US Passport', 'us-passport')
  for (const name of ['Ann', 'Ben']) {
    await app.getByLabel('Customer name or order number').fill(name)
    await pickFiles(app, [{ name: `${name}.jpg`, mimeType: 'image/jpeg', buffer: await syntheticPortrait() }])
    await expectState(jobRow(app, `${name} · US Passport`), /Done/)
  }
  await app.emulateMedia({ forcedColors: 'active', reducedMotion: 'reduce' })

  // The selected queue row is outlined in the system's highlight; a plain row has an edge of its own.
  const selected = jobRow(app, 'Ben · US Passport')
  await expect(selected).toHaveAttribute('aria-selected', 'true')
  await expect.poll(() => selected.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid')
  expect(await jobRow(app, 'Ann · US Passport').evaluate((el) => getComputedStyle(el).borderStyle)).toBe(
    'solid'
  )
  // The focus ring: 3 px in Highlight on the queue's focused control.
  const openBen = selected.getByRole('button', { name: /Ben/ })
  await app.getByRole('button', { name: 'Clear finished' }).focus()
  await app.keyboard.press('Tab')
  await expect(openBen).toBeFocused()
  expect(
    await openBen.evaluate((el) => [getComputedStyle(el).outlineStyle, getComputedStyle(el).outlineWidth])
  ).toEqual(['solid', '3px'])
  // A state pill keeps its edge; the photo keeps its true colours.
  const pill = selected.getByText('Done', { exact: true })
  expect(await pill.evaluate((el) => getComputedStyle(el).borderStyle)).toBe('solid')
  const frame = app.getByRole('region', { name: 'Result' }).locator('.photo-frame')
  expect(await frame.evaluate((el) => getComputedStyle(el).forcedColorAdjust)).toBe('none')

  for (const screen of SCREENS) {
    await open(app, screen)
    await expect(app.getByRole('heading', { level: 1 })).toBeVisible()
    expect(await edgeless(app), `${screen}: controls with no visible edge in forced colours`).toEqual([])
    expect(await moving(app), `${screen}: motion with reduced motion on`).toEqual([])
  }

  // The same checks fail without the modes: buttons ease their hover colour and the selected row has no outline.
  await app.emulateMedia({ forcedColors: 'none', reducedMotion: 'no-preference' })
  await open(app, 'Photos')
  expect((await moving(app)).length).toBeGreaterThan(0)
  expect(await jobRow(app, 'Ben · US Passport').evaluate((el) => getComputedStyle(el).outlineStyle)).toBe(
    'none'
  )
})
