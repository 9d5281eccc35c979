import type { SpecSummary } from './api-schemas'

/** Lower case, accents removed, punctuation to spaces: "Côte-d'Ivoire" and "cote d ivoire" compare equal. */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}

// Common ways staff type a country that the spec names spell differently. Kept short: names and codes cover most.
const ALIASES: Record<string, string[]> = {
  us: ['usa', 'united states', 'america'],
  usa: ['us', 'united states'],
  uk: ['united kingdom', 'britain', 'gb'],
  gb: ['uk', 'united kingdom'],
  uae: ['united arab emirates'],
  eu: ['schengen', 'europe']
}

interface IndexedSpec {
  spec: SpecSummary
  /** Folded name and code, space separated, padded so word starts are " word". */
  haystack: string
  /** The same without spaces, so "divoire" finds "d'Ivoire". */
  compact: string
  code: string
}

// The index is built once per list object, so typing in the search box stays cheap over 300+ specs.
const indexCache = new WeakMap<readonly SpecSummary[], IndexedSpec[]>()

function indexFor(list: readonly SpecSummary[]): IndexedSpec[] {
  let index = indexCache.get(list)
  if (!index) {
    index = list.map((spec) => {
      const code = foldText(spec.specCode)
      const haystack = ` ${foldText(spec.specCodeName)} ${code} `
      return { spec, code, haystack, compact: haystack.replaceAll(' ', '') }
    })
    indexCache.set(list, index)
  }
  return index
}

/**
 * Finds specs whose country, document name or code contain every word of the query (case- and accent-blind).
 * Better matches come first: exact code, then words that start a word, then anywhere; ties keep list order.
 * An empty query returns the whole list.
 */
export function searchSpecs(list: readonly SpecSummary[], query: string): SpecSummary[] {
  const words = foldText(query)
    .split(' ')
    .filter((w) => w.length > 0)
  if (words.length === 0) return [...list]
  const folded = words.join(' ')
  const scored: { spec: SpecSummary; score: number; order: number }[] = []
  indexFor(list).forEach((entry, order) => {
    let score = 0
    for (const word of words) {
      const wordScore = scoreWord(entry, word)
      if (wordScore === 0) return
      score += wordScore
    }
    if (entry.code === folded) score += 100
    scored.push({ spec: entry.spec, score, order })
  })
  scored.sort((a, b) => b.score - a.score || a.order - b.order)
  return scored.map((s) => s.spec)
}

function scoreWord({ haystack, compact }: IndexedSpec, word: string): number {
  if (haystack.includes(` ${word} `)) return 4
  if (haystack.includes(` ${word}`)) return 3
  for (const alias of ALIASES[word] ?? []) {
    if (haystack.includes(` ${alias} `)) return 2
  }
  if (haystack.includes(word) || compact.includes(word)) return 1
  return 0
}
