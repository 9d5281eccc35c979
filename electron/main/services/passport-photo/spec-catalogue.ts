import { join } from 'node:path'
import { z } from 'zod'
import { SpecDetailsSchema, type SpecDetails } from '../specs/spec-parse'
import { JsonStore } from '../storage/json-store'
import { SpecSummarySchema, type SpecSummary } from './api-schemas'

/** What the catalogue needs from the API client. */
export interface SpecSource {
  listSpecs(signal?: AbortSignal): Promise<SpecSummary[]>
  getSpec(specCode: string, signal?: AbortSignal): Promise<SpecDetails>
}

/** The spec list and when it was fetched. */
export interface SpecListSnapshot {
  specs: SpecSummary[]
  /** Epoch ms of the fetch that produced this list. */
  fetchedAt: number
  /** True when this came from disk without asking the service. */
  fromCache: boolean
}

const ListFileSchema = z.object({ fetchedAt: z.number(), specs: z.array(SpecSummarySchema) })
const DetailsFileSchema = z.record(
  z.string(),
  z.object({ fetchedAt: z.number(), details: SpecDetailsSchema })
)

/** Cached spec list and details, so browsing and choosing a document work offline. */
export interface SpecCatalogue {
  /** The cached list at once when there is one; otherwise fetches it. */
  list(signal?: AbortSignal): Promise<SpecListSnapshot>
  /** Fetches the list from the service and replaces the cached one. */
  refresh(signal?: AbortSignal): Promise<SpecListSnapshot>
  /** One spec's details, cache first; `refresh: true` asks the service even when cached. */
  details(specCode: string, options?: { refresh?: boolean; signal?: AbortSignal }): Promise<SpecDetails>
  /** The details already kept, by spec code; never asks the service. */
  cachedDetails(): Promise<Record<string, SpecDetails>>
}

/** Creates the catalogue over `<dataDir>/specs/`. */
export function createSpecCatalogue(deps: {
  source: SpecSource
  dataDir: string
  now?: () => number
}): SpecCatalogue {
  const now = deps.now ?? Date.now
  const listStore = new JsonStore({
    path: join(deps.dataDir, 'specs', 'spec-list.json'),
    schema: ListFileSchema.nullable(),
    fallback: () => null
  })
  const detailsStore = new JsonStore({
    path: join(deps.dataDir, 'specs', 'spec-details.json'),
    schema: DetailsFileSchema,
    fallback: () => ({})
  })
  let memoryList: z.infer<typeof ListFileSchema> | null | undefined
  let memoryDetails: z.infer<typeof DetailsFileSchema> | undefined
  let refreshing: Promise<SpecListSnapshot> | null = null

  async function refresh(signal?: AbortSignal): Promise<SpecListSnapshot> {
    // Two windows asking at once share one request.
    refreshing ??= (async () => {
      try {
        const specs = await deps.source.listSpecs(signal)
        const file = { fetchedAt: now(), specs }
        await listStore.save(file)
        memoryList = file
        return { ...file, fromCache: false }
      } finally {
        refreshing = null
      }
    })()
    return refreshing
  }

  return {
    async list(signal) {
      if (memoryList === undefined) memoryList = await listStore.load()
      if (memoryList !== null && memoryList.specs.length > 0) return { ...memoryList, fromCache: true }
      return refresh(signal)
    },
    refresh,
    async cachedDetails() {
      memoryDetails ??= await detailsStore.load()
      return Object.fromEntries(Object.entries(memoryDetails).map(([code, entry]) => [code, entry.details]))
    },
    async details(specCode, options) {
      memoryDetails ??= await detailsStore.load()
      const cached = memoryDetails[specCode]
      if (cached && !options?.refresh) return cached.details
      const details = await deps.source.getSpec(specCode, options?.signal)
      memoryDetails = { ...(memoryDetails ?? {}), [specCode]: { fetchedAt: now(), details } }
      await detailsStore.save(memoryDetails)
      return details
    }
  }
}
