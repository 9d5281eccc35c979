import { join } from 'node:path'
import { z } from 'zod'
import { sensitivitySchema, type SpecDetailsView, type SpecPrefs } from '../../shared/contract'
import type { PartialRegistry } from '../ipc/registry'
import type { SpecCatalogue } from '../services/passport-photo/spec-catalogue'
import type { SpecPreferenceStore } from '../services/passport-photo/spec-preferences'
import { parseSpec, requiredUploadPixels } from '../services/specs/spec-parse'
import { JsonStore } from '../services/storage/json-store'

type SpecChannels =
  'specs:list' | 'specs:details' | 'specs:get-prefs' | 'specs:toggle-favourite' | 'specs:set-sensitivity'

/** The sensitivity overrides remembered per spec. */
export type SensitivityStore = JsonStore<Record<string, z.infer<typeof sensitivitySchema>>>

/** Where the per-spec sensitivity overrides are kept. */
export function createSensitivityStore(dataDir: string): SensitivityStore {
  return new JsonStore({
    path: join(dataDir, 'spec-sensitivity.json'),
    schema: z.record(z.string(), sensitivitySchema),
    fallback: () => ({})
  })
}

/** The spec browser: the cached list and details, favourites, recent specs and per-spec sensitivity. */
export function createSpecsHandlers(deps: {
  catalogue: () => SpecCatalogue
  preferences: SpecPreferenceStore
  sensitivityStore: SensitivityStore
}): PartialRegistry<SpecChannels> {
  const { catalogue, preferences, sensitivityStore } = deps
  const prefsView = async (): Promise<SpecPrefs> => {
    const [prefs, sensitivity] = await Promise.all([preferences.get(), sensitivityStore.load()])
    return {
      favourites: prefs.favourites,
      recent: prefs.recent,
      last: prefs.lastSpec,
      sensitivityBySpec: sensitivity
    }
  }
  return {
    'specs:list': async ({ refresh }) => {
      const snapshot = refresh ? await catalogue().refresh() : await catalogue().list()
      return {
        specs: snapshot.specs.map((s) => ({ specCode: s.specCode, name: s.specCodeName })),
        fetchedAt: snapshot.fetchedAt,
        fromCache: snapshot.fromCache
      }
    },
    'specs:details': async ({ specCode, refresh }): Promise<SpecDetailsView> => {
      const details = await catalogue().details(specCode, refresh ? { refresh } : {})
      const spec = parseSpec(details)
      const raw = Object.fromEntries(
        Object.entries(details).filter((e): e is [string, string] => typeof e[1] === 'string')
      )
      return { ...spec, raw, minimumSource: requiredUploadPixels(spec) }
    },
    'specs:get-prefs': prefsView,
    'specs:toggle-favourite': async ({ specCode }) => {
      await preferences.toggleFavourite(specCode)
      return prefsView()
    },
    'specs:set-sensitivity': async ({ specCode, sensitivity }) => {
      const all = await sensitivityStore.load()
      await sensitivityStore.save({ ...all, [specCode]: sensitivity })
      return prefsView()
    }
  }
}
