/** The fields of a spec the search looks at. */
export interface SearchableSpec {
  specCode: string
  name: string
}

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

interface Indexed<T> {
  spec: T
  /** Folded name and code, space separated and padded, so a word start is " word". */
  haystack: string
  code: string
}

// The index is built once per list object, so typing in the search box stays cheap over 300+ specs.
const indexCache = new WeakMap<readonly SearchableSpec[], Indexed<SearchableSpec>[]>()

function indexFor<T extends SearchableSpec>(list: readonly T[]): Indexed<T>[] {
  let index = indexCache.get(list) as Indexed<T>[] | undefined
  if (!index) {
    index = list.map((spec) => {
      const code = foldText(spec.specCode)
      return { spec, code, haystack: ` ${foldText(spec.name)} ${code} ` }
    })
    indexCache.set(list, index)
  }
  return index
}

/**
 * The specs where every word of the query starts a word of the country, document name or code (case- and
 * accent-blind): "us pass" finds US Passport but not Australia. Better matches come first: the exact code, then
 * whole words, then word starts, then a country alias ("usa", "uk"); ties keep list order. An empty query
 * returns the whole list.
 */
export function searchSpecs<T extends SearchableSpec>(list: readonly T[], query: string): T[] {
  const words = foldText(query)
    .split(' ')
    .filter((w) => w.length > 0)
  if (words.length === 0) return [...list]
  const folded = words.join(' ')
  const scored: { spec: T; score: number; order: number }[] = []
  indexFor(list).forEach((entry, order) => {
    let score = 0
    for (const word of words) {
      const wordScore = scoreWord(entry.haystack, word)
      if (wordScore === 0) return
      score += wordScore
    }
    if (entry.code === folded) score += 100
    scored.push({ spec: entry.spec, score, order })
  })
  scored.sort((a, b) => b.score - a.score || a.order - b.order)
  return scored.map((s) => s.spec)
}

function scoreWord(haystack: string, word: string): number {
  if (haystack.includes(` ${word} `)) return 4
  if (haystack.includes(` ${word}`)) return 3
  for (const alias of ALIASES[word] ?? []) {
    if (haystack.includes(` ${alias} `)) return 2
  }
  return 0
}
