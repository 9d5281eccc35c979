/** A paper in portrait (width ≤ height), in millimetres. */
export interface PaperSize {
  widthMm: number
  heightMm: number
}

/** Within this, a named size is the paper (4×6 in is 101.6×152.4 mm; drivers round to whole points). */
const SAME_SIZE_MM = 0.6

/**
 * The names drivers and CUPS give the papers studios use: PPD names, Gutenprint's point sizes (w288h432), the
 * names CUPS generates for driverless printers, and PWG media names. Sizes not listed still match by `wNNNhNNN`.
 */
const KNOWN_NAMES: { widthMm: number; heightMm: number; names: string[] }[] = [
  { widthMm: 101.6, heightMm: 152.4, names: ['4x6', '4x6in', 'photo4x6', '10x15cm', 'na_index-4x6_4x6in'] },
  { widthMm: 127, heightMm: 177.8, names: ['5x7', '5x7in', 'photo5x7', '13x18cm', 'na_5x7_5x7in'] },
  {
    widthMm: 88.9,
    heightMm: 127,
    names: ['3.5x5', '3.5x5in', 'l', 'photol', '89x127mm', 'oe_photo-l_3.5x5in']
  },
  { widthMm: 105, heightMm: 148, names: ['a6', 'iso_a6_105x148mm'] },
  { widthMm: 148, heightMm: 210, names: ['a5', 'iso_a5_148x210mm'] },
  { widthMm: 210, heightMm: 297, names: ['a4', 'iso_a4_210x297mm'] },
  { widthMm: 215.9, heightMm: 279.4, names: ['letter', 'na_letter_8.5x11in'] }
]

/** Suffixes drivers use for the borderless version of a size ("4x6.Borderless", "A4.FB", "4x6.Fullbleed"). */
const BORDERLESS = /^(.+?)[._ -]?(borderless|fullbleed|full-bleed|fb)$/i

/** What to ask CUPS for. */
export interface MediaChoice {
  /** The value for `-o media=`: a size name the printer lists, or Custom.WxHmm. */
  media: string
  /** True when a borderless version of the size was chosen. */
  borderless: boolean
  /** True when the printer lists a size of this name; false for a custom size. */
  named: boolean
}

/**
 * The media to ask for, from the printer's list of page sizes (`lpoptions -l`, PageSize): its borderless version
 * of the paper when the sheet has no margin and the printer has one, else its plain size of the paper, else a
 * custom size when the printer accepts custom sizes (or lists no sizes at all, as a raw queue does). Null when the
 * printer offers neither the size nor custom sizes.
 */
export function chooseCupsMedia(
  pageSizes: readonly string[] | null,
  paper: PaperSize,
  wantBorderless: boolean
): MediaChoice | null {
  const size = portrait(paper)
  const custom = { media: customMedia(size), borderless: false, named: false }
  if (pageSizes === null || pageSizes.length === 0) return custom
  const matches = pageSizes.filter((name) => namesPaper(name.replace(BORDERLESS, '$1'), size))
  const borderless = matches.find((name) => BORDERLESS.test(name))
  const plain = matches.find((name) => !BORDERLESS.test(name))
  if (wantBorderless && borderless) return { media: borderless, borderless: true, named: true }
  if (plain) return { media: plain, borderless: false, named: true }
  if (borderless) return { media: borderless, borderless: true, named: true }
  if (pageSizes.some((name) => /^custom\./i.test(name))) return custom
  return null
}

/** Reads the page sizes from `lpoptions -p NAME -l`: the PageSize line's choices, without the default's star. */
export function parsePageSizes(lpoptionsOutput: string): string[] | null {
  const line = lpoptionsOutput.split(/\r?\n/).find((l) => /^PageSize\//.test(l))
  if (!line) return null
  const choices = line.slice(line.indexOf(':') + 1).trim()
  return choices === '' ? [] : choices.split(/\s+/).map((choice) => choice.replace(/^\*/, ''))
}

/** `Custom.101.6x152.4mm`: CUPS's custom size syntax, width first, in millimetres. */
export function customMedia(paper: PaperSize): string {
  const size = portrait(paper)
  return `Custom.${trim(size.widthMm)}x${trim(size.heightMm)}mm`
}

/**
 * The paper name SumatraPDF's `paper=` setting knows for this size (A2–A6, letter, legal, tabloid, statement),
 * or null: photo sizes have no such name, so the printer's own paper setting decides.
 */
export function sumatraPaperName(paper: PaperSize): string | null {
  const size = portrait(paper)
  const named: [string, number, number][] = [
    ['A4', 210, 297],
    ['A5', 148, 210],
    ['A6', 105, 148],
    ['letter', 215.9, 279.4]
  ]
  return named.find(([, w, h]) => same(w, size.widthMm) && same(h, size.heightMm))?.[0] ?? null
}

/** True when a paper name a Windows driver lists ("4 x 6 in", "10x15cm", "Photo 4x6") is this paper. */
export function windowsNamesPaper(name: string, paper: PaperSize): boolean {
  const compact = name
    .toLowerCase()
    .replace(/[\s"″]+/g, '')
    .replace(/×/g, 'x')
  return namesPaper(compact.replace(/^photo/, ''), portrait(paper))
}

function namesPaper(name: string, size: PaperSize): boolean {
  const lower = name.toLowerCase()
  const known = KNOWN_NAMES.find((k) => same(k.widthMm, size.widthMm) && same(k.heightMm, size.heightMm))
  if (known?.names.includes(lower)) return true
  const points = /^w(\d+(?:\.\d+)?)h(\d+(?:\.\d+)?)$/.exec(lower)
  if (points) {
    const [w, h] = [Number(points[1]), Number(points[2])].map((pt) => (pt / 72) * 25.4) as [number, number]
    return same(Math.min(w, h), size.widthMm) && same(Math.max(w, h), size.heightMm)
  }
  const dims = /^(\d+(?:\.\d+)?)x(\d+(?:\.\d+)?)(in|mm|cm)?$/.exec(lower)
  if (dims) {
    const unit = dims[3] === 'mm' ? 1 : dims[3] === 'cm' ? 10 : 25.4
    const [a, b] = [Number(dims[1]) * unit, Number(dims[2]) * unit]
    // Metric names round (10×15 cm is sold for 4×6 in), so they match within a few millimetres.
    const tolerance = dims[3] === 'cm' ? 2.5 : SAME_SIZE_MM
    return (
      Math.abs(Math.min(a, b) - size.widthMm) <= tolerance &&
      Math.abs(Math.max(a, b) - size.heightMm) <= tolerance
    )
  }
  return false
}

function portrait(paper: PaperSize): PaperSize {
  return {
    widthMm: Math.min(paper.widthMm, paper.heightMm),
    heightMm: Math.max(paper.widthMm, paper.heightMm)
  }
}

function same(a: number, b: number): boolean {
  return Math.abs(a - b) <= SAME_SIZE_MM
}

function trim(mm: number): string {
  return String(Math.round(mm * 100) / 100)
}
