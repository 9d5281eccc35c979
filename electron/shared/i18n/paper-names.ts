import type { LengthUnit } from './locale'
import type { Translate } from './translate'

/** The paper presets, by id (the contract's paperIds without 'custom'). */
export type PresetPaperId = '4x6in' | '5x7in' | '3.5x5in' | 'a6' | 'a5' | 'a4' | 'letter'

type Size = readonly [width: number, height: number]

/**
 * How each paper is sold and named: photo papers by their inch size and the metric name they are sold under in
 * metric countries ("10×15 cm"), ISO papers by name and millimetres, US Letter by name and inches.
 */
const PAPERS: Record<
  PresetPaperId,
  { name?: 'A6' | 'A5' | 'A4' | 'letter'; inch?: Size; cm?: Size; mm?: Size }
> = {
  '4x6in': { inch: [4, 6], cm: [10, 15] },
  '5x7in': { inch: [5, 7], cm: [13, 18] },
  '3.5x5in': { inch: [3.5, 5], mm: [89, 127] },
  a6: { name: 'A6', mm: [105, 148] },
  a5: { name: 'A5', mm: [148, 210] },
  a4: { name: 'A4', mm: [210, 297] },
  letter: { name: 'letter', inch: [8.5, 11] }
}

function sizeText(
  t: Translate,
  kind: 'inch' | 'cm' | 'mm',
  [width, height]: Size,
  landscape = false
): string {
  const values = landscape ? { width: height, height: width } : { width, height }
  return t(kind === 'inch' ? 'units.size.in' : kind === 'cm' ? 'units.size.cm' : 'units.size.mm', values)
}

function nameOf(t: Translate, name: NonNullable<(typeof PAPERS)[PresetPaperId]['name']>): string {
  return name === 'letter' ? t('units.paper.name.letter') : name
}

/**
 * A paper as the paper list and the layout name it, with its size in both systems where it is sold in both, the
 * locale's unit first: "4×6 in (10×15 cm)" in the United States, "10×15 cm (4×6 po)" in French.
 */
export function paperLabel(id: PresetPaperId, t: Translate, unit: LengthUnit): string {
  const paper = PAPERS[id]
  const metric = paper.cm ? sizeText(t, 'cm', paper.cm) : paper.mm ? sizeText(t, 'mm', paper.mm) : null
  const inch = paper.inch ? sizeText(t, 'inch', paper.inch) : null
  if (paper.name)
    return t('units.paper.label.named', { name: nameOf(t, paper.name), size: inch ?? metric ?? '' })
  const [primary, secondary] = unit === 'in' ? [inch, metric] : [metric, inch]
  return t('units.paper.label.both', { primary: primary ?? '', secondary: secondary ?? '' })
}

/**
 * A paper's short name in an orientation, for a sheet size given in pixels: "6×4 in" (long side first in
 * landscape), "A4 landscape"; in the locale's unit where the paper has both ("15×10 cm" in French).
 */
export function paperSizeName(id: PresetPaperId, landscape: boolean, t: Translate, unit: LengthUnit): string {
  const paper = PAPERS[id]
  if (paper.name) {
    const name = nameOf(t, paper.name)
    return landscape ? t('units.paper.name.landscape', { name }) : name
  }
  if (unit === 'mm' && paper.cm) return sizeText(t, 'cm', paper.cm, landscape)
  if (unit === 'mm' && paper.mm) return sizeText(t, 'mm', paper.mm, landscape)
  return sizeText(t, 'inch', paper.inch ?? [0, 0], landscape)
}
