import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import sharp from 'sharp'
import { test, expect } from './harness-fixture'
import {
  chooseSpec,
  expectState,
  jobRow,
  naturalSize,
  pickFiles,
  type TestFile
} from './helpers/photo-screen'
import { syntheticPortrait } from '../helpers/synthetic-portrait'
import { probePdf, ptToMm } from '../unit/services/sheets/pdf-probe'

// The face check before any quota, and the app's own measurement after, through the real renderer and handlers
// with the demo service (which uses the same face analysis). Fixture licences: test/fixtures/photos/README.md.

const fixture = (name: string) =>
  readFileSync(fileURLToPath(new URL(`../fixtures/photos/${name}`, import.meta.url)))

const png = (name: string, buffer: Buffer): TestFile => ({ name, mimeType: 'image/png', buffer })

/** The fixtures are small (US Passport needs 600×600 px): enlarged, as a camera photo of the same scene would be. */
async function enlarged(name: string, factor: number): Promise<Buffer> {
  const meta = await sharp(fixture(name)).metadata()
  return sharp(fixture(name))
    .resize(Math.round((meta.width ?? 0) * factor))
    .png()
    .toBuffer()
}

function makeCalls(harness: {
  demo: { stats(): { accounts: Record<string, { charges: number; calls: Record<string, number> }> } }
}) {
  const stats = harness.demo.stats().accounts['demo-key']
  return { charges: stats?.charges ?? 0, makeIdPhoto: stats?.calls['makeIdPhoto'] ?? 0 }
}

test.afterEach(async ({ page }) => {
  await page.close()
})

test('the cat photo is refused before any quota is spent: held, no Send anyway, and the demo saw no make call', async ({
  app,
  harness
}) => {
  await chooseSpec(app, 'us passport', 'US Passport', 'us-passport')
  await app.getByLabel('Customer name or order number').fill('Cat')
  await pickFiles(app, [png('chelsea.png', await enlarged('chelsea.png', 3))])
  const row = jobRow(app, 'Cat · US Passport')
  await expectState(row, /Held before sending/)
  await expect(row).toContainText('No face was found in this photo.')
  // Screen readers hear of it as it happens.
  await expect(
    app.getByRole('status').filter({ hasText: 'Held before sending: Cat · US Passport' })
  ).toBeAttached()

  const result = app.getByRole('region', { name: 'Result' })
  await expect(result.getByRole('img', { name: 'Photo as checked of Cat · US Passport' })).toBeVisible()
  const findings = result.getByRole('list', { name: 'Face check findings' })
  await expect(findings.getByRole('listitem')).toHaveCount(1)
  await expect(findings).toContainText('Not sent No face was found in this photo.')
  await expect(result.getByRole('button', { name: 'Send anyway' })).toHaveCount(0)
  expect(makeCalls(harness)).toEqual({ charges: 0, makeIdPhoto: 0 })

  await result.getByRole('button', { name: 'Don’t send' }).click()
  await expectState(row, /Cancelled/)
  expect(makeCalls(harness)).toEqual({ charges: 0, makeIdPhoto: 0 })
})

test('two faces ask to pick one; the pick, by keyboard, crops the upload to that face and sends it', async ({
  app,
  harness
}) => {
  // The astronaut smiles: for this test the open mouth is shown only, so the picked face goes straight on.
  await app
    .getByRole('navigation', { name: 'Main' })
    .getByRole('button', { name: 'Settings', exact: true })
    .click()
  const mouth = app.getByRole('checkbox', { name: /^Mouth open/ })
  await expect(mouth).toBeChecked()
  // The box shows the saved setting: it changes once main has saved it.
  await mouth.click()
  await expect(mouth).not.toBeChecked()
  await expect(
    app.getByRole('status').filter({ hasText: 'Mouth open (teeth or a smile): shown only.' })
  ).toBeVisible()
  await app
    .getByRole('navigation', { name: 'Main' })
    .getByRole('button', { name: 'Photos', exact: true })
    .click()

  // Two astronauts, the second one in front of the first one's shoulder, as two customers would stand: 1.75 faces
  // wide, so the upload (1800 px for US Passport) keeps each head tall enough for the spec.
  const face = await enlarged('astronaut.png', 1028 / 512)
  const side = (await sharp(face).metadata()).width ?? 0
  const pair = await sharp({
    create: { width: Math.round(side * 1.75), height: side, channels: 3, background: '#ffffff' }
  })
    .composite([
      { input: face, left: 0, top: 0 },
      { input: face, left: Math.round(side * 0.75), top: 0 }
    ])
    .png()
    .toBuffer()
  await chooseSpec(app, 'us passport', 'US Passport', 'us-passport')
  await app.getByLabel('Customer name or order number').fill('Two faces')
  await pickFiles(app, [png('pair.png', pair)])
  const row = jobRow(app, 'Two faces · US Passport')
  await expectState(row, /Held before sending/)
  const result = app.getByRole('region', { name: 'Result' })
  await expect(result.getByText('There are 2 faces in this photo.')).toBeVisible()
  await expect(result.getByRole('img', { name: 'Face check marks: 2 faces, numbered' })).toBeVisible()
  const checkedBefore = await naturalSize(
    result.getByRole('img', { name: 'Photo as checked of Two faces · US Passport' })
  )
  await expect(result.getByRole('button', { name: 'Send anyway' })).toHaveCount(0)
  expect(makeCalls(harness).makeIdPhoto).toBe(0)

  const pick = result.getByRole('group', { name: 'Pick the customer’s face' })
  await expect(pick.getByRole('button')).toHaveCount(2)
  const right = pick.getByRole('button', { name: /^Use face \d \(on the right\)$/ })
  await right.focus()
  await app.keyboard.press('Enter')
  await expectState(row, /Done|Needs attention/)
  await expect(result.getByText(/^Cropped to face \d, picked at /)).toBeVisible()
  expect(makeCalls(harness)).toEqual({ charges: 1, makeIdPhoto: 1 })

  // What was checked, and sent, is the crop around one face: narrower than the pair, with one face in it.
  await result.getByRole('button', { name: 'Face check' }).click()
  const checkedAfter = await naturalSize(
    result.getByRole('img', { name: 'Photo as checked of Two faces · US Passport' })
  )
  expect(checkedAfter.width).toBeLessThan(checkedBefore.width * 0.6)
  await expect(result.getByRole('img', { name: 'Face check marks' })).toBeVisible()
})

test('the astronaut warns about the open mouth; Send anyway is one key press and is recorded on the job', async ({
  app,
  harness
}) => {
  await chooseSpec(app, 'us passport', 'US Passport', 'us-passport')
  await app.getByLabel('Customer name or order number').fill('Astronaut')
  await pickFiles(app, [png('astronaut.png', await enlarged('astronaut.png', 2))])
  const row = jobRow(app, 'Astronaut · US Passport')
  await expectState(row, /Held before sending/)
  const result = app.getByRole('region', { name: 'Result' })
  const mouth = result.getByRole('list', { name: 'Face check findings' }).getByRole('listitem').filter({
    hasText: 'The mouth is open'
  })
  await expect(mouth).toContainText('Holds the photo')
  await expect(mouth).toContainText('Ask for a neutral expression with the mouth closed')
  // The overlay on the photo as checked: face box, eye line, chin and crown.
  await expect(result.getByRole('img', { name: 'Face check marks' })).toBeVisible()
  expect(makeCalls(harness).makeIdPhoto).toBe(0)

  const send = result.getByRole('button', { name: 'Send anyway' })
  await send.focus()
  await app.keyboard.press('Enter')
  await expectState(row, /Done|Needs attention/)
  await expect(result.getByText(/^Sent anyway at .+ despite: the mouth is open/)).toBeVisible()
  await expect(mouth).toContainText('Sent anyway')
  expect(makeCalls(harness)).toEqual({ charges: 1, makeIdPhoto: 1 })
})

test('a finished photo shows the measured criteria, the overlay toggles, and its check report holds the photo at true size', async ({
  app,
  harness
}) => {
  await chooseSpec(app, 'us passport', 'US Passport', 'us-passport')
  await app.getByLabel('Customer name or order number').fill('Measured')
  await pickFiles(app, [{ name: 'portrait.jpg', mimeType: 'image/jpeg', buffer: await syntheticPortrait() }])
  await expectState(jobRow(app, 'Measured · US Passport'), /Done/)
  const result = app.getByRole('region', { name: 'Result' })
  const criteria = result.getByRole('list', { name: 'Measured criteria' })
  await expect(
    criteria.getByRole('listitem').filter({ hasText: /^Head \d\.\d\d in \(1–1 3\/8\) ✓/ })
  ).toHaveCount(1)
  await expect(
    criteria.getByRole('listitem').filter({ hasText: /^Eyes \d\.\d\d in from bottom \(1 1\/8–1 3\/8\) ✓/ })
  ).toHaveCount(1)
  await expect(result.getByText('Every measured criterion passed.')).toBeVisible()

  const marks = result.getByRole('img', { name: 'Measured lines and allowed bands' })
  const toggle = result.getByRole('button', { name: 'Show measurements on the photo' })
  await expect(marks).toHaveCount(0)
  await toggle.click()
  await expect(toggle).toHaveAttribute('aria-pressed', 'true')
  await expect(marks).toBeVisible()
  await toggle.click()
  await expect(marks).toHaveCount(0)

  // The check report, saved and read back from the file: one page, the photo once, 2 × 2 in.
  await result.getByRole('button', { name: 'Save check report' }).click()
  const saved = result.getByText(/^Check report saved to /)
  await expect(saved).toBeVisible()
  const path = ((await saved.textContent()) ?? '').replace(/^Check report saved to /, '')
  expect(path.startsWith(harness.edges.saveFolder)).toBe(true)
  expect(path).toMatch(/Measured_us-passport-check-report_\d{4}-\d\d-\d\d\.pdf$/)
  const probe = await probePdf(readFileSync(path))
  expect(probe.pageCount).toBe(1)
  expect(probe.imageDraws).toHaveLength(1)
  expect(ptToMm(probe.imageDraws[0]!.width)).toBeCloseTo(50.8, 1)
  expect(ptToMm(probe.imageDraws[0]!.height)).toBeCloseTo(50.8, 1)

  // Printed through the app's print path (the harness's printer records each page).
  await result.getByRole('button', { name: 'Print check report…' }).click()
  await result.getByRole('button', { name: 'Print report' }).click()
  await expect(result.getByText(/^Check report sent to Harness Printer/)).toBeVisible()
  expect(harness.edges.printed.at(-1)).toMatchObject({
    printerName: 'Harness Printer',
    title: 'Measured · US Passport · check report'
  })
  expect([210, 215.9]).toContain(harness.edges.printed.at(-1)?.widthMm)
})
