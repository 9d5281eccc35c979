import { join } from 'node:path'
import { z } from 'zod'
import { JsonStore } from '../storage/json-store'

/** The counter's small spec choices, kept between sessions. */
export interface SpecPreferences {
  favourites: string[]
  /** Most recent first. */
  recent: string[]
  lastSpec: string | null
  /** How many times photos were made with each spec at this studio (a batch dropped together counts once). */
  uses: Record<string, number>
}

const PreferencesSchema = z.object({
  favourites: z.array(z.string()),
  recent: z.array(z.string()),
  lastSpec: z.string().nullable(),
  // Older files have no counts: they start from zero rather than being set aside as corrupt.
  uses: z.record(z.string(), z.number().int().min(0)).default({})
})

/** How many recently used specs are kept. */
export const RECENT_LIMIT = 8

/** How many specs "most used" names, and how often a spec must have been used to be one of them. */
export const MOST_USED_LIMIT = 5
const MOST_USED_MIN = 2

/** The most used specs, most first; ties go to the one used more recently. */
export function mostUsedSpecs(prefs: SpecPreferences): string[] {
  const recency = (code: string) => {
    const at = prefs.recent.indexOf(code)
    return at === -1 ? Number.MAX_SAFE_INTEGER : at
  }
  return Object.entries(prefs.uses)
    .filter(([, count]) => count >= MOST_USED_MIN)
    .sort(([a, x], [b, y]) => y - x || recency(a) - recency(b) || a.localeCompare(b))
    .slice(0, MOST_USED_LIMIT)
    .map(([code]) => code)
}

/** Favourite, recent and last-used specs, persisted as `<dataDir>/specs/preferences.json`. */
export interface SpecPreferenceStore {
  get(): Promise<SpecPreferences>
  /** Adds or removes a favourite; returns the new preferences. */
  toggleFavourite(specCode: string): Promise<SpecPreferences>
  /** Records a spec as used: first in recent (capped), the last spec, and one more use. */
  markUsed(specCode: string): Promise<SpecPreferences>
}

/** Creates the preference store. */
export function createSpecPreferences(deps: { dataDir: string }): SpecPreferenceStore {
  const store = new JsonStore<SpecPreferences>({
    path: join(deps.dataDir, 'specs', 'preferences.json'),
    schema: PreferencesSchema,
    fallback: () => ({ favourites: [], recent: [], lastSpec: null, uses: {} })
  })
  let current: SpecPreferences | undefined
  // Updates run one after another so two quick clicks cannot lose each other's change.
  let chain: Promise<unknown> = Promise.resolve()

  async function get(): Promise<SpecPreferences> {
    current ??= await store.load()
    return current
  }

  function update(change: (p: SpecPreferences) => SpecPreferences): Promise<SpecPreferences> {
    const run = chain.then(async () => {
      const next = change(await get())
      current = next
      await store.save(next)
      return next
    })
    chain = run.catch(() => undefined)
    return run
  }

  return {
    get: async () => structuredClone(await get()),
    toggleFavourite: (code) =>
      update((p) => ({
        ...p,
        favourites: p.favourites.includes(code)
          ? p.favourites.filter((c) => c !== code)
          : [...p.favourites, code]
      })),
    markUsed: (code) =>
      update((p) => ({
        ...p,
        recent: [code, ...p.recent.filter((c) => c !== code)].slice(0, RECENT_LIMIT),
        lastSpec: code,
        uses: { ...p.uses, [code]: (p.uses[code] ?? 0) + 1 }
      }))
  }
}
