import type { PrintedView, PrinterView } from '../../shared/contract'
import { AppError } from '../../shared/errors'
import type { Core } from '../core'
import type { PrintJob } from '../services/platform'
import {
  CalibrationStore,
  computeScaleCorrection,
  fillHint,
  NO_CORRECTION,
  pageCorrection,
  recallSheetSettings,
  rememberSheetSettings,
  renderRulerTestImage,
  renderRulerTestPage,
  renderSheetPdf,
  renderSheetRaster,
  rulerPageGeometry,
  type PaperCorrection
} from '../services/sheets'
import { writeFileAtomic } from '../services/storage/write-file-atomic'
import { saveWithDialog } from '../services/files/save-file'
import type { PhotosFeature, SheetsFeature } from './feature-types'
import { layoutView, resolveSheet } from './sheets-request'
import { mainLocale, t } from '../services/i18n/main-language'

/** Below this margin a sheet counts as borderless, and the printer's borderless paper size is asked for. */
const BORDERLESS_BELOW_MM = 0.5

/**
 * Print sheets: the layout is computed in main (a pure function) and composed with pdf-lib or sharp. Printing
 * sends the PDF that "Save PDF" writes, with the printer's stored correction applied, to the OS print system with
 * scaling off (CUPS, Windows; a print dialog only where there is neither). Saved files are never corrected: they
 * are exact, and written atomically so the chosen path never holds half a file.
 */
export async function createSheetsFeature(core: Core, photos: PhotosFeature): Promise<SheetsFeature> {
  const calibration = new CalibrationStore({ dataDir: core.host.dataDir })
  const printer = core.host.printer
  const correctionFor = async (name: string | undefined): Promise<PaperCorrection> =>
    name ? calibration.get(name) : { ...NO_CORRECTION }

  async function printerView(name: string, isDefault?: boolean): Promise<PrinterView> {
    const fromList = isDefault ?? (await printer.list()).some((p) => p.name === name && p.isDefault)
    return { name, isDefault: fromList, correction: await calibration.get(name) }
  }

  async function print(job: PrintJob): Promise<PrintedView> {
    const outcome = await printer.print(job)
    return {
      printed: outcome.printed,
      printerName: job.printerName ?? null,
      path: outcome.path,
      jobId: outcome.jobId ?? null,
      note: outcome.note ?? null
    }
  }

  return {
    handlers: {
      'sheets:layout': async (request) => {
        const sheet = await resolveSheet(core, photos, request)
        return layoutView(
          sheet,
          await correctionFor(request.printerName),
          fillHint(sheet.request, sheet.layout)
        )
      },
      'sheets:preview': async ({ request, dpi }) => {
        const sheet = await resolveSheet(core, photos, request)
        const correction = await correctionFor(request.printerName)
        const png = await renderSheetRaster(sheet.layout, sheet.photos, {
          dpi,
          format: 'png',
          scaleCorrection: pageCorrection(correction, sheet.layout.paper.orientation)
        })
        return {
          bytes: new Uint8Array(png),
          mime: 'image/png',
          width: Math.round((sheet.layout.paper.widthMm / 25.4) * dpi),
          height: Math.round((sheet.layout.paper.heightMm / 25.4) * dpi)
        }
      },
      'sheets:save': async ({ request, format }) => {
        const sheet = await resolveSheet(core, photos, request)
        const extension = format === 'jpeg' ? 'jpg' : format
        const path = await saveWithDialog(core.host.dialogs, {
          title: t('dialogs.sheet.title'),
          folder: core.currentSettings().jobs.outputFolder,
          name: sheet.fileName(extension),
          filters: [{ name: format.toUpperCase(), extensions: [extension] }],
          bytes: async () =>
            format === 'pdf'
              ? await renderSheetPdf(sheet.layout, sheet.photos, {
                  title: t('sheetsMain.pdfTitle', { name: sheet.baseName })
                })
              : await renderSheetRaster(sheet.layout, sheet.photos, { dpi: request.dpi, format }),
          // The dialog may have confirmed replacing a file: it is replaced whole, or not at all.
          write: (to, bytes) =>
            writeFileAtomic(to, bytes).catch((error: unknown) => {
              throw new AppError('FILE_SYSTEM', t('sheetsMain.save.failed', { why: whyNotWritten(error) }), {
                cause: error
              })
            })
        })
        return { path }
      },
      'sheets:print': async ({ request }) => {
        const sheet = await resolveSheet(core, photos, request)
        const scaleCorrection = pageCorrection(
          await correctionFor(request.printerName),
          sheet.layout.paper.orientation
        )
        const pdf = await renderSheetPdf(sheet.layout, sheet.photos, {
          scaleCorrection,
          title: t('sheetsMain.pdfTitle', { name: sheet.baseName })
        })
        return print({
          pdf,
          widthMm: sheet.layout.paper.widthMm,
          heightMm: sheet.layout.paper.heightMm,
          ...(request.printerName ? { printerName: request.printerName } : {}),
          title: sheet.jobTitle,
          borderless: request.marginMm < BORDERLESS_BELOW_MM,
          image: async () => ({
            bytes: await renderSheetRaster(sheet.layout, sheet.photos, {
              dpi: request.dpi,
              format: 'png',
              scaleCorrection
            }),
            mime: 'image/png'
          })
        })
      },
      'sheets:list-printers': async () => {
        const [path, printers] = await Promise.all([printer.path(), printer.list()])
        return { path, printers: await Promise.all(printers.map((p) => printerView(p.name, p.isDefault))) }
      },
      'sheets:print-ruler': async ({ printerName, paper }) => {
        // Measured as the printer prints: never corrected itself.
        const page = rulerPageGeometry(paper, { printerName })
        return print({
          pdf: await renderRulerTestPage(paper, { printerName }),
          widthMm: page.widthMm,
          heightMm: page.heightMm,
          printerName,
          title: t('sheetsMain.ruler.jobTitle'),
          borderless: false,
          image: async () => ({
            bytes: (await renderRulerTestImage(paper, { printerName, dpi: 300 })).png,
            mime: 'image/png'
          })
        })
      },
      'sheets:calibrate': async ({ printerName, expectedMm, measuredAcrossMm, measuredDownMm }) => {
        await calibration.set(printerName, {
          across: computeScaleCorrection(expectedMm, measuredAcrossMm),
          down: computeScaleCorrection(expectedMm, measuredDownMm)
        })
        return printerView(printerName)
      },
      'sheets:reset-calibration': async ({ printerName }) => {
        await calibration.reset(printerName)
        return printerView(printerName)
      },
      'sheets:get-settings': async ({ paper, printerName }) =>
        recallSheetSettings(core.currentSettings().sheets, paper, printerName, mainLocale().unit),
      'sheets:remember-settings': async ({ paper, printerName, settings }) => {
        const next = rememberSheetSettings(core.currentSettings().sheets, paper, printerName, settings)
        await core.settings.setSheets(next)
        return recallSheetSettings(next, paper, printerName, mainLocale().unit)
      }
    }
  }
}

/** Why a write failed, as a case of the catalogue's select (sheetsMain.save.failed). */
function whyNotWritten(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code
  if (code === 'ENOSPC' || code === 'EFBIG' || code === 'EDQUOT') return 'full'
  if (code === 'EACCES' || code === 'EPERM') return 'permission'
  if (code === 'EROFS') return 'readOnly'
  if (code === 'ENOENT') return 'gone'
  return 'other'
}
