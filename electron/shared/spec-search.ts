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

// Ways staff type a country that the spec names and codes spell differently. The first of each group is the form
// the spec codes use ("us-passport", "uk-visa"). Kept short: names and codes cover most.
const COUNTRY_GROUPS: readonly (readonly string[])[] = [
  ['us', 'usa', 'united states', 'united states of america', 'america'],
  ['uk', 'united kingdom', 'britain', 'great britain', 'gb'],
  ['uae', 'united arab emirates'],
  ['eu', 'schengen', 'europe']
]

/** One thing the person asked for: a word, or a country phrase with the other ways to say it. */
interface Term {
  /** What was typed first, then its equivalents. */
  alternatives: string[]
  /** The form a spec code would use: the group's first entry for a country, else the word. */
  canonical: string
}

interface Indexed<T> {
  spec: T
  /** Folded name, space padded, so a word start is " word". */
  name: string
  /** Folded code, space padded. */
  code: string
  foldedCode: string
  foldedName: string
}

// The index is built once per list object, so typing in the search box stays cheap over 300+ specs.
const indexCache = new WeakMap<readonly SearchableSpec[], Indexed<SearchableSpec>[]>()

function indexFor<T extends SearchableSpec>(list: readonly T[]): Indexed<T>[] {
  let index = indexCache.get(list) as Indexed<T>[] | undefined
  if (!index) {
    index = list.map((spec) => {
      const foldedCode = foldText(spec.specCode)
      const foldedName = foldText(spec.name)
      return { spec, foldedCode, foldedName, code: ` ${foldedCode} `, name: ` ${foldedName} ` }
    })
    indexCache.set(list, index)
  }
  return index
}

/** Splits the folded query into terms, reading "united kingdom" as one country term. */
function termsOf(words: readonly string[]): Term[] {
  const terms: Term[] = []
  for (let i = 0; i < words.length;) {
    let taken = 0
    let group: readonly string[] | undefined
    for (const candidate of COUNTRY_GROUPS) {
      for (const phrase of candidate) {
        const parts = phrase.split(' ')
        if (parts.length > taken && parts.every((part, k) => words[i + k] === part)) {
          taken = parts.length
          group = candidate
        }
      }
    }
    if (group !== undefined) {
      const typed = words.slice(i, i + taken).join(' ')
      terms.push({ alternatives: [typed, ...group.filter((p) => p !== typed)], canonical: group[0] ?? typed })
      i += taken
    } else {
      const word = words[i] ?? ''
      terms.push({ alternatives: [word], canonical: word })
      i += 1
    }
  }
  return terms
}

/** How well one term matches: whole word in the name 4, word start in the name 3, in the code only 2 / 1.5. */
function scoreTerm(entry: Indexed<SearchableSpec>, term: Term): { score: number; inName: boolean } {
  let best = { score: 0, inName: false }
  term.alternatives.forEach((alt, k) => {
    // A country said another way counts a little less than what was typed.
    const weight = k === 0 ? 1 : 0.75
    const candidates: [number, boolean][] = [
      [entry.name.includes(` ${alt} `) ? 4 : entry.name.includes(` ${alt}`) ? 3 : 0, true],
      [entry.code.includes(` ${alt} `) ? 2 : entry.code.includes(` ${alt}`) ? 1.5 : 0, false]
    ]
    for (const [points, inName] of candidates) {
      const score = points * weight
      if (score > best.score) best = { score, inName }
    }
  })
  return best
}

/** Search options: a small lift for specs the studio prefers (favourites, most used), by spec code. */
export interface SearchOptions {
  boost?: ReadonlyMap<string, number>
}

/**
 * The specs where every word of the query starts a word of the country, document name or code (case- and
 * accent-blind): "us pass" finds US Passport but not Australia. Ranked so that the spec that is exactly the
 * country and document asked for comes first: a code equal to the query ("US Passport" → us-passport, "usa
 * passport" too), then a name equal to it, then names that hold every word (a match found only in the code, like
 * "UK Provisional Driving License (uk-baby-passport)" for "UK passport", comes after them), then favourites and
 * most used specs a little ahead of their equals; ties keep list order. An empty query returns the whole list.
 */
export function searchSpecs<T extends SearchableSpec>(
  list: readonly T[],
  query: string,
  options: SearchOptions = {}
): T[] {
  const words = foldText(query)
    .split(' ')
    .filter((w) => w.length > 0)
  if (words.length === 0) return [...list]
  const terms = termsOf(words)
  const canonical = terms.map((t) => t.canonical)
  const canonicalText = canonical.join(' ')
  const canonicalSorted = [...canonical].sort().join(' ')
  const typedText = words.join(' ')
  const scored: { spec: T; score: number; order: number }[] = []
  indexFor(list).forEach((entry, order) => {
    let score = 0
    let allInName = true
    for (const term of terms) {
      const match = scoreTerm(entry, term)
      if (match.score === 0) return
      score += match.score
      allInName &&= match.inName
    }
    if (entry.foldedCode === canonicalText || entry.foldedCode === typedText) score += 100
    else if (entry.foldedCode.split(' ').sort().join(' ') === canonicalSorted) score += 60
    if (entry.foldedName === typedText || entry.foldedName === canonicalText) score += 20
    if (allInName) score += 10
    score += options.boost?.get(entry.spec.specCode) ?? 0
    scored.push({ spec: entry.spec as T, score, order })
  })
  scored.sort((a, b) => b.score - a.score || a.order - b.order)
  return scored.map((s) => s.spec)
}
