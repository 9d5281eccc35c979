import { expect, type Locator, type Page } from '@playwright/test'

/** A file as a test hands it to the page. */
export interface TestFile {
  name: string
  mimeType: string
  buffer: Buffer
}

/** Finds a spec by typing in the search box and picks the row with that name and code. */
export async function chooseSpec(page: Page, search: string, name: string, code: string): Promise<void> {
  await page.getByLabel('Search specs').fill(search)
  await specOption(page, name, code).click()
  await expect(page.getByRole('region', { name: `Spec details: ${name}` })).toBeVisible()
}

/** A row of the spec list: its accessible name is its visible text, the name, then the code, size, background. */
export function specOption(page: Page, name: string, code: string): Locator {
  return page.getByRole('option', { name: new RegExp(`^${escape(name)} ${escape(code)}(?: ·|$)`) }).first()
}

/** Adds files through the file picker behind the drop zone. */
export async function pickFiles(page: Page, files: TestFile[]): Promise<void> {
  await page.getByLabel('Choose photo files').setInputFiles(files)
}

// These run inside the page. The node tsconfig has no DOM library, so the page's objects are described here.
interface PageGlobals {
  DataTransfer: new () => { items: { add(file: File): void } }
}
interface ImageElement {
  complete: boolean
  naturalWidth: number
  naturalHeight: number
}

/** Drags files over the photo screen and drops them on the full-screen overlay, as a person would. */
export async function dropFiles(page: Page, files: TestFile[]): Promise<void> {
  const payload = files.map((f) => ({ name: f.name, type: f.mimeType, base64: f.buffer.toString('base64') }))
  const transfer = await page.evaluateHandle((items) => {
    const data = new (globalThis as unknown as PageGlobals).DataTransfer()
    for (const item of items) {
      const bytes = Uint8Array.from(atob(item.base64), (c) => c.charCodeAt(0))
      data.items.add(new File([bytes], item.name, { type: item.type }))
    }
    return data
  }, payload)
  await page
    .getByRole('button', { name: /^Add photos/ })
    .dispatchEvent('dragenter', { dataTransfer: transfer })
  const overlay = page.getByTestId('drop-overlay')
  await expect(overlay).toBeVisible()
  await overlay.dispatchEvent('dragover', { dataTransfer: transfer })
  await overlay.dispatchEvent('drop', { dataTransfer: transfer })
  await expect(overlay).toBeHidden()
}

/** The queue row of a job, by its title ("customer · spec name"). */
export function jobRow(page: Page, title: string): Locator {
  return page
    .getByRole('grid', { name: 'Photo queue' })
    .getByRole('row', { name: new RegExp(`^${escape(title)}: `) })
}

/** Waits until a job's row shows one of the states. */
export async function expectState(row: Locator, states: RegExp, timeout = 30_000): Promise<void> {
  await expect(row).toHaveAccessibleName(new RegExp(`: (${states.source})$`), { timeout })
}

/** The decoded pixel size of an image element, once it has loaded. */
export async function naturalSize(image: Locator): Promise<{ width: number; height: number }> {
  const read = (node: unknown) => {
    const img = node as ImageElement
    return {
      loaded: img.complete && img.naturalWidth > 0,
      width: img.naturalWidth,
      height: img.naturalHeight
    }
  }
  await expect.poll(async () => (await image.evaluate(read)).loaded).toBe(true)
  const { width, height } = await image.evaluate(read)
  return { width, height }
}

/**
 * The bytes of the original photo exactly as main hands them to the window (`photos:get-image` kind 'source'),
 * for the job of a customer. Read through the page's own studio API, like the result view does.
 */
export async function sourceAsShown(page: Page, customer: string): Promise<Buffer> {
  const base64 = await page.evaluate(async (name) => {
    const jobs = await window.studio['photos:list-jobs']()
    if (!jobs.ok) throw new Error(jobs.error.message)
    const job = jobs.value.find((j) => j.customer === name)
    if (!job) throw new Error(`no job for ${name}`)
    const image = await window.studio['photos:get-image']({ jobId: job.id, kind: 'source' })
    if (!image.ok) throw new Error(image.error.message)
    let text = ''
    for (let i = 0; i < image.value.bytes.length; i += 0x8000) {
      text += String.fromCharCode(...image.value.bytes.subarray(i, i + 0x8000))
    }
    return btoa(text)
  }, customer)
  return Buffer.from(base64, 'base64')
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
