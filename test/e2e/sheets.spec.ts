import { readFileSync } from 'node:fs'
import { test, expect } from './harness-fixture'
import { chooseSpec, expectState, jobRow, naturalSize, pickFiles } from './helpers/photo-screen'
import { syntheticPortrait } from '../helpers/synthetic-portrait'
import { probePdf } from '../unit/services/sheets/pdf-probe'

const MM_PER_POINT = 25.4 / 72

test('a finished photo on a 4×6 in sheet with cut lines: preview, exact PDF, calibrated print', async ({
  app,
  harness
}) => {
  // 1. A finished direct photo, made through the UI.
  await chooseSpec(app, 'us passport', 'US Passport', 'us-passport')
  await app.getByLabel('Customer name or order number').fill('Sheet customer')
  await pickFiles(app, [{ name: 'portrait.jpg', mimeType: 'image/jpeg', buffer: await syntheticPortrait() }])
  await expectState(jobRow(app, 'Sheet customer · US Passport'), /Done/)

  // 2. Print sheets: choose it, 4×6 in, cut lines.
  await app.getByRole('button', { name: 'Print sheets', exact: true }).click()
  await app.getByLabel('Put Sheet customer · US Passport on the sheet').check()
  await app.getByLabel('Paper', { exact: true }).selectOption('4x6in')
  await app.getByLabel('Lines', { exact: true }).check()
  await expect(app.getByLabel('Copies of Sheet customer · US Passport')).toHaveValue('max')

  // 3. The preview is the sheet main renders for printing, at the paper's proportions.
  const preview = app.getByRole('img', { name: /^Sheet preview: \d+ cop(y|ies) on 4×6 in/ })
  await expect(preview).toBeVisible()
  const shown = await naturalSize(preview)
  expect(shown.width / shown.height).toBeCloseTo(101.6 / 152.4, 2)
  const layout = app.getByRole('region', { name: 'Layout' })
  await expect(layout).toContainText('101.6×152.4 mm · portrait')
  const totalText = (await layout.getByText(/^\d+ cop(y|ies) on the sheet$/).textContent()) ?? ''
  const placed = Number(/^(\d+)/.exec(totalText)?.[1])
  expect(placed).toBeGreaterThan(0)
  const item = (await layout.getByRole('list', { name: 'Copies per photo' }).textContent()) ?? ''
  const [, w, h] = /(\d+(?:\.\d+)?)×(\d+(?:\.\d+)?) mm/.exec(item) ?? []
  expect(item).toContain(`${placed} placed`)

  // 4. Save PDF: read the file back, not the code's numbers.
  const output = app.getByRole('region', { name: 'Output' })
  await output.getByRole('button', { name: 'Save PDF…' }).click()
  const saved = output.getByRole('status')
  await expect(saved).toHaveText(/^Saved to .+\.pdf$/)
  const path = ((await saved.textContent()) ?? '').replace(/^Saved to /, '')
  expect(path.startsWith(harness.edges.saveFolder)).toBe(true)
  const pdf = await probePdf(readFileSync(path))
  expect(pdf.pageCount).toBe(1)
  expect(Math.abs(pdf.mediaBox.width * MM_PER_POINT - 101.6)).toBeLessThan(0.01)
  expect(Math.abs(pdf.mediaBox.height * MM_PER_POINT - 152.4)).toBeLessThan(0.01)
  expect(pdf.content.match(/\sDo\b/g) ?? []).toHaveLength(placed)
  expect(pdf.imageDraws).toHaveLength(placed)
  for (const draw of pdf.imageDraws) {
    expect(Math.abs(draw.width * MM_PER_POINT - Number(w))).toBeLessThan(0.1)
    expect(Math.abs(draw.height * MM_PER_POINT - Number(h))).toBeLessThan(0.1)
  }

  // 5. Calibration on the harness printer: ruler page, 101 mm measured → 0.990.
  const calibration = app.getByRole('region', { name: 'Printer calibration' })
  await expect(calibration.getByLabel('Printer', { exact: true })).toHaveValue('Harness Printer')
  await expect(calibration.locator('.factor')).toHaveText('1.000')
  await calibration.getByRole('button', { name: 'Print ruler test page' }).click()
  await expect(calibration.getByRole('status')).toContainText('Ruler test page sent to Harness Printer')
  expect(harness.edges.printed).toHaveLength(1)
  expect(harness.edges.printed[0]).toMatchObject({ printerName: 'Harness Printer' })
  expect(harness.edges.printed[0]?.bytes).toBeGreaterThan(0)
  await calibration.getByLabel('Measured length of the 100 mm ruler (mm)').fill('101')
  await calibration.getByRole('button', { name: 'Save calibration' }).click()
  await expect(calibration.locator('.factor')).toHaveText('0.990')
  await expect(calibration).toContainText('prints 1.0 % too large')
  await expect(output).toContainText('Harness Printer · calibration 0.990')

  // 6. Print the sheet: the printer gets a page the size of the paper, at 100 %.
  await output.getByRole('button', { name: 'Print…' }).click()
  await expect(output.getByRole('status')).toHaveText('Sent to Harness Printer.')
  expect(harness.edges.printed).toHaveLength(2)
  const page = harness.edges.printed[1]
  expect(page?.printerName).toBe('Harness Printer')
  expect(Math.abs((page?.widthMm ?? 0) - 101.6)).toBeLessThan(0.01)
  expect(Math.abs((page?.heightMm ?? 0) - 152.4)).toBeLessThan(0.01)

  // 7. Reset goes back to no correction.
  await calibration.getByRole('button', { name: 'Reset calibration' }).click()
  await expect(calibration.locator('.factor')).toHaveText('1.000')
  await expect(output).toContainText('calibration 1.000 (no correction)')
})

test('a mixed sheet: two customers of one family, a digital-only spec, and a locked preview left out', async ({
  app
}) => {
  const photo = async (search: string, name: string, code: string, customer: string) => {
    await chooseSpec(app, search, name, code)
    await app.getByLabel('Customer name or order number').fill(customer)
    await pickFiles(app, [
      { name: `${customer}.jpg`, mimeType: 'image/jpeg', buffer: await syntheticPortrait() }
    ])
    await expectState(jobRow(app, `${customer} · ${name}`), /Done/)
  }
  await photo('us passport', 'US Passport', 'us-passport', 'Parent')
  await photo('schengen', 'Schengen VISA', 'schengen-visa', 'Child')
  await photo('student id 600', 'Student ID Photo (600x600 Px)', 'student-id-600x600px', 'Online')
  await app.getByRole('radio', { name: 'Watermark preview' }).check()
  await photo('us passport', 'US Passport', 'us-passport', 'Not unlocked')

  await app.getByRole('button', { name: 'Print sheets', exact: true }).click()
  const photos = app.getByRole('list', { name: 'Finished photos' })
  await expect(photos.getByRole('listitem')).toHaveCount(3)
  await expect(photos).not.toContainText('Not unlocked')

  // 2 US Passport + 4 Schengen on A4.
  await app.getByLabel('Paper', { exact: true }).selectOption('a4')
  for (const [title, copies] of [
    ['Parent · US Passport', '2'],
    ['Child · Schengen VISA', '4']
  ] as const) {
    await app.getByLabel(`Put ${title} on the sheet`).check()
    await app.getByLabel(`Copies of ${title}`).selectOption('number')
    await app.getByLabel(`Number of copies of ${title}`).fill(copies)
  }
  const layout = app.getByRole('region', { name: 'Layout' })
  const perPhoto = layout.getByRole('list', { name: 'Copies per photo' })
  await expect(perPhoto.getByRole('listitem').nth(0)).toHaveText(
    /^Parent · US Passport: 50.8×50.8 mm · 2 placed of 2 asked$/
  )
  await expect(perPhoto.getByRole('listitem').nth(1)).toHaveText(
    /^Child · Schengen VISA: 35×45 mm · 4 placed of 4 asked$/
  )
  await expect(layout.getByText('6 copies on the sheet')).toBeVisible()
  await expect(app.getByRole('img', { name: /^Sheet preview: 6 copies on A4/ })).toBeVisible()

  // More than fit: the layout says how many did not.
  await app.getByLabel('Number of copies of Child · Schengen VISA').fill('200')
  await expect(layout.getByRole('list', { name: 'Layout warnings' })).toContainText(/Schengen VISA/)

  // A digital-only spec: the note instead of a guessed size, and its resolution offered.
  await app.getByLabel('Put Online · Student ID Photo (600x600 Px) on the sheet').check()
  await expect(photos).toContainText(/No physical size: printed at \d+ dpi/)
  await expect(app.getByLabel('Print resolution for Student ID Photo (600x600 Px)')).toBeVisible()
  await expect(layout.getByRole('list', { name: 'Layout notes' })).toContainText(
    'Student ID Photo (600x600 Px): No physical size'
  )
})

test('Print… on a finished photo opens a print sheet with that photo on it', async ({ app }) => {
  await chooseSpec(app, 'us passport', 'US Passport', 'us-passport')
  await app.getByLabel('Customer name or order number').fill('Reprint')
  await pickFiles(app, [{ name: 'portrait.jpg', mimeType: 'image/jpeg', buffer: await syntheticPortrait() }])
  await expectState(jobRow(app, 'Reprint · US Passport'), /Done/)
  await app.getByRole('region', { name: 'Result' }).getByRole('button', { name: 'Print…' }).click()
  await expect(app.getByRole('button', { name: 'Print sheets', exact: true })).toHaveAttribute(
    'aria-current',
    'page'
  )
  await expect(app.getByLabel('Put Reprint · US Passport on the sheet')).toBeChecked()
  await expect(app.getByRole('img', { name: /^Sheet preview: \d+ cop(y|ies) on/ })).toBeVisible()
})
