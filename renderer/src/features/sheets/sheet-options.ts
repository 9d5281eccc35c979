import type {
  FillHintView,
  paperIds,
  SheetRequest,
  SheetSettings as RememberedSettings
} from '../../../../electron/shared/contract'

/** A paper the operator can pick, including 'custom'. */
export type PaperId = (typeof paperIds)[number]

/** The paper list as the counter reads it (the main side's presets, same ids). */
export const PAPER_CHOICES: { id: PaperId; label: string }[] = [
  { id: '4x6in', label: '4×6 in (10×15 cm)' },
  { id: '5x7in', label: '5×7 in (13×18 cm)' },
  { id: '3.5x5in', label: '3.5×5 in (89×127 mm)' },
  { id: 'a6', label: 'A6 (105×148 mm)' },
  { id: 'a5', label: 'A5 (148×210 mm)' },
  { id: 'a4', label: 'A4 (210×297 mm)' },
  { id: 'letter', label: 'US Letter (8.5×11 in)' },
  { id: 'custom', label: 'Custom size…' }
]

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
 * 4×6 in edge to edge with cut lines at 300 dpi: what most studios print, shown until main answers with the
 * settings remembered for the paper (sheets:get-settings), which have the same defaults.
 */
export const DEFAULT_SETTINGS: SheetSettings = {
  paper: '4x6in',
  customWidth: '100',
  customHeight: '150',
  customUnit: 'mm',
  orientation: 'auto',
  margin: '0',
  gap: '0',
  guides: 'lines',
  label: true,
  dpi: 300
}

/** The form's settings from what main remembered for the paper (numbers become text for the fields). */
export function fromRemembered(
  paper: PaperId,
  remembered: RememberedSettings,
  current: SheetSettings
): SheetSettings {
  const custom = remembered.customPaper
  return {
    ...current,
    paper,
    orientation: remembered.orientation,
    margin: String(remembered.marginMm),
    gap: String(remembered.gapMm),
    guides: remembered.guides,
    label: remembered.label,
    dpi: remembered.dpi,
    ...(custom
      ? { customWidth: String(custom.width), customHeight: String(custom.height), customUnit: custom.unit }
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
export function applyHint(settings: SheetSettings, changes: FillHintView['changes']): SheetSettings {
  return {
    ...settings,
    ...(changes.marginMm !== undefined ? { margin: String(changes.marginMm) } : {}),
    ...(changes.gapMm !== undefined ? { gap: String(changes.gapMm) } : {}),
    ...(changes.orientation ? { orientation: changes.orientation } : {}),
    ...(changes.label === false ? { label: false } : {})
  }
}

/** Which typed fields are not usable numbers, so the form can mark them. */
export interface SettingsProblems {
  margin?: string
  gap?: string
  custom?: string
}

function parse(text: string): number | null {
  const value = Number(text.trim().replace(',', '.'))
  return text.trim() !== '' && Number.isFinite(value) ? value : null
}

/** The fields that cannot be sent as they are, each with what to type instead. */
export function settingsProblems(settings: SheetSettings): SettingsProblems {
  const problems: SettingsProblems = {}
  const margin = parse(settings.margin)
  if (margin === null || margin < 0 || margin > 50) problems.margin = 'Margin: enter 0 to 50 mm.'
  const gap = parse(settings.gap)
  if (gap === null || gap < 0 || gap > 30) problems.gap = 'Gap: enter 0 to 30 mm.'
  if (settings.paper === 'custom') {
    const width = parse(settings.customWidth)
    const height = parse(settings.customHeight)
    const max = settings.customUnit === 'in' ? 78 : 2000
    if (width === null || height === null || width <= 0 || height <= 0 || width > max || height > max)
      problems.custom = `Custom paper: enter a width and height above 0 and at most ${max} ${settings.customUnit}.`
  }
  return problems
}

/** The request for main, or the first problem to fix when there is nothing to print or a field is wrong. */
export function toSheetRequest(
  settings: SheetSettings,
  chosen: ChosenPhoto[],
  printerName: string | null
): { request: SheetRequest; problem: null } | { request: null; problem: string } {
  if (chosen.length === 0)
    return { request: null, problem: 'Choose at least one finished photo for the sheet.' }
  if (chosen.length > 12) return { request: null, problem: 'A sheet holds at most 12 different photos.' }
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
