import { writeFile } from 'node:fs/promises'
import type { PrinterView, SheetLayoutView, SheetRequest as SheetRequestView } from '../../shared/contract'
import { AppError } from '../../shared/errors'
import type { Core } from '../core'
import {
  CalibrationStore,
  computeScaleCorrection,
  findPaperPreset,
  inchesToMm,
  layoutSheet,
  physicalSizeFor,
  renderRulerTestImage,
  renderSheetPdf,
  renderSheetRaster,
  type PaperChoice,
  type SheetLayout,
  type SheetRequest
} from '../services/sheets'
import { localDate } from '../services/jobs/result-file-name'
import type { PhotosFeature, SheetsFeature } from './feature-types'

/** A sheet, resolved: the layout and the photos it places. */
interface ResolvedSheet {
  layout: SheetLayout
  photos: Map<string, Uint8Array>
  notes: string[]
  paperLabel: string
  baseName: string
}

/**
 * Print sheets: the layout is computed in main (a pure function), composed with sharp or pdf-lib, and printed at
 * 100 % with the printer's stored scale correction. Files saved to disk are never corrected: they are exact.
 */
export async function createSheetsFeature(core: Core, photos: PhotosFeature): Promise<SheetsFeature> {
  const calibration = new CalibrationStore({ dataDir: core.host.dataDir })

  async function resolve(request: SheetRequestView): Promise<ResolvedSheet> {
    const images = new Map<string, Uint8Array>()
    const notes: string[] = []
    const customers = new Set<string>()
    const specNames = new Set<string>()
    const items: SheetRequest['items'] = []
    for (const [index, item] of request.items.entries()) {
      const photo = await photos.finalPhoto(item.jobId)
      images.set(item.jobId, photo.jpeg)
      if (photo.customer) customers.add(photo.customer)
      specNames.add(photo.specName)
      // For a digital-only spec the operator's dpi choice wins over the spec's own: that is what they asked to print.
      const spec =
        photo.spec.digitalOnly && item.digitalDpi ? { ...photo.spec, dpi: item.digitalDpi } : photo.spec
      const size = physicalSizeFor(spec, item.digitalDpi ?? 300)
      if (size.note) notes.push(`${photo.specName}: ${size.note}`)
      items.push({
        id: String(index),
        photoId: item.jobId,
        widthMm: size.widthMm,
        heightMm: size.heightMm,
        copies: item.copies,
        label: photo.specName
      })
    }
    const date = localDate(core.now())
    const labelText = [[...customers].join(', '), [...specNames].join(' + '), date]
      .filter((s) => s !== '')
      .join(' · ')
    const layout = layoutSheet({
      paper: paperChoice(request),
      orientation: request.orientation,
      items,
      marginMm: request.marginMm,
      gapMm: request.gapMm,
      guides: request.guides,
      dpi: request.dpi,
      ...(request.label ? { label: { text: labelText, position: 'bottom' as const } } : {})
    })
    const baseName = [[...customers][0] ?? 'sheet', [...specNames][0] ?? '', date]
      .filter((s) => s !== '')
      .join('_')
      .replace(/[^\p{L}\p{N}._-]+/gu, '_')
      .slice(0, 100)
    return { layout, photos: images, notes, paperLabel: paperLabel(request), baseName }
  }

  async function printerView(name: string, isDefault?: boolean): Promise<PrinterView> {
    const fromList = isDefault ?? (await core.host.printer.list()).some((p) => p.name === name && p.isDefault)
    return { name, isDefault: fromList, scaleCorrection: await calibration.get(name) }
  }

  return {
    handlers: {
      'sheets:layout': async (request) => {
        const sheet = await resolve(request)
        const correction = request.printerName ? await calibration.get(request.printerName) : 1
        return layoutView(sheet, correction)
      },
      'sheets:preview': async ({ request, dpi }) => {
        const sheet = await resolve(request)
        const correction = request.printerName ? await calibration.get(request.printerName) : 1
        const png = await renderSheetRaster(sheet.layout, sheet.photos, {
          dpi,
          format: 'png',
          scaleCorrection: correction
        })
        return {
          bytes: new Uint8Array(png),
          mime: 'image/png',
          width: Math.round((sheet.layout.paper.widthMm / 25.4) * dpi),
          height: Math.round((sheet.layout.paper.heightMm / 25.4) * dpi)
        }
      },
      'sheets:save': async ({ request, format }) => {
        const sheet = await resolve(request)
        const extension = format === 'jpeg' ? 'jpg' : format
        const path = await core.host.dialogs.chooseSavePath(
          'Save the print sheet',
          `${sheet.baseName}.${extension}`,
          [{ name: format.toUpperCase(), extensions: [extension] }]
        )
        if (path === null) return { path: null }
        const bytes =
          format === 'pdf'
            ? await renderSheetPdf(sheet.layout, sheet.photos, { title: `ID photo sheet ${sheet.baseName}` })
            : await renderSheetRaster(sheet.layout, sheet.photos, { dpi: request.dpi, format })
        await writeFile(path, bytes)
        return { path }
      },
      'sheets:print': async ({ request }) => {
        const sheet = await resolve(request)
        const correction = request.printerName ? await calibration.get(request.printerName) : 1
        const image = await renderSheetRaster(sheet.layout, sheet.photos, {
          dpi: request.dpi,
          format: 'png',
          scaleCorrection: correction
        })
        const printed = await core.host.printer.printImage({
          image,
          mime: 'image/png',
          widthMm: sheet.layout.paper.widthMm,
          heightMm: sheet.layout.paper.heightMm,
          ...(request.printerName ? { printerName: request.printerName } : {})
        })
        return { printed }
      },
      'sheets:list-printers': async () => {
        const printers = await core.host.printer.list()
        return Promise.all(printers.map((p) => printerView(p.name, p.isDefault)))
      },
      'sheets:print-ruler': async ({ printerName }) => {
        const ruler = await renderRulerTestImage('a4', { printerName, dpi: 300 })
        const printed = await core.host.printer.printImage({
          image: ruler.png,
          mime: 'image/png',
          widthMm: ruler.widthMm,
          heightMm: ruler.heightMm,
          printerName
        })
        return { printed }
      },
      'sheets:calibrate': async ({ printerName, expectedMm, measuredMm }) => {
        await calibration.set(printerName, computeScaleCorrection(expectedMm, measuredMm))
        return printerView(printerName)
      },
      'sheets:reset-calibration': async ({ printerName }) => {
        await calibration.reset(printerName)
        return printerView(printerName)
      }
    }
  }
}

function paperChoice(request: SheetRequestView): PaperChoice {
  if (request.paper !== 'custom') return request.paper
  const custom = request.customPaper
  if (!custom) throw new AppError('BAD_REQUEST', 'Enter the custom paper width and height.')
  const toMm = (v: number) => (custom.unit === 'in' ? inchesToMm(v) : v)
  return { widthMm: toMm(custom.width), heightMm: toMm(custom.height) }
}

function paperLabel(request: SheetRequestView): string {
  if (request.paper === 'custom' && request.customPaper) {
    const c = request.customPaper
    return `Custom ${c.width}×${c.height} ${c.unit}`
  }
  return findPaperPreset(request.paper)?.label ?? request.paper
}

function layoutView(sheet: ResolvedSheet, scaleCorrection: number): SheetLayoutView {
  const { layout } = sheet
  return {
    paper: { ...layout.paper, label: sheet.paperLabel },
    placements: layout.placements.map((p) => ({
      itemIndex: Number(p.itemId),
      jobId: p.photoId,
      xMm: p.xMm,
      yMm: p.yMm,
      widthMm: p.widthMm,
      heightMm: p.heightMm
    })),
    guides: layout.guides.segments.map((s) => ({ x1: s.x1Mm, y1: s.y1Mm, x2: s.x2Mm, y2: s.y2Mm })),
    guideStrokeMm: layout.guides.strokeMm,
    label: layout.label
      ? {
          text: layout.label.text,
          xMm: layout.label.xMm,
          yMm: layout.label.baselineYMm,
          sizeMm: layout.label.fontSizeMm
        }
      : null,
    placedCount: Object.keys(layout.placedCount)
      .sort((a, b) => Number(a) - Number(b))
      .map((id) => layout.placedCount[id] ?? 0),
    warnings: layout.warnings,
    notes: sheet.notes,
    scaleCorrection
  }
}
