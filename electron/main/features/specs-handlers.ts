import { join } from 'node:path'
import { z } from 'zod'
import {
  sensitivitySchema,
  type SpecDetailsView,
  type SpecFacts,
  type SpecPrefs
} from '../../shared/contract'
import { isAppError } from '../../shared/errors'
import type { PartialRegistry } from '../ipc/registry'
import type { SpecCatalogue } from '../services/passport-photo/spec-catalogue'
import { mostUsedSpecs, type SpecPreferenceStore } from '../services/passport-photo/spec-preferences'
import { specFacts } from '../services/specs/spec-facts'
import { parseSpec, requiredUploadPixels } from '../services/specs/spec-parse'
import { JsonStore } from '../services/storage/json-store'

type SpecChannels =
  | 'specs:list'
  | 'specs:details'
  | 'specs:describe'
  | 'specs:get-prefs'
  | 'specs:toggle-favourite'
  | 'specs:set-sensitivity'

/** Spec details asked of the service at once while describing a screenful of specs (they are free reads). */
const DESCRIBE_CONCURRENCY = 4

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
      mostUsed: mostUsedSpecs(prefs),
      last: prefs.lastSpec,
      sensitivityBySpec: sensitivity
    }
  }
  return {
    'specs:list': async ({ refresh }) => {
      const snapshot = refresh ? await catalogue().refresh() : await catalogue().list()
      const known = await catalogue().cachedDetails()
      return {
        specs: snapshot.specs.map((s) => {
          const details = known[s.specCode]
          return {
            specCode: s.specCode,
            name: s.specCodeName,
            facts: details === undefined ? null : specFacts(parseSpec(details))
          }
        }),
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
    'specs:describe': async ({ specCodes }) => {
      const facts: Record<string, SpecFacts | null> = {}
      const queue = [...new Set(specCodes)]
      let failed = false
      const worker = async () => {
        for (let code = queue.shift(); code !== undefined; code = queue.shift()) {
          // After one failure (offline, a rejected key) the rest would fail the same way: they wait for next time.
          if (failed) {
            facts[code] = null
            continue
          }
          try {
            facts[code] = specFacts(parseSpec(await catalogue().details(code)))
          } catch (error) {
            // One spec the service does not know says nothing about the others.
            failed ||= !(isAppError(error) && (error.code === 'UNKNOWN_SPEC' || error.code === 'NOT_FOUND'))
            facts[code] = null
          }
        }
      }
      await Promise.all(Array.from({ length: DESCRIBE_CONCURRENCY }, worker))
      return facts
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
