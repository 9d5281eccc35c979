import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Browser, BrowserContext, Page } from '@playwright/test'
import axe from 'axe-core'
import sharp, { type Sharp } from 'sharp'
import { expect, test } from './harness-fixture'
import { launchWithCamera, portraitFrame, submittedPhotos, writeY4m } from './helpers/fake-camera'
import { chooseSpec, jobRow, pickFiles } from './helpers/photo-screen'

// The camera flags are given only here, to browsers this file launches (a fake camera playing a y4m made below
// from the astronaut portrait, Chromium's own test pattern, or no camera), never to the other tests.
const FIXTURE = fileURLToPath(new URL('../fixtures/photos/astronaut.png', import.meta.url))
const W = 1280
const H = 960
const folder = mkdtempSync(join(tmpdir(), 'studio-fake-camera-'))
const y4m = join(folder, 'astronaut.y4m')
let frameRgb: Buffer
let browser: Browser | null = null
let context: BrowserContext | null = null

test.beforeAll(async () => {
  frameRgb = await portraitFrame(FIXTURE, W, H)
  writeY4m(y4m, frameRgb, W, H)
})
test.afterAll(() => rmSync(folder, { recursive: true, force: true }))
test.afterEach(async () => {
  await context?.close()
  await browser?.close()
  context = null
  browser = null
})

async function openApp(
  url: string,
  camera: Parameters<typeof launchWithCamera>[0],
  allow: boolean
): Promise<Page> {
  browser = await launchWithCamera(camera)
  context = await browser.newContext(allow ? { permissions: ['camera'] } : {})
  const page = await context.newPage()
  await page.goto(url)
  await page.getByText('ID Photo Studio').first().waitFor()
  return page
}

/** The guide's parts, in the video's pixels, read from the SVG. */
async function guideBox(page: Page, role: string) {
  const rect = page
    .getByTestId('capture-guide')
    .locator(`[data-role="${role}"] rect, rect[data-role="${role}"]`)
    .first()
  const read = async (name: string) => Number(await rect.getAttribute(name))
  return { x: await read('x'), y: await read('y'), width: await read('width'), height: await read('height') }
}

/** axe-core's serious and critical findings on the page as it is (the accessibility test's rule, here for the
 * Camera view and the hot-folder settings, which that test does not open). */
async function seriousViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source)
  const result = await page.evaluate(() =>
    (window as unknown as { axe: typeof axe }).axe.run(document, { resultTypes: ['violations'] })
  )
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id} on ${n.target.join(' ')}`))
}

/** Mean difference per pixel between two RGB pictures of the same size, 0–255. */
async function difference(a: Buffer, b: Buffer): Promise<number> {
  let sum = 0
  for (let i = 0; i < a.length; i++) sum += Math.abs(a[i]! - b[i]!)
  return sum / a.length
}

test('the Camera view draws the spec’s guide, gives live feedback, and a capture becomes a full-resolution job', async ({
  harness
}) => {
  const page = await openApp(harness.url, { y4m }, true)
  const sent = submittedPhotos(page)
  await chooseSpec(page, 'us passport', 'US Passport', 'us-passport')
  await page.getByLabel('Customer name or order number').fill('Ride')
  await page.getByRole('button', { name: 'Camera', exact: true }).click()
  const camera = page.getByRole('region', { name: 'Camera' })
  await expect(camera.getByRole('combobox', { name: 'Camera' })).toContainText('astronaut.y4m')
  await expect(camera.getByText(`${W} × ${H} px`)).toBeVisible()

  // The guide, from US Passport's own numbers: a square frame 90 % of the view's height, the eye band from
  // 2 − 1 3/8 in to 2 − 1 1/8 in of the 2 in photo, crown and chin bands whose far edges are the tallest head.
  const frame = await guideBox(page, 'frame')
  expect(frame.height).toBeCloseTo(0.9 * H, 3)
  expect(frame.width).toBeCloseTo(frame.height, 3)
  const eyes = await guideBox(page, 'eye-band')
  expect((eyes.y - frame.y) / frame.height).toBeCloseTo(0.625 / 2, 3)
  expect(eyes.height / frame.height).toBeCloseTo(0.25 / 2, 3)
  const crown = await guideBox(page, 'crown-band')
  const chin = await guideBox(page, 'chin-band')
  expect((chin.y + chin.height - crown.y) / frame.height).toBeCloseTo(1.375 / 2, 3)

  // Live feedback from the local face engine: the astronaut smiles with her teeth showing.
  const guide = page.getByTestId('capture-guide')
  await expect(guide).toHaveAttribute('data-state', 'adjust', { timeout: 30_000 })
  await expect(camera.getByText('Close the mouth: neutral expression')).toBeVisible()
  await expect(camera.getByTestId('camera-advice')).not.toHaveText(/Checking/)
  // The guide's colour is the state's: the theme's warning colour (--warn) for "adjust", not --ok or --err.
  const colours = await guide.locator('[data-role="frame"]').evaluate((el) => {
    const probe = (name: string) => {
      const span = document.createElement('span')
      span.style.color = `var(${name})`
      el.ownerDocument.body.append(span)
      const colour = getComputedStyle(span).color
      span.remove()
      return colour
    }
    return {
      stroke: getComputedStyle(el).stroke,
      warn: probe('--warn'),
      ok: probe('--ok'),
      err: probe('--err')
    }
  })
  expect(colours.stroke).toBe(colours.warn)
  expect(new Set([colours.warn, colours.ok, colours.err]).size).toBe(3)
  await expect(guide.locator('[data-role="face"]')).toHaveCount(1)
  await expect(camera.getByText(/live check \d+(\.\d)? a second/)).toBeVisible()
  expect(await seriousViolations(page)).toEqual([])

  // The live view is a mirror; the photo is not.
  await expect(camera.getByLabel('Live view', { exact: true })).toHaveCSS(
    'transform',
    'matrix(-1, 0, 0, 1, 0, 0)'
  )

  // The shutter has the focus once the live view is there: the space bar takes a burst of three, and the kept
  // frame goes to the queue for "Ride".
  await expect(camera.getByRole('button', { name: 'Take photo' })).toBeFocused()
  await page.keyboard.press('Space')
  await expect(camera.getByText(/Kept frame \d of 3/)).toBeVisible({ timeout: 30_000 })
  await expect(camera.getByText(`Sent to the queue at ${W} × ${H} px.`)).toBeVisible()
  await expect(jobRow(page, 'Ride · US Passport')).toBeVisible()
  expect(sent).toHaveLength(1)
  expect(sent[0]?.customer).toBe('Ride')
  const photo = sharp(sent[0]!.bytes)
  expect(await photo.metadata()).toMatchObject({ width: W, height: H, format: 'jpeg' })
  const small = (image: Sharp) => image.resize(160, 120).removeAlpha().raw().toBuffer()
  const raw = () => sharp(frameRgb, { raw: { width: W, height: H, channels: 3 } })
  const asSent = await small(sharp(sent[0]!.bytes))
  const straight = await difference(asSent, await small(raw()))
  const flipped = await difference(asSent, await small(raw().flop()))
  expect(straight).toBeLessThan(flipped / 3)
})

test('the guide scales with the spec, the footswitch and the countdown take the photo', async ({
  harness
}) => {
  const page = await openApp(harness.url, { y4m }, true)
  // Settings › Camera: the footswitch types "B"; a countdown before each photo.
  await page.getByRole('button', { name: 'Settings' }).click()
  await page.getByRole('button', { name: 'Set footswitch key…' }).click()
  await page.keyboard.press('b')
  await expect(page.getByTestId('footswitch-key')).toHaveText('B')
  await page.getByLabel('Count down 3 seconds before each photo').click()
  await expect(page.getByLabel('Count down 3 seconds before each photo')).toBeChecked()
  await page.getByRole('button', { name: 'Photos' }).click()

  await chooseSpec(page, 'uk passport', 'UK Passport', 'uk-passport')
  await page.getByRole('button', { name: 'Camera', exact: true }).click()
  const camera = page.getByRole('region', { name: 'Camera' })
  await expect(camera.getByLabel('3-second countdown')).toBeChecked()
  const frame = await guideBox(page, 'frame')
  expect(frame.width / frame.height).toBeCloseTo(413 / 531, 3)
  // UK Passport gives no eye height: no eye band; its head is 29–34 mm of 45 mm.
  await expect(page.getByTestId('capture-guide').locator('[data-role="eye-band"]')).toHaveCount(0)
  const crown = await guideBox(page, 'crown-band')
  const chin = await guideBox(page, 'chin-band')
  expect((chin.y + chin.height - crown.y) / frame.height).toBeCloseTo(34 / 45, 2)
  await expect(camera.getByText('or press Space or the footswitch (B)')).toBeVisible()
  // Unmirrored when the operator prefers it.
  await camera.getByLabel('Mirror the live view').click()
  await expect(camera.getByLabel('Mirror the live view')).not.toBeChecked()
  await expect(camera.getByLabel('Live view', { exact: true })).toHaveCSS('transform', 'none')

  await page.locator('body').focus()
  await page.keyboard.press('b')
  await expect(camera.locator('.countdown')).toHaveText('3')
  await expect(camera.getByText(/Sent to the queue at 1280 × 960 px/)).toBeVisible({ timeout: 30_000 })
  await expect(page.getByRole('grid', { name: 'Photo queue' }).getByRole('row')).toHaveCount(1)
})

test('the camera is asked for its full resolution, not the 640 × 480 it starts at', async ({ harness }) => {
  // Chromium's own fake camera starts at 640 × 480 and offers up to its largest size.
  const page = await openApp(harness.url, 'pattern', true)
  const sent = submittedPhotos(page)
  const largest = await page.evaluate(async () => {
    const stream = await navigator.mediaDevices.getUserMedia({ video: true })
    const track = stream.getVideoTracks()[0]!
    const caps = track.getCapabilities()
    const start = track.getSettings()
    track.stop()
    return { width: caps.width?.max ?? 0, height: caps.height?.max ?? 0, start: [start.width, start.height] }
  })
  expect(largest.start).toEqual([640, 480])
  expect(largest.width).toBeGreaterThan(640)
  await chooseSpec(page, 'us passport', 'US Passport', 'us-passport')
  await page.getByRole('button', { name: 'Camera', exact: true }).click()
  const camera = page.getByRole('region', { name: 'Camera' })
  await camera.getByRole('button', { name: 'Take photo' }).click()
  await expect(camera.getByText(`Sent to the queue at ${largest.width} × ${largest.height} px.`)).toBeVisible(
    {
      timeout: 45_000
    }
  )
  expect(await sharp(sent[0]!.bytes).metadata()).toMatchObject({
    width: largest.width,
    height: largest.height
  })
})

test('a refused camera permission, or no camera at all, is said plainly and the rest of the screen works', async ({
  harness
}) => {
  const page = await openApp(harness.url, { y4m }, false)
  await chooseSpec(page, 'us passport', 'US Passport', 'us-passport')
  // From the keyboard: "Add photos…" and "Camera" are one toolbar, the arrow keys move between them.
  await page.getByRole('button', { name: 'Add photos…' }).focus()
  await page.keyboard.press('ArrowRight')
  await expect(page.getByRole('button', { name: 'Camera', exact: true })).toBeFocused()
  await page.keyboard.press('Enter')
  const camera = page.getByRole('region', { name: 'Camera' })
  await expect(camera.getByRole('alert')).toContainText('The app was not allowed to use the camera')
  await expect(camera.getByRole('button', { name: 'Try again' })).toBeVisible()
  // Dropping a photo still works.
  const portrait = await sharp(FIXTURE).resize(900).jpeg().toBuffer()
  await page.getByLabel('Customer name or order number').fill('Walk-in')
  await pickFiles(page, [{ name: 'walk-in.jpg', mimeType: 'image/jpeg', buffer: portrait }])
  await expect(jobRow(page, 'Walk-in · US Passport')).toBeVisible()
  await camera.getByRole('button', { name: 'Close camera' }).click()
  await expect(camera).toBeHidden()
  await context?.close()
  await browser?.close()

  const none = await openApp(harness.url, 'none', true)
  await none.getByRole('button', { name: 'Camera', exact: true }).click()
  await expect(none.getByRole('region', { name: 'Camera' }).getByRole('alert')).toContainText(
    'No camera was found'
  )
})

test('a hot folder set up in Settings queues a new photo and the Photos screen says so', async ({
  harness
}) => {
  const page = await openApp(harness.url, 'none', false)
  await page.getByRole('button', { name: 'Settings' }).click()
  const hot = page.getByRole('region', { name: 'Hot folder' })
  await hot.getByRole('group', { name: 'Add a folder' }).getByLabel('Spec').selectOption('us-passport')
  await hot.getByRole('button', { name: 'Choose folder and start watching…' }).click()
  const row = hot.getByRole('list', { name: 'Watched folders' }).getByRole('listitem')
  await expect(row).toContainText('Watching')
  expect(await seriousViolations(page)).toEqual([])
  await page.getByRole('button', { name: 'Photos' }).click()
  writeFileSync(
    join(harness.edges.saveFolder, 'Okafor_0001.jpg'),
    await sharp(FIXTURE).resize(1200).jpeg().toBuffer()
  )
  const activity = page.getByRole('region', { name: 'Hot folder activity' })
  await expect(activity).toContainText('Okafor_0001.jpg was queued for Okafor.', { timeout: 20_000 })
  await expect(jobRow(page, 'Okafor · US Passport')).toBeVisible()
  await activity.getByRole('button', { name: 'Pause hot folder' }).click()
  await expect(activity).toContainText('Hot folder paused')
})
