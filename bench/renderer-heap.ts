// Renderer heap before and after 100 photos (issue: "flat, within +20 MB"). The real renderer runs in Debian's
// Chromium on the browser harness, backed by the real handlers and the in-process demo service. 100 synthetic
// portraits go through the drop-in file picker in batches of 10, and every finished result is opened in the
// result view (so its blob URLs are made and revoked as a person would cause). The JS heap is read after a forced
// garbage collection, through the DevTools protocol.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type Page } from '@playwright/test'
import { startHarness } from '../test/helpers/harness/harness-server'
import { chooseSpec, pickFiles } from '../test/e2e/helpers/photo-screen'
import { syntheticPortrait } from '../test/helpers/synthetic-portrait'
import type { BenchResult } from './types'

const PHOTOS = 100
const BATCH = 10

/** Measures the renderer's heap growth over 100 photos. */
export async function benchRendererHeap(): Promise<BenchResult[]> {
  const dataDir = mkdtempSync(join(tmpdir(), 'bench-heap-data-'))
  const saveFolder = mkdtempSync(join(tmpdir(), 'bench-heap-save-'))
  const harness = await startHarness({ dataDir, saveFolder })
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update']
  })
  try {
    const page = await browser.newPage()
    await page.goto(harness.url)
    await chooseSpec(page, 'us passport', 'US Passport', 'us-passport')
    const cdp = await page.context().newCDPSession(page)
    const heap = async () => {
      await cdp.send('HeapProfiler.collectGarbage')
      await cdp.send('HeapProfiler.collectGarbage')
      return (await cdp.send('Runtime.getHeapUsage')).usedSize
    }
    const portrait = await syntheticPortrait({ width: 900, height: 1125 })
    // Warm-up: one photo through the whole path, so code and caches loaded once do not count as growth.
    await pickFiles(page, [{ name: 'warm-up.jpg', mimeType: 'image/jpeg', buffer: portrait }])
    await waitForJobs(page, 1)
    await openEveryResult(page)
    const before = await heap()
    const started = Date.now()
    for (let done = 0; done < PHOTOS; done += BATCH) {
      const files = Array.from({ length: BATCH }, (_, i) => ({
        name: `customer-${done + i + 1}.jpg`,
        mimeType: 'image/jpeg',
        buffer: portrait
      }))
      await pickFiles(page, files)
      await waitForJobs(page, 1 + done + BATCH)
      await openEveryResult(page)
    }
    const seconds = (Date.now() - started) / 1000
    const after = await heap()
    const growthMb = (after - before) / 2 ** 20
    return [
      {
        name: 'renderer heap growth over 100 photos',
        input: `${PHOTOS} synthetic 900×1125 JPEG portraits, US Passport, Demo service, Chromium`,
        median: growthMb,
        unit: 'MB',
        target: '≤ +20 MB',
        pass: growthMb <= 20,
        extra: { beforeMb: before / 2 ** 20, afterMb: after / 2 ** 20, seconds }
      }
    ]
  } finally {
    await browser.close()
    await harness.close()
    rmSync(dataDir, { recursive: true, force: true })
    rmSync(saveFolder, { recursive: true, force: true })
  }
}

/** Waits until `count` jobs have settled, reading the page's own job list. */
async function waitForJobs(page: Page, count: number): Promise<void> {
  await page.waitForFunction(
    async (n) => {
      const jobs = await window.studio['photos:list-jobs']()
      return (
        jobs.ok && jobs.value.filter((j) => j.state === 'done' || j.state === 'needs-attention').length >= n
      )
    },
    count,
    { polling: 250, timeout: 120_000 }
  )
}

/** Opens each job's result in the result view, as staff do at the counter. */
async function openEveryResult(page: Page): Promise<void> {
  const rows = page.getByRole('grid', { name: 'Photo queue' }).getByRole('row')
  const total = await rows.count()
  for (let i = 0; i < Math.min(total, BATCH); i++) {
    await rows.nth(i).getByRole('button').first().click()
    await page.getByRole('region', { name: 'Result' }).getByRole('img').first().waitFor()
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(await benchRendererHeap(), null, 2))
}
