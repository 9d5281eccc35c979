import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { test, expect } from './harness-fixture'
import { chooseSpec, expectState, jobRow, naturalSize, pickFiles } from './helpers/photo-screen'
import { privateCups } from './helpers/private-cups'
import { createCupsPrinter } from '../../electron/main/services/printing/cups-printer'
import { cupsProcessEnv, measurePrinted, spooledOutput } from '../helpers/cups-output'
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

  // 2. Print sheets: choose it. The defaults are what a studio prints: 4×6 in, edge to edge, cut lines.
  await app.getByRole('button', { name: 'Print sheets', exact: true }).click()
  await app.getByLabel('Put Sheet customer · US Passport on the sheet').check()
  await expect(app.getByLabel('Paper', { exact: true })).toHaveValue('4x6in')
  await expect(app.getByLabel('Lines', { exact: true })).toBeChecked()
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
  // Six 2×2 in copies fill 4×6 in; the label has no room, and the layout says so rather than drop two copies.
  expect(placed).toBe(6)
  await expect(layout.getByRole('list', { name: 'Layout notes' })).toContainText('The label was left off')
  await expect(layout.getByRole('note', { name: 'More would fit' })).toHaveCount(0)
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

  // 5. Calibration on the harness printer: ruler page, 101 mm measured across and 98.5 mm down.
  const calibration = app.getByRole('region', { name: 'Printer calibration' })
  await expect(calibration.getByLabel('Printer', { exact: true })).toHaveValue('Harness Printer')
  await expect(calibration.locator('.factor-across')).toHaveText('1.000')
  await expect(calibration.locator('.factor-down')).toHaveText('1.000')
  await calibration.getByRole('button', { name: 'Print ruler test page' }).click()
  await expect(calibration.getByRole('status')).toContainText('Ruler test page: Sent to Harness Printer')
  expect(harness.edges.printed).toHaveLength(1)
  expect(harness.edges.printed[0]).toMatchObject({
    printerName: 'Harness Printer',
    title: 'Printer calibration ruler',
    widthMm: 210,
    heightMm: 297
  })
  expect(harness.edges.printed[0]?.bytes).toBeGreaterThan(0)
  await calibration.getByLabel('ACROSS ruler, measured (mm)').fill('101')
  await calibration.getByLabel('DOWN ruler, measured (mm)').fill('98.5')
  await calibration.getByRole('button', { name: 'Save calibration' }).click()
  await expect(calibration.locator('.factor-across')).toHaveText('0.990')
  await expect(calibration.locator('.factor-down')).toHaveText('1.015')
  await expect(calibration).toContainText('prints 1.0 % too large')
  await expect(calibration).toContainText('prints 1.5 % too small')
  await expect(output).toContainText('Harness Printer · calibration across 0.990, down 1.015')

  // 6. Print the sheet: the print system gets a page the size of the paper, named for the customer and spec.
  await output.getByRole('button', { name: 'Print', exact: true }).click()
  await expect(output.getByRole('status')).toHaveText(
    'Sent to Harness Printer through the harness, at true size.'
  )
  expect(harness.edges.printed).toHaveLength(2)
  const page = harness.edges.printed[1]
  expect(page?.printerName).toBe('Harness Printer')
  expect(page?.title).toBe('Sheet customer · US Passport')
  expect(Math.abs((page?.widthMm ?? 0) - 101.6)).toBeLessThan(0.01)
  expect(Math.abs((page?.heightMm ?? 0) - 152.4)).toBeLessThan(0.01)

  // 7. Reset goes back to no correction.
  await calibration.getByRole('button', { name: 'Reset calibration' }).click()
  await expect(calibration.locator('.factor-across')).toHaveText('1.000')
  await expect(output).toContainText('calibration none')
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

/** A finished US Passport photo for `customer`, then the Print sheets screen with it on the sheet. */
async function sheetFor(app: Page, customer: string): Promise<void> {
  await chooseSpec(app, 'us passport', 'US Passport', 'us-passport')
  await app.getByLabel('Customer name or order number').fill(customer)
  await pickFiles(app, [{ name: 'portrait.jpg', mimeType: 'image/jpeg', buffer: await syntheticPortrait() }])
  await expectState(jobRow(app, `${customer} · US Passport`), /Done/)
  await app.getByRole('button', { name: 'Print sheets', exact: true }).click()
  await app.getByLabel(`Put ${customer} · US Passport on the sheet`).check()
}

test('says when more copies would fit, takes the hint, and remembers the settings per paper', async ({
  app
}) => {
  await sheetFor(app, 'Hint')
  const layout = app.getByRole('region', { name: 'Layout' })
  await expect(layout.getByText('6 copies on the sheet')).toBeVisible()

  // A 4 mm margin, as the old defaults had: two copies, and the sheet says what would give six.
  await app.getByLabel('Margin (mm)').fill('4')
  await expect(layout.getByText('2 copies on the sheet')).toBeVisible()
  const hint = layout.getByRole('note', { name: 'More would fit' })
  await expect(hint).toHaveText('6 would fit with margin 0 and no label — use that')
  await hint.getByRole('button', { name: 'use that' }).click()
  await expect(layout.getByText('6 copies on the sheet')).toBeVisible()
  await expect(app.getByLabel('Margin (mm)')).toHaveValue('0')
  await expect(app.getByLabel('Label (customer, spec, date) where there is room')).not.toBeChecked()
  await expect(hint).toHaveCount(0)

  // 5×7 in has settings of its own.
  const paper = app.getByLabel('Paper', { exact: true })
  await paper.selectOption('5x7in')
  await expect(app.getByLabel('Label (customer, spec, date) where there is room')).toBeChecked()
  await app.getByLabel('Gap between copies (mm)').fill('2')
  await expect(layout.getByText('6 copies on the sheet')).toBeVisible()
  await paper.selectOption('4x6in')
  await expect(app.getByLabel('Label (customer, spec, date) where there is room')).not.toBeChecked()
  await expect(app.getByLabel('Gap between copies (mm)')).toHaveValue('0')

  // Kept by main: a reload brings both papers back as they were left.
  await app.reload()
  await app.getByRole('button', { name: 'Print sheets', exact: true }).click()
  await expect(app.getByLabel('Label (customer, spec, date) where there is room')).not.toBeChecked()
  await paper.selectOption('5x7in')
  await expect(app.getByLabel('Gap between copies (mm)')).toHaveValue('2')
})

test('without a print system the sheet goes to the print dialog, and the screen says the size is then up to it', async ({
  app,
  harness
}) => {
  const dialog = { kind: 'dialog' as const, label: 'the print dialog' }
  harness.edges.printer = {
    path: async () => dialog,
    list: async () => [{ name: 'Dialog Printer', isDefault: true }],
    print: async () => ({ printed: false, path: dialog })
  }
  await sheetFor(app, 'Fallback')
  const output = app.getByRole('region', { name: 'Output' })
  await expect(output).toContainText('its size is then up to the dialog')
  await output.getByRole('button', { name: 'Print…' }).click()
  await expect(output.getByRole('status')).toHaveText('Not printed: the print dialog was cancelled.')
})

test.describe('printing through the OS print system', () => {
  const cups = privateCups()

  test('prints from the screen through CUPS at true size, and says plainly when the printer is stopped', async ({
    app,
    harness
  }) => {
    test.skip(cups.reason !== null, `CUPS print test skipped: ${cups.reason}`)
    const env = cups.env()
    harness.edges.printer = createCupsPrinter({ env: cupsProcessEnv(env) })
    await sheetFor(app, 'Printed')
    const output = app.getByRole('region', { name: 'Output' })
    await expect(app.getByLabel('Printer', { exact: true })).toHaveValue(env.STUDIO_CUPS_PRINTER)
    await expect(output).toContainText('Prints through CUPS with scaling off')

    await output.getByRole('button', { name: 'Print', exact: true }).click()
    const status = output.getByRole('status')
    await expect(status).toHaveText(/^Sent to StudioPDF through CUPS \(job StudioPDF-\d+\), at true size\.$/)
    const jobId = /job (\S+)\)/.exec((await status.textContent()) ?? '')![1]!
    const printed = await measurePrinted(await spooledOutput(env, jobId))
    expect(Math.abs(printed.widthMm - 101.6)).toBeLessThanOrEqual(0.1)
    expect(Math.abs(printed.heightMm - 152.4)).toBeLessThanOrEqual(0.1)
    expect(printed.photos).toHaveLength(6)
    for (const photo of printed.photos) {
      expect(Math.abs(photo.widthMm - 50.8)).toBeLessThanOrEqual(0.2)
      expect(Math.abs(photo.heightMm - 50.8)).toBeLessThanOrEqual(0.2)
    }
    expect(printed.title).toContain('Printed')

    const admin = (cmd: string, args: string[]) => execFileSync(cmd, args, { env: cupsProcessEnv(env) })
    admin('cupsdisable', ['-r', 'Out of paper', env.STUDIO_CUPS_PRINTER])
    try {
      await output.getByRole('button', { name: 'Print', exact: true }).click()
      await expect(output.getByRole('alert')).toHaveText(
        /^The printer "StudioPDF" is stopped \(the printer says: Out of paper\)\. Resume it in the system's printer settings, then print again\./
      )
    } finally {
      admin('cupsenable', [env.STUDIO_CUPS_PRINTER])
    }
  })
})
