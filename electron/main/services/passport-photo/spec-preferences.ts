import { join } from 'node:path'
import { z } from 'zod'
import { JsonStore } from '../storage/json-store'

/** The counter's small spec choices, kept between sessions. */
export interface SpecPreferences {
  favourites: string[]
  /** Most recent first. */
  recent: string[]
  lastSpec: string | null
}

const PreferencesSchema = z.object({
  favourites: z.array(z.string()),
  recent: z.array(z.string()),
  lastSpec: z.string().nullable()
})

/** How many recently used specs are kept. */
export const RECENT_LIMIT = 8

/** Favourite, recent and last-used specs, persisted as `<dataDir>/specs/preferences.json`. */
export interface SpecPreferenceStore {
  get(): Promise<SpecPreferences>
  /** Adds or removes a favourite; returns the new preferences. */
  toggleFavourite(specCode: string): Promise<SpecPreferences>
  /** Records a spec as used: first in recent (capped) and the last spec. */
  markUsed(specCode: string): Promise<SpecPreferences>
}

/** Creates the preference store. */
export function createSpecPreferences(deps: { dataDir: string }): SpecPreferenceStore {
  const store = new JsonStore<SpecPreferences>({
    path: join(deps.dataDir, 'specs', 'preferences.json'),
    schema: PreferencesSchema,
    fallback: () => ({ favourites: [], recent: [], lastSpec: null })
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
        lastSpec: code
      }))
  }
}
