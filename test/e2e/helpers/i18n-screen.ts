import type { Page } from '@playwright/test'
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser'
import { catalogue } from '../../../electron/shared/i18n/messages'

/**
 * Checks for a screen shown in another language (issue 13): no English left, and no text clipped. Phase B reuses
 * them for the walk-in journey.
 */

/** A message's literal runs of text, split where its placeholders are: what a reader would see of it. */
function runs(elements: MessageFormatElement[]): string[] {
  const out: string[] = []
  let current = ''
  const flush = () => {
    if (current.trim() !== '') out.push(current.trim())
    current = ''
  }
  for (const element of elements) {
    if (element.type === TYPE.literal) current += element.value
    else {
      flush()
      if (element.type === TYPE.tag) out.push(...runs(element.children))
      if (element.type === TYPE.select || element.type === TYPE.plural)
        for (const option of Object.values(element.options)) out.push(...runs(option.value))
    }
  }
  flush()
  return out
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * The English catalogue's words worth looking for on a screen in another language: every run of text of every
 * English message that has a word of 3 letters or more, less the runs the other language's catalogue uses too
 * (names such as "ID Photo Studio", "Photos", "Documents", "CUPS").
 */
export function englishRuns(other: 'fr'): string[] {
  const theirs = Object.values(catalogue[other])
    .flatMap((m) => runs(parse(m)))
    .join('\n')
  const mine = new Set(Object.values(catalogue.en).flatMap((m) => runs(parse(m))))
  return [...mine].filter((run) => /\p{L}{3,}/u.test(run) && !theirs.includes(run))
}

/**
 * Everything a person can read or hear on the page, or inside the element `scope` selects (the text, and the names
 * given in attributes), with the text the page marks translate="no": data (spec names and fields as the service
 * sends them), never the app's words. Both are read in one go, so a list that renders more rows in between (the
 * spec list is virtual) cannot show a name that was not yet among the marked ones. Marked texts come longest
 * first, so a name is taken out before a shorter one inside it.
 */
async function readScreen(page: Page, scope: string): Promise<{ text: string; marked: string[] }> {
  const read = await page.evaluate((selector) => {
    // innerText collapses runs of spaces, so the marked text is compared the same way.
    const marked = [...document.querySelectorAll('[translate="no"]')].map((e) =>
      (e.textContent ?? '').replace(/\s+/g, ' ').trim()
    )
    const root = document.querySelector<HTMLElement>(selector)
    if (root === null) return { text: '', marked }
    const attributes = ['aria-label', 'title', 'alt', 'placeholder', 'aria-roledescription']
    const named = [root, ...root.querySelectorAll('*')].flatMap((element) =>
      attributes.map((name) => element.getAttribute(name) ?? '').filter((text) => text !== '')
    )
    const options = [...root.querySelectorAll('option')].map((option) => option.textContent ?? '')
    return { text: [root.innerText, ...named, ...options].join('\n'), marked }
  }, scope)
  const marked = [...new Set(read.marked.filter((m) => m !== ''))].sort((a, b) => b.length - a.length)
  return { text: read.text, marked }
}

/**
 * The English runs found on the page (or in `scope`), each with the line it was found in; empty when none is left.
 * `data` are the names on screen that are data, not the app's words (a printer called "Harness Printer", a spec
 * "US Passport"), taken out of the text first, with every text the page marks translate="no".
 */
export async function englishOnScreen(
  page: Page,
  options: { data?: string[]; scope?: string; other?: 'fr' } = {}
): Promise<string[]> {
  const { scope = 'body', other = 'fr' } = options
  const screen = await readScreen(page, scope)
  const data = [...(options.data ?? []), ...screen.marked].sort((a, b) => b.length - a.length)
  let text = screen.text
  for (const name of data) text = text.split(name).join(' ')
  const lines = text.split('\n')
  return englishRuns(other).flatMap((run) => {
    // Whole words only, so "Photo" does not match inside "Photographie".
    const pattern = new RegExp(`(^|[^\\p{L}])${escape(run)}($|[^\\p{L}])`, 'u')
    const line = lines.find((l) => pattern.test(l))
    return line === undefined ? [] : [`"${run}" in: ${line.slice(0, 160)}`]
  })
}

/**
 * Text that does not fit where it is shown: an element that hides its overflow (or ends in an ellipsis) and whose
 * content is wider or taller than its box, a button whose label is wider than the button, a select whose chosen
 * option is wider than the control, or any text running past the window's right edge. Scrolling containers
 * (overflow auto/scroll) scroll on purpose and are not counted.
 */
export async function clippedText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = []
    const describe = (element: Element) =>
      `${element.tagName.toLowerCase()}${element.className ? `.${String(element.className).split(' ').join('.')}` : ''}: "${(element.textContent ?? '').trim().slice(0, 60)}"`
    const visible = (element: Element) => {
      const box = element.getBoundingClientRect()
      const style = getComputedStyle(element)
      return box.width > 0 && box.height > 0 && style.visibility !== 'hidden' && style.display !== 'none'
    }
    const canvas = document.createElement('canvas').getContext('2d')
    for (const element of document.querySelectorAll('body *')) {
      if (!(element instanceof HTMLElement) || !visible(element)) continue
      if (element.closest('svg, img, canvas, [aria-hidden="true"], .visually-hidden')) continue
      const style = getComputedStyle(element)
      const ownText = [...element.childNodes].some(
        (n) => n.nodeType === 3 && (n.textContent ?? '').trim() !== ''
      )
      const hides = ['hidden', 'clip'].includes(style.overflowX) || style.textOverflow === 'ellipsis'
      if (ownText && hides && element.scrollWidth > element.clientWidth + 1)
        found.push(`cut off: ${describe(element)}`)
      if (
        ownText &&
        ['hidden', 'clip'].includes(style.overflowY) &&
        element.scrollHeight > element.clientHeight + 1
      )
        found.push(`cut off below: ${describe(element)}`)
      if (element instanceof HTMLButtonElement && element.scrollWidth > element.clientWidth + 1)
        found.push(`wider than its button: ${describe(element)}`)
      if (element instanceof HTMLSelectElement && canvas) {
        canvas.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`
        const chosen = element.selectedOptions[0]?.textContent ?? ''
        const room = element.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 12
        if (canvas.measureText(chosen).width > room) found.push(`cut off in its select: "${chosen}"`)
      }
      if (ownText) {
        const range = document.createRange()
        range.selectNodeContents(element)
        if (range.getBoundingClientRect().right > window.innerWidth + 1)
          found.push(`past the window's edge: ${describe(element)}`)
      }
    }
    if (document.documentElement.scrollWidth > window.innerWidth + 1)
      found.push(
        `the page scrolls sideways: ${document.documentElement.scrollWidth} px in ${window.innerWidth}`
      )
    return found
  })
}

/**
 * In the pseudo-locale every word of the catalogue is accented, so a plain ASCII word of three letters or more
 * on screen is text that bypassed the catalogue (or data: pass its names in `data`).
 */
export async function plainWordsOnScreen(page: Page, data: string[] = [], scope = 'body'): Promise<string[]> {
  const screen = await readScreen(page, scope)
  let text = screen.text
  const names = [...data, ...screen.marked].sort((a, b) => b.length - a.length)
  for (const name of names) text = text.split(name).join(' ')
  const words = text.match(/(?<![\p{L}\p{M}\d])[A-Za-z]{3,}(?![\p{L}\p{M}\d])/gu) ?? []
  // Hexadecimal runs are fingerprints and ids, not words.
  return [...new Set(words)].filter((word) => !/^[a-f]+$/.test(word))
}
