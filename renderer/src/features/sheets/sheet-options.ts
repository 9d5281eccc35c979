import type {
  FillHintView,
  paperIds,
  SheetRequest,
  SheetSettings as RememberedSettings
} from '../../../../electron/shared/contract'
import type { LengthUnit } from '../../../../electron/shared/i18n/locale'
import { paperLabel, type PresetPaperId } from '../../../../electron/shared/i18n/paper-names'
import type { MessageRef, Translate } from '../../../../electron/shared/i18n/translate'

/** A paper the operator can pick, including 'custom'. */
export type PaperId = (typeof paperIds)[number]

const PRESETS: readonly PresetPaperId[] = ['4x6in', '5x7in', '3.5x5in', 'a6', 'a5', 'a4', 'letter']

/**
 * The paper list as the counter reads it (the main side's presets, same ids), each size in both units with the
 * locale's first: "4×6 in (10×15 cm)" in the United States, "10×15 cm (4×6 po)" in French.
 */
export function paperChoices(t: Translate, unit: LengthUnit): { id: PaperId; label: string }[] {
  return [
    ...PRESETS.map((id) => ({ id, label: paperLabel(id, t, unit) })),
    { id: 'custom', label: t('sheets.paper.custom') }
  ]
}

/** How many copies of one photo: as many as fit, or a number. */
export type Copies = 'max' | number

/** One finished photo chosen for the sheet. */
export interface ChosenPhoto {
  jobId: string
  copies: Copies
  /** Only for digital-only specs: the dpi their pixel size is printed at. */
  digitalDpi?: number
}

/** The sheet settings as typed (numbers stay text while the person edits them). */
export interface SheetSettings {
  paper: PaperId
  customWidth: string
  customHeight: string
  customUnit: 'mm' | 'in'
  orientation: SheetRequest['orientation']
  margin: string
  gap: string
  guides: SheetRequest['guides']
  label: boolean
  dpi: SheetRequest['dpi']
}

/**
 * 4×6 in (10×15 cm) edge to edge with cut lines at 300 dpi: what most studios print, shown until main answers
 * with the settings remembered for the paper (sheets:get-settings), which have the same defaults. A custom paper
 * starts in the locale's unit: 100×150 mm, or 4×6 in in the United States.
 */
export function defaultSettings(unit: LengthUnit): SheetSettings {
  return {
    paper: '4x6in',
    customWidth: unit === 'in' ? '4' : '100',
    customHeight: unit === 'in' ? '6' : '150',
    customUnit: unit,
    orientation: 'auto',
    margin: '0',
    gap: '0',
    guides: 'lines',
    label: true,
    dpi: 300
  }
}

/** A number as the field shows it: the locale's decimal sign ("0,5" in French), no grouping. */
export function decimalText(value: number, tag: string): string {
  return new Intl.NumberFormat(tag, { useGrouping: false, maximumFractionDigits: 3 }).format(value)
}

/** The form's settings from what main remembered for the paper (numbers become text for the fields). */
export function fromRemembered(
  paper: PaperId,
  remembered: RememberedSettings,
  current: SheetSettings,
  tag: string
): SheetSettings {
  const custom = remembered.customPaper
  const text = (value: number) => decimalText(value, tag)
  return {
    ...current,
    paper,
    orientation: remembered.orientation,
    margin: text(remembered.marginMm),
    gap: text(remembered.gapMm),
    guides: remembered.guides,
    label: remembered.label,
    dpi: remembered.dpi,
    ...(custom
      ? { customWidth: text(custom.width), customHeight: text(custom.height), customUnit: custom.unit }
      : {})
  }
}

/** What main keeps for the paper, or null while a field is not a usable number (nothing is kept then). */
export function toRemembered(settings: SheetSettings): RememberedSettings | null {
  const { request } = toSheetRequest(
    settings,
    [{ jobId: '00000000-0000-4000-8000-000000000000', copies: 1 }],
    null
  )
  if (request === null) return null
  return {
    orientation: request.orientation,
    marginMm: request.marginMm,
    gapMm: request.gapMm,
    guides: request.guides,
    label: request.label,
    dpi: request.dpi,
    ...(request.customPaper ? { customPaper: request.customPaper } : {})
  }
}

/** The settings after taking a "would fit" hint. */
export function applyHint(
  settings: SheetSettings,
  changes: FillHintView['changes'],
  tag: string
): SheetSettings {
  return {
    ...settings,
    ...(changes.marginMm !== undefined ? { margin: decimalText(changes.marginMm, tag) } : {}),
    ...(changes.gapMm !== undefined ? { gap: decimalText(changes.gapMm, tag) } : {}),
    ...(changes.orientation ? { orientation: changes.orientation } : {}),
    ...(changes.label === false ? { label: false } : {})
  }
}

/** Which typed fields are not usable numbers, so the form can mark them, each with what to type instead. */
export interface SettingsProblems {
  margin?: MessageRef
  gap?: MessageRef
  custom?: MessageRef
}

function parse(text: string): number | null {
  const value = Number(text.trim().replace(',', '.'))
  return text.trim() !== '' && Number.isFinite(value) ? value : null
}

/** The fields that cannot be sent as they are, each with what to type instead. */
export function settingsProblems(settings: SheetSettings): SettingsProblems {
  const problems: SettingsProblems = {}
  const margin = parse(settings.margin)
  if (margin === null || margin < 0 || margin > 50) problems.margin = { id: 'sheets.problem.margin' }
  const gap = parse(settings.gap)
  if (gap === null || gap < 0 || gap > 30) problems.gap = { id: 'sheets.problem.gap' }
  if (settings.paper === 'custom') {
    const width = parse(settings.customWidth)
    const height = parse(settings.customHeight)
    const max = settings.customUnit === 'in' ? 78 : 2000
    if (width === null || height === null || width <= 0 || height <= 0 || width > max || height > max)
      problems.custom = { id: 'sheets.problem.custom', values: { max, unit: settings.customUnit } }
  }
  return problems
}

/** The request for main, or the first problem to fix when there is nothing to print or a field is wrong. */
export function toSheetRequest(
  settings: SheetSettings,
  chosen: ChosenPhoto[],
  printerName: string | null
): { request: SheetRequest; problem: null } | { request: null; problem: MessageRef } {
  if (chosen.length === 0) return { request: null, problem: { id: 'sheets.problem.noPhoto' } }
  if (chosen.length > 12) return { request: null, problem: { id: 'sheets.problem.tooMany' } }
  const problems = settingsProblems(settings)
  const first = problems.custom ?? problems.margin ?? problems.gap
  if (first) return { request: null, problem: first }
  const request: SheetRequest = {
    paper: settings.paper,
    orientation: settings.orientation,
    items: chosen.map((c) => ({
      jobId: c.jobId,
      copies: c.copies,
      ...(c.digitalDpi !== undefined ? { digitalDpi: c.digitalDpi } : {})
    })),
    marginMm: parse(settings.margin) ?? 0,
    gapMm: parse(settings.gap) ?? 0,
    guides: settings.guides,
    label: settings.label,
    dpi: settings.dpi,
    ...(printerName !== null ? { printerName } : {})
  }
  if (settings.paper === 'custom') {
    request.customPaper = {
      width: parse(settings.customWidth) ?? 0,
      height: parse(settings.customHeight) ?? 0,
      unit: settings.customUnit
    }
  }
  return { request, problem: null }
}
