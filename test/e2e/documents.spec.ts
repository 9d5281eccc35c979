import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { DEMO_CREDENTIALS, type DemoService } from '../../electron/main/demo'
import { test, expect } from './harness-fixture'

const JPEG_MAGIC = Buffer.from([0xff, 0xd8, 0xff])
const JPEG_START = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46]) // SOI, APP0 "JFIF"
const PNG_MAGIC = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
// The specimen documents the demo serves (resources/demo/documents).
const FRONT = { width: 1340, height: 956 }
const BACK = { width: 570, height: 228 }

function filesUnder(path: string): string[] {
  let stat
  try {
    stat = statSync(path)
  } catch {
    return [] // gone, or not ours to read
  }
  if (stat.isFile()) return [path]
  if (!stat.isDirectory()) return []
  let names: string[]
  try {
    names = readdirSync(path)
  } catch {
    return []
  }
  return names.flatMap((name) => filesUnder(join(path, name)))
}

function readOrEmpty(path: string): Buffer {
  try {
    return readFileSync(path)
  } catch {
    return Buffer.alloc(0)
  }
}

/** Records every document token the demo issued or was sent, by wrapping the in-process service the app calls. */
function recordDocumentTokens(demo: DemoService): Set<string> {
  const seen = new Set<string>()
  const handle = demo.handle.bind(demo)
  demo.handle = async (request) => {
    const path = new URL(request.url).pathname
    const inPath = /\/documents\/(?:refresh\/)?([^/]+)$/.exec(path)?.[1]
    if (inPath !== undefined) seen.add(decodeURIComponent(inPath))
    const response = await handle(request)
    if ((response.headers.get('content-type') ?? '').includes('json')) {
      const text = await response.clone().text()
      const issued = text.match(
        /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|\b[0-9a-f]{32}\b/g
      )
      for (const token of issued ?? []) seen.add(token)
    }
    return response
  }
  return seen
}

/** The most requests that fell inside any 60 s window. */
function busiestMinute(times: number[]): number {
  const sorted = [...times].sort((a, b) => a - b)
  let most = 0
  for (let i = 0; i < sorted.length; i++) {
    const start = sorted[i] as number
    most = Math.max(most, sorted.filter((t) => t >= start && t < start + 60_000).length)
  }
  return most
}

async function naturalSize(page: Page, testId: string): Promise<{ width: number; height: number } | null> {
  return page
    .getByTestId(testId)
    .evaluate((img: HTMLImageElement) =>
      img.complete && img.naturalWidth > 0 ? { width: img.naturalWidth, height: img.naturalHeight } : null
    )
    .catch(() => null)
}

async function openDocuments(app: Page): Promise<void> {
  await app
    .getByRole('navigation', { name: 'Main' })
    .getByRole('button', { name: 'Documents', exact: true })
    .click()
  await expect(app.getByRole('heading', { name: 'Documents', level: 1 })).toBeVisible()
}

// Main's temp files go to a folder of this test's own, so files other suites write to the shared temp directory at
// the same time cannot be mistaken for ours (Node and libvips read TMPDIR at each use).
let privateTmp = ''
let savedTmp: string | undefined
test.beforeEach(() => {
  savedTmp = process.env.TMPDIR
  privateTmp = mkdtempSync(join(tmpdir(), 'documents-e2e-tmp-'))
  process.env.TMPDIR = privateTmp
})

// The page goes first: an open page's EventSource reconnects to a closing harness and can hold its server open.
test.afterEach(async ({ page }) => {
  await page.close()
  if (savedTmp === undefined) delete process.env.TMPDIR
  else process.env.TMPDIR = savedTmp
  rmSync(privateTmp, { recursive: true, force: true })
})

test('a viewing session: tokens, front and back, resize, rotate, refresh, the limit kept, then nothing left behind', async ({
  app,
  harness
}) => {
  const tokens = recordDocumentTokens(harness.demo)
  await openDocuments(app)
  await expect(app.getByTestId('documents-environment')).toContainText('Demo')

  // A malformed access token is refused inline, before any request.
  const accessToken = app.getByLabel('Access token', { exact: true })
  await accessToken.fill('not a token')
  await app.getByRole('button', { name: 'Get tokens' }).click()
  await expect(accessToken).toHaveAttribute('aria-invalid', 'true')
  await expect(app.getByText('one unbroken string')).toBeVisible()
  const passbackPaths = () =>
    Object.keys(harness.demo.stats().requestsByPath).filter((path) => path.startsWith('/api/public/v3/'))
  expect(passbackPaths()).toEqual([])

  await accessToken.fill(DEMO_CREDENTIALS.documentPassback.accessToken)
  await app.getByRole('button', { name: 'Get tokens' }).click()
  const front = app.getByTestId('front-panel')
  const back = app.getByTestId('back-panel')
  await expect(app.getByTestId('front-fingerprint')).toHaveText(/^[0-9a-f]{10}$/)
  await expect(app.getByTestId('back-fingerprint')).toHaveText(/^[0-9a-f]{10}$/)
  await expect(accessToken).toHaveValue('')
  // Before the original is known, the prediction says so instead of guessing.
  await expect(app.getByTestId('front-predicted')).toContainText('known after the first fetch')

  // Front and back side by side, at their original sizes.
  await front.getByRole('button', { name: 'Fetch front' }).click()
  await back.getByRole('button', { name: 'Fetch back' }).click()
  await expect.poll(() => naturalSize(app, 'front-image')).toEqual(FRONT)
  await expect.poll(() => naturalSize(app, 'back-image')).toEqual(BACK)
  const [frontBox, backBox] = await Promise.all([
    app.getByTestId('front-viewer').boundingBox(),
    app.getByTestId('back-viewer').boundingBox()
  ])
  expect(frontBox && backBox && backBox.x > frontBox.x + frontBox.width - 1).toBe(true)
  expect(Math.abs((frontBox?.y ?? 0) - (backBox?.y ?? 1))).toBeLessThan(2)

  // Size bounds are checked inline; the request button is off until the size is valid.
  const width = front.getByLabel('Width (px)')
  await width.fill('50')
  await expect(width).toHaveAttribute('aria-invalid', 'true')
  await expect(front.getByText('Width must be between 100 and 1000 pixels.')).toBeVisible()
  await expect(front.getByRole('button', { name: 'Request this size from ID.me' })).toBeDisabled()
  await front.getByRole('button', { name: '300 × 200' }).click()
  await expect(width).toHaveAttribute('aria-invalid', 'false')

  // 300x200 on 1340x956: the height constrains, so 280x200; the service returns exactly the prediction.
  await expect(app.getByTestId('front-predicted')).toContainText('Predicted: 280 × 200 px')
  await front.getByRole('button', { name: 'Request this size from ID.me' }).click()
  await expect(app.getByTestId('front-actual')).toHaveText('Actual: 280 × 200 px (asked for 300 × 200)')
  await expect.poll(() => naturalSize(app, 'front-image')).toEqual({ width: 280, height: 200 })
  // Showing it at a size is display only.
  await front.getByRole('button', { name: 'Show at this size (no request)' }).click()
  await expect(app.getByTestId('front-zoom')).toHaveText('100%')

  // Rotate and zoom are display only. Views are independent until linked.
  await front.getByRole('button', { name: 'Rotate 90°' }).click()
  await expect(app.getByTestId('front-image')).toHaveAttribute('style', /rotate\(90deg\)/)
  await expect(app.getByTestId('back-image')).toHaveAttribute('style', /rotate\(0deg\)/)
  const zoomBefore = await app.getByTestId('front-zoom').textContent()
  await app.getByTestId('front-viewer').focus()
  await app.keyboard.press('+')
  await expect(app.getByTestId('front-zoom')).not.toHaveText(zoomBefore ?? '')
  // Menu commands go to the viewer last used; linked, they reach both.
  harness.context.core.host.emit('menu:command', 'viewer:toggle-link')
  await expect(app.getByLabel('Link front and back views')).toBeChecked()
  harness.context.core.host.emit('menu:command', 'viewer:toggle-invert')
  await expect(app.getByTestId('front-image')).toHaveAttribute('style', /invert\(1\)/)
  await expect(app.getByTestId('back-image')).toHaveAttribute('style', /invert\(1\)/)
  const documentRequests = (): number =>
    harness.demo.stats().documents['specimen-front']?.requestTimes.length ?? 0
  expect(documentRequests()).toBe(2)

  // Refresh swaps the token: a new fingerprint, no document request.
  const oldFingerprint = await app.getByTestId('front-fingerprint').textContent()
  await front.getByRole('button', { name: 'Refresh token' }).click()
  await expect(app.getByTestId('front-fingerprint')).not.toHaveText(oldFingerprint ?? '')
  await expect(app.getByTestId('front-fingerprint')).toHaveText(/^[0-9a-f]{10}$/)
  expect(documentRequests()).toBe(2)

  // Save as… is explicit and audited; it suggests the side and the date, never a token.
  const today = new Date()
  const day = [today.getFullYear(), today.getMonth() + 1, today.getDate()]
    .map((n) => String(n).padStart(2, '0'))
    .join('-')
  await back.getByRole('button', { name: 'Save as…' }).click()
  await expect(back.getByText(new RegExp(`Saved to .*id-document_back_${day}\\.jpg`))).toBeVisible()
  expect(readFileSync(join(harness.edges.saveFolder, `id-document_back_${day}.jpg`)).subarray(0, 3)).toEqual(
    JPEG_MAGIC
  )

  // Rapid clicks: the front's minute is spent (fetch + resize; the refreshed token names the same document), the
  // back's half spent. Requests wait in main, and identical clicks become one request, not six.
  for (let i = 0; i < 6; i++) await front.getByRole('button', { name: 'Fetch front' }).click()
  for (let i = 0; i < 6; i++) await back.getByRole('button', { name: 'Request this size from ID.me' }).click()
  await expect(app.getByTestId('front-queued')).toHaveText('1 queued')
  await expect(app.getByTestId('front-countdown')).toContainText(/Next request possible in 0:\d\d/)
  await expect(front.getByText(/already waiting for a slot; it runs once/)).toBeVisible()
  // A different request still joins the queue.
  await front.getByRole('button', { name: 'Request this size from ID.me' }).click()
  await expect(app.getByTestId('front-queued')).toHaveText('2 queued')
  await expect(app.getByTestId('back-in-window')).toHaveText('Requests in the last minute: 2/2')
  await expect(app.getByTestId('back-countdown')).toBeVisible()
  await expect(app.getByTestId('front-status')).toHaveText('Waiting for a free slot')
  // The countdown is live.
  const countdown = await app.getByTestId('front-countdown').textContent()
  await expect(app.getByTestId('front-countdown')).not.toHaveText(countdown ?? '', { timeout: 3_000 })

  // The demo's own counter: never more than 2 a minute per document, and never a 429.
  const stats = harness.demo.stats().documents
  for (const id of ['specimen-front', 'specimen-back']) {
    expect(busiestMinute(stats[id]?.requestTimes ?? []), id).toBeLessThanOrEqual(2)
    expect(stats[id]?.rejected429, id).toBe(0)
  }
  expect(stats['specimen-front']?.accepted).toBe(2)
  expect(stats['specimen-back']?.accepted).toBe(2)

  // Clear: images and tokens go, and the waiting requests with them.
  await app.getByRole('button', { name: 'Clear now' }).click()
  await expect(app.getByTestId('front-image')).toHaveCount(0)
  await expect(app.getByTestId('back-image')).toHaveCount(0)
  await expect(app.getByTestId('front-queued')).toHaveText('0 queued')
  await expect(app.getByTestId('front-fingerprint')).toHaveText('—')
  await expect(app.getByTestId('documents-idle')).toHaveText('Nothing in memory.')
  const blobs = await app.evaluate(
    () => [...document.querySelectorAll('img')].filter((i) => i.src.startsWith('blob:')).length
  )
  expect(blobs).toBe(0)
  expect(harness.demo.stats().documents['specimen-front']?.requestTimes.length).toBe(2)

  // The audit log has each action, and no token: exported as JSON lines, and its hash chain verifies.
  await app.getByRole('button', { name: 'Export…' }).click()
  await expect(app.getByText(/Audit log exported to /)).toBeVisible()
  const auditText = readFileSync(join(harness.edges.saveFolder, `audit-log_documents_${day}.jsonl`), 'utf8')
  for (const secret of [...tokens, DEMO_CREDENTIALS.documentPassback.accessToken])
    expect(auditText).not.toContain(secret)
  await app.getByRole('button', { name: 'Verify audit log' }).click()
  await expect(app.getByRole('status').filter({ hasText: 'The audit log is intact' })).toBeVisible()
  const actions = new Set(
    auditText
      .trim()
      .split('\n')
      .map((line) => (JSON.parse(line) as { action: string }).action)
  )
  for (const action of ['tokens', 'fetch', 'resize-request', 'refresh', 'export'])
    expect(actions).toContain(action)
  await app.getByRole('button', { name: 'Refresh', exact: true }).click()
  await expect(app.getByRole('cell', { name: 'resize request' }).first()).toBeVisible()

  // No image bytes and no token in the data folder or in the temp directory main used during the session.
  // Issued: 2 from attributes, 1 from the refresh.
  expect(tokens.size).toBeGreaterThanOrEqual(3)
  expect(tmpdir()).toBe(privateTmp)
  const fixed = [DEMO_CREDENTIALS.documentPassback.accessToken, DEMO_CREDENTIALS.documentPassback.apiToken]
  const dataFiles = filesUnder(harness.context.core.host.dataDir)
  // The audit log is a table of the studio database.
  expect(dataFiles.map((f) => f.slice(harness.context.core.host.dataDir.length))).toContain('/studio.db')
  // The save folder is where the person explicitly exported an image to; it is not a cache.
  const tempFiles = filesUnder(privateTmp).filter((f) => !f.startsWith(harness.edges.saveFolder))
  for (const file of new Set([...dataFiles, ...tempFiles])) {
    const bytes = readOrEmpty(file)
    // The database is binary (its WAL carries random salts and checksums), so there a JPEG is looked for by its
    // start of image and first marker, which chance does not produce.
    const jpeg = /studio\.db/.test(file) ? JPEG_START : JPEG_MAGIC
    expect(bytes.includes(jpeg), `${file} holds JPEG bytes`).toBe(false)
    expect(bytes.includes(PNG_MAGIC), `${file} holds PNG bytes`).toBe(false)
    const text = bytes.toString('latin1')
    for (const token of [...tokens, ...fixed])
      expect(text.includes(token), `${file} holds a token`).toBe(false)
  }
})

test('the screen shows the environment, and production in its colour', async ({ app }) => {
  await openDocuments(app)
  await expect(app.getByTestId('documents-environment')).toHaveClass(/doc-env-demo/)
  await app.getByRole('button', { name: 'Settings' }).click()
  app.once('dialog', (dialog) => void dialog.accept())
  // click, not check(): the radio is controlled and turns on only after main has saved the confirmed switch.
  await app.getByLabel('Production', { exact: true }).click()
  await expect(app.locator('.shell-production')).toHaveCount(1)
  await openDocuments(app)
  const bar = app.getByTestId('documents-environment')
  await expect(bar).toHaveClass(/doc-env-production/)
  await expect(bar).toContainText('PRODUCTION')
  const colour = await bar.evaluate((el) => getComputedStyle(el).backgroundColor)
  expect(colour).toBe('rgb(194, 65, 12)') // --prod
  // A malformed document token is refused before anything is sent.
  await app.getByLabel('Front document token').fill('short')
  await app.getByRole('button', { name: 'Use these tokens' }).click()
  await expect(app.getByLabel('Front document token')).toHaveAttribute('aria-invalid', 'true')
  await expect(app.getByTestId('front-fingerprint')).toHaveText('—')
})
