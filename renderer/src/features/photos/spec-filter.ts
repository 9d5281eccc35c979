import type { SpecSummary } from '../../../../electron/shared/contract'

/** A spec with its search text prepared once, so each keystroke is a plain substring test. */
export interface IndexedSpec extends SpecSummary {
  haystack: string
}

/** Lower case, accents removed ("Côte d’Ivoire" → "cote d'ivoire"), so search ignores both. */
export function normalizeText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[’‘]/g, "'").toLowerCase()
}

/** Prepares the list for fast searching by country, document name and code. */
export function indexSpecs(specs: readonly SpecSummary[]): IndexedSpec[] {
  return specs.map((spec) => ({
    ...spec,
    haystack: normalizeText(`${spec.name} ${spec.specCode} ${spec.specCode.replace(/[-_.]/g, ' ')}`)
  }))
}

/** The specs whose name or code contains every word of the query, in list order. */
export function filterSpecs(specs: readonly IndexedSpec[], query: string): IndexedSpec[] {
  const words = normalizeText(query).split(/\s+/).filter(Boolean)
  if (words.length === 0) return [...specs]
  return specs.filter((spec) => words.every((word) => spec.haystack.includes(word)))
}
