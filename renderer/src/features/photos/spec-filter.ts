import type { SpecSummary } from '../../../../electron/shared/contract'

/** A spec with its search text prepared once, so each keystroke is a plain substring test. */
export interface IndexedSpec extends SpecSummary {
  /** " us passport us passport": the name's and code's words, each preceded by a space. */
  haystack: string
}

/** Lower case, accents removed, punctuation as spaces ("Côte d’Ivoire" → "cote d ivoire"), so search ignores all three. */
export function normalizeText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}

/** Prepares the list for fast searching by country, document name and code. */
export function indexSpecs(specs: readonly SpecSummary[]): IndexedSpec[] {
  return specs.map((spec) => ({ ...spec, haystack: ` ${normalizeText(`${spec.name} ${spec.specCode}`)}` }))
}

/**
 * The specs where every word of the query starts a word of the name or code, in list order: "us pass" finds
 * US Passport but not Australia, and "cote" finds Côte d’Ivoire.
 */
export function filterSpecs(specs: readonly IndexedSpec[], query: string): IndexedSpec[] {
  const words = normalizeText(query).split(' ').filter(Boolean)
  if (words.length === 0) return [...specs]
  return specs.filter((spec) => words.every((word) => spec.haystack.includes(` ${word}`)))
}
