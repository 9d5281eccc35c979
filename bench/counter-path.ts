// The counter path (issue 14): clicks and keystrokes from opening the app to a saved US passport photo for a new
// customer, and again for the next customer. The real renderer runs in Chromium on the browser harness (real
// handlers, in-process demo service, a fresh data folder: a new studio with no spec used yet), driven by three
// kinds of people:
//   - keyboard only, Tab and typing: Tab (or Shift+Tab, whichever is fewer) to each control, Enter to use it;
//   - keyboard with the app's shortcuts (skipped where the app has none: the build before issue 14);
//   - mouse: click the controls, type the text, drag the photo in from the file manager.
// Counted: every key press (a chord such as Ctrl+S is one), every character typed, every click; picking the
// file in the OS file dialog counts as one action, and so does accepting the suggested name in the save dialog
// (the harness answers both dialogs itself). The journeys find controls by what a person sees, so they run on the
// builds before and after issue 14 alike: to measure another build, check it out, build it, and run
// `npx tsx bench/counter-path.ts` there with this file and counter-path-app.ts copied in.
import type { Page } from '@playwright/test'
import { dropFiles } from '../test/e2e/helpers/photo-screen'
import { syntheticPortrait } from '../test/helpers/synthetic-portrait'
import {
  atMost,
  CUSTOMERS,
  describe,
  empty,
  measure,
  total,
  type Serve,
  type Tally,
  type Verdict
} from './counter-path-app'
import type { BenchResult } from './types'

const QUERY = 'us passport'

// Controls as a person finds them, on the builds before and after issue 14.
type Target = 'search' | 'spec' | 'customer' | 'add' | 'save'

/** Whether the focused element is the control. Runs in the page. */
function focusedIs(target: Target): boolean {
  const el = document.activeElement as HTMLElement | null
  if (!el || el === document.body) return false
  const text = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim()
  switch (target) {
    case 'search':
      return el instanceof HTMLInputElement && el.type === 'search'
    case 'spec':
      return el.querySelector('code')?.textContent === 'us-passport'
    case 'customer':
      return (
        el instanceof HTMLInputElement && (el.closest('label')?.textContent ?? '').includes('Customer name')
      )
    case 'add':
      return text.startsWith('Add photos')
    case 'save':
      return el.tagName === 'BUTTON' && text === 'Save photo'
  }
}

class Person {
  tally = empty()
  constructor(readonly page: Page) {}

  async press(key: string): Promise<void> {
    await this.page.keyboard.press(key)
    if (key === 'Tab' || key === 'Shift+Tab') this.tally.tabs++
    else this.tally.keys++
  }

  async type(text: string): Promise<void> {
    await this.page.keyboard.type(text)
    this.tally.typed += text.length
  }

  async click(selector: Parameters<Page['locator']>[0] | ReturnType<Page['getByRole']>): Promise<void> {
    await (typeof selector === 'string' ? this.page.locator(selector) : selector).click()
    this.tally.clicks++
  }

  /**
   * Tabs to a control the shorter way round, as someone who knows the screen would: counts Tab presses forward
   * and Shift+Tab presses back, keeps the fewer. From the top of a fresh page only forward makes sense.
   */
  async tabTo(target: Target): Promise<void> {
    const page = this.page
    const fromTop = await page.evaluate(() => document.activeElement === document.body)
    await page.evaluate(() =>
      (document.activeElement as HTMLElement | null)?.setAttribute('data-bench-start', '')
    )
    const count = async (key: string) => {
      for (let n = 1; n <= 400; n++) {
        await page.keyboard.press(key)
        if (await page.evaluate(focusedIs, target)) return n
      }
      return Number.POSITIVE_INFINITY
    }
    const forward = await count('Tab')
    let backward = Number.POSITIVE_INFINITY
    if (!fromTop) {
      await page.evaluate(() => (document.querySelector('[data-bench-start]') as HTMLElement | null)?.focus())
      backward = await count('Shift+Tab')
    }
    await page.evaluate(() =>
      document.querySelector('[data-bench-start]')?.removeAttribute('data-bench-start')
    )
    const presses = Math.min(forward, backward)
    if (!Number.isFinite(presses)) throw new Error(`Tab never reached ${target}`)
    this.tally.tabs += presses
  }

  /** The file dialog: the person picks the photo (one action). */
  async pickPhoto(open: () => Promise<void>, photo: Buffer, name: string): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser')
    await open()
    await (await chooser).setFiles([{ name, mimeType: 'image/jpeg', buffer: photo }])
    this.tally.dialogs++
  }

  /** Saves, waits for the file, and counts accepting the save dialog's suggested name. */
  async saved(save: () => Promise<void>): Promise<void> {
    await save()
    this.tally.dialogs++
    await this.page
      .getByRole('region', { name: 'Result' })
      .getByText(/^Saved to /)
      .waitFor({ timeout: 60_000 })
  }
}

/** Waits until the chosen spec's details show, as a person would before going on. */
async function specShown(page: Page): Promise<void> {
  await page
    .getByRole('region', { name: 'Spec details: US Passport' })
    .getByText('Pixels')
    .waitFor({ timeout: 60_000 })
}

/** Waits until the result of this customer's photo can be saved. */
async function photoReady(page: Page, customer: string): Promise<void> {
  const result = page.getByRole('region', { name: 'Result' })
  await result.getByRole('heading', { name: `${customer} · US Passport` }).waitFor({ timeout: 60_000 })
  await page.waitForFunction(
    () => [...document.querySelectorAll('button')].some((b) => b.textContent === 'Save photo' && !b.disabled),
    undefined,
    { timeout: 60_000 }
  )
}

type Journey = (person: Person, customer: string, first: boolean, photo: Buffer) => Promise<void>

const keyboardOnly: Journey = async (p, customer, first, photo) => {
  if (first) {
    await p.tabTo('search')
    await p.type(QUERY)
    await p.tabTo('spec')
    await p.press('Enter')
    await specShown(p.page)
    await p.tabTo('customer')
  } else {
    await p.tabTo('customer')
    await p.press('Control+a')
  }
  await p.type(customer)
  await p.tabTo('add')
  await p.pickPhoto(() => p.press('Enter'), photo, `${customer}.jpg`)
  await photoReady(p.page, customer)
  await p.tabTo('save')
  await p.saved(() => p.press('Enter'))
}

const withShortcuts: Journey = async (p, customer, first, photo) => {
  if (first) {
    await p.press('Control+f')
    await p.type(QUERY)
    await p.press('Enter')
    await specShown(p.page)
  }
  await p.press('F2')
  await p.type(customer)
  await p.pickPhoto(() => p.press('Control+o'), photo, `${customer}.jpg`)
  await photoReady(p.page, customer)
  await p.saved(() => p.press('Control+s'))
}

const mouse: Journey = async (p, customer, first, photo) => {
  const page = p.page
  if (first) {
    await p.click(page.getByLabel('Search specs'))
    await p.type(QUERY)
    await p.click(
      page
        .locator('[role=option], button.spec-choose')
        .filter({ has: page.locator('code', { hasText: /^us-passport$/ }) })
        .first()
    )
    await specShown(page)
    await p.click(page.getByLabel('Customer name or order number'))
  } else {
    const next = page.getByRole('button', { name: /^Next customer/ })
    if ((await next.count()) > 0) await p.click(next)
    else {
      await p.click(page.getByLabel('Customer name or order number'))
      await p.press('Control+a')
    }
  }
  await p.type(customer)
  await dropFiles(page, [{ name: `${customer}.jpg`, mimeType: 'image/jpeg', buffer: photo }])
  p.tally.dialogs++
  await photoReady(page, customer)
  await p.saved(() => p.click(page.getByRole('button', { name: 'Save photo', exact: true })))
}

/** Each customer served by a new person going the journey's way. */
const serveBy =
  (journey: Journey, photo: Buffer): Serve =>
  async (page, customer, first) => {
    const person = new Person(page)
    await journey(person, customer, first, photo)
    return person.tally
  }

/** The counter path, measured for the three kinds of person. */
export async function benchCounterPath(): Promise<BenchResult[]> {
  const photo = await syntheticPortrait({ width: 900, height: 1125 })
  const input = `fresh app, Demo service, "${QUERY}", customers "${CUSTOMERS[0]}" then "${CUSTOMERS[1]}", Chromium`
  const results: BenchResult[] = []
  // Targets: before issue 14 the Tab-only path took 32 and 42 Tab presses; the mouse path 4 and 2 clicks.
  const kinds: [string, Journey, boolean, (t: Tally, first: boolean) => Verdict][] = [
    ['keyboard only (Tab)', keyboardOnly, false, (t, first) => atMost(t.tabs, first ? 20 : 25, 'Tab')],
    ['keyboard with shortcuts', withShortcuts, true, (t) => atMost(t.tabs, 0, 'Tab')],
    ['mouse', mouse, false, (t, first) => atMost(t.clicks, first ? 4 : 2, 'clicks')]
  ]
  for (const [kind, journey, needsShortcuts, judge] of kinds) {
    const tallies = await measure(serveBy(journey, photo), needsShortcuts)
    if (tallies === null) {
      console.error(`counter path, ${kind}: this build has no keyboard shortcuts; not measured`)
      continue
    }
    for (const [who, tally] of [
      ['new customer', tallies.first],
      ['next customer', tallies.next]
    ] as const) {
      const verdict = judge(tally, who === 'new customer')
      results.push({
        name: `counter path, ${kind}, ${who}`,
        input,
        median: total(tally),
        unit: 'actions',
        target: verdict.target,
        pass: verdict.pass,
        extra: {
          tabs: tally.tabs,
          keys: tally.keys,
          typed: tally.typed,
          clicks: tally.clicks,
          dialogs: tally.dialogs,
          detail: describe(tally)
        }
      })
    }
  }
  return results
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const r of await benchCounterPath())
    console.log(`${r.name}: ${r.median} actions (${r.extra?.['detail']})`)
}
