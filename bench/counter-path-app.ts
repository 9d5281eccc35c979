// The counter path's fresh app and what it counts (bench/counter-path.ts has the people and their journeys): a
// browser harness on a new data folder, Debian's Chromium on it, two customers served in a row, and the tally of
// what a person did for each, with the verdict against a target.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type Page } from '@playwright/test'
import { findChromium } from '../scripts/find-chromium.mjs'
import { startHarness } from '../test/helpers/harness/harness-server'

export const CUSTOMERS = ['Jane Doe', 'John Roe'] as const

/** What a person did for one customer. */
export interface Tally {
  tabs: number
  keys: number
  typed: number
  clicks: number
  /** Picking the photo in the file dialog, or dragging it in; accepting the save dialog. */
  dialogs: number
}

export const empty = (): Tally => ({ tabs: 0, keys: 0, typed: 0, clicks: 0, dialogs: 0 })
export const total = (t: Tally) => t.tabs + t.keys + t.typed + t.clicks + t.dialogs

/** One customer served on the page by a new person, who counts what they do. */
export type Serve = (page: Page, customer: string, first: boolean) => Promise<Tally>

/** Runs one kind of person through two customers on a fresh app; null when the build has no shortcuts. */
export async function measure(
  serve: Serve,
  needsShortcuts: boolean
): Promise<{ first: Tally; next: Tally } | null> {
  const dataDir = mkdtempSync(join(tmpdir(), 'bench-counter-data-'))
  const saveFolder = mkdtempSync(join(tmpdir(), 'bench-counter-save-'))
  const harness = await startHarness({ dataDir, saveFolder })
  const found = findChromium()
  if (!found.path) throw new Error(found.error)
  const browser = await chromium.launch({
    executablePath: found.path,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update']
  })
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } })
    // File dialogs are answered by the bench: listening from the start turns that on before the first one opens.
    page.on('filechooser', () => undefined)
    await page.goto(harness.url)
    await page.getByLabel('Search specs').waitFor()
    await page.getByRole('option').or(page.locator('button.spec-choose')).first().waitFor()
    if (needsShortcuts && (await page.getByRole('button', { name: 'Keyboard shortcuts' }).count()) === 0)
      return null
    const first = await serve(page, CUSTOMERS[0], true)
    const next = await serve(page, CUSTOMERS[1], false)
    return { first, next }
  } finally {
    await browser.close()
    await harness.close()
    rmSync(dataDir, { recursive: true, force: true })
    rmSync(saveFolder, { recursive: true, force: true })
  }
}

export type Verdict = { target: string; pass: boolean }
export const atMost = (value: number, limit: number, what: string): Verdict => ({
  target: `≤ ${limit} ${what}`,
  pass: value <= limit
})

export const describe = (t: Tally) =>
  `${t.tabs} Tab, ${t.keys} other keys, ${t.typed} typed, ${t.clicks} clicks, ${t.dialogs} in OS dialogs`
