import type { paperIds, SheetPreferences, SheetSettings } from '../../../shared/contract/sheets'
import { paperMarginMm } from './paper'
import type { LengthUnit } from '../../../shared/i18n/locale'

type PaperKey = (typeof paperIds)[number]

/**
 * A paper's sheet settings before anything is remembered: the margin the paper calls for (0 on borderless photo
 * paper, so 4×6 in holds six 2×2 in copies edge to edge), no gap with cut lines on the shared edges, the label
 * where there is room, automatic orientation, 300 dpi. A custom paper starts at 10×15 cm, or 4×6 in where the
 * counter measures in inches.
 */
export function defaultSheetSettings(paper: PaperKey, unit: LengthUnit = 'mm'): SheetSettings {
  const settings: SheetSettings = {
    orientation: 'auto',
    marginMm: paper === 'custom' ? 0 : paperMarginMm(paper),
    gapMm: 0,
    guides: 'lines',
    label: true,
    dpi: 300
  }
  if (paper === 'custom')
    settings.customPaper =
      unit === 'in' ? { width: 4, height: 6, unit: 'in' } : { width: 100, height: 150, unit: 'mm' }
  return settings
}

/** The settings last used for this paper, with the margin last used on this printer, or the paper's defaults. */
export function recallSheetSettings(
  preferences: SheetPreferences,
  paper: PaperKey,
  printerName?: string,
  unit: LengthUnit = 'mm'
): { settings: SheetSettings; remembered: boolean } {
  const saved = preferences.papers.find((entry) => entry.paper === paper)?.settings
  const onPrinter =
    printerName === undefined
      ? undefined
      : preferences.printers.find((entry) => entry.paper === paper && entry.printerName === printerName)
  const settings = { ...(saved ?? defaultSheetSettings(paper, unit)) }
  if (onPrinter) settings.marginMm = onPrinter.marginMm
  return { settings, remembered: saved !== undefined || onPrinter !== undefined }
}

/** Keeps these settings for the paper, and their margin for the paper on this printer. */
export function rememberSheetSettings(
  preferences: SheetPreferences,
  paper: PaperKey,
  printerName: string | undefined,
  settings: SheetSettings
): SheetPreferences {
  const papers = [...preferences.papers.filter((entry) => entry.paper !== paper), { paper, settings }]
  let printers = preferences.printers
  if (printerName !== undefined && printerName !== '') {
    const others = printers.filter((entry) => !(entry.paper === paper && entry.printerName === printerName))
    // Most recent last; the oldest go first once the list is long (a studio has a handful of printers).
    printers = [...others, { paper, printerName, marginMm: settings.marginMm }].slice(-500)
  }
  return { papers, printers }
}
