// The live check's whole loop in Chromium (issue 10), apart from bench/capture.ts because it drives a browser
// (typechecked with the e2e files, as renderer-heap.ts is).
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { startHarness } from '../test/helpers/harness/harness-server'
import { launchWithCamera, portraitFrame, writeY4m } from '../test/e2e/helpers/fake-camera'
import { chooseSpec } from '../test/e2e/helpers/photo-screen'
import type { BenchResult } from './types'

const ASTRONAUT = fileURLToPath(new URL('../test/fixtures/photos/astronaut.png', import.meta.url))

/** The whole loop as the operator sees it: Chromium's fake camera, the Camera view, the harness, the engine. */
export async function browserLoopRate(): Promise<BenchResult> {
  const folder = mkdtempSync(join(tmpdir(), 'bench-camera-'))
  const y4m = join(folder, 'astronaut.y4m')
  writeY4m(y4m, await portraitFrame(ASTRONAUT, 1280, 960), 1280, 960)
  const harness = await startHarness({ dataDir: folder, saveFolder: folder })
  const browser = await launchWithCamera({ y4m })
  try {
    const page = await (await browser.newContext({ permissions: ['camera'] })).newPage()
    let checks: number[] = []
    page.on('requestfinished', (request) => {
      if (request.url().includes('capture%3Acheck-frame')) checks.push(performance.now())
    })
    await page.goto(harness.url)
    await chooseSpec(page, 'us passport', 'US Passport', 'us-passport')
    await page.getByRole('button', { name: 'Camera', exact: true }).click()
    await page.getByTestId('capture-guide').waitFor()
    // Warm-up (models loaded, kernels warm), then 10 s counted.
    await new Promise((r) => setTimeout(r, 4000))
    checks = []
    await new Promise((r) => setTimeout(r, 10_000))
    const rate = checks.length > 1 ? ((checks.length - 1) * 1000) / (checks.at(-1)! - checks[0]!) : 0
    return {
      name: 'capture: live check in the Camera view',
      input: 'Chromium fake camera 1280×960 (y4m of the astronaut), 640 px frames over the harness IPC',
      median: Math.round(rate * 10) / 10,
      unit: 'checks/s',
      target: '≥ 5 checks/s',
      pass: rate >= 5,
      extra: { checks: checks.length }
    }
  } finally {
    await browser.close()
    await harness.close()
    rmSync(folder, { recursive: true, force: true })
  }
}
