import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import sharp from 'sharp'
import { afterAll, beforeAll } from 'vitest'
import { locateFaceAssets } from '../../../../electron/main/services/face/face-assets'
import {
  createFaceEngine,
  sourceWorkerEntry,
  type FaceEngine
} from '../../../../electron/main/services/face/face-engine'
import type { RawImage } from '../../../../electron/main/services/face/face-types'
import {
  parseSpecRequirements,
  SpecDetailsSchema,
  type SpecRequirements
} from '../../../../electron/main/services/specs/spec-parse'
import { specDetails, type SpecEntry } from '../../../../electron/main/demo/passport-photo/spec-catalogue'

/** A photo fixture's path (test/fixtures/photos, licences in its README). */
export function photoPath(name: string): string {
  return fileURLToPath(new URL(`../../../fixtures/photos/${name}`, import.meta.url))
}

/** Decodes bytes (or a fixture name) to RGB pixels, at most `edge` on the long side. */
export async function rawOf(input: string | Uint8Array, edge?: number): Promise<RawImage> {
  let pipeline = sharp(typeof input === 'string' ? readFileSync(photoPath(input)) : input).rotate()
  if (edge) pipeline = pipeline.resize(edge, edge, { fit: 'inside', withoutEnlargement: true })
  const { data, info } = await pipeline
    .removeAlpha()
    .toColourspace('srgb')
    .raw()
    .toBuffer({ resolveWithObject: true })
  return { data, width: info.width, height: info.height, channels: 3 }
}

/** One real engine (a worker thread with the models loaded) for the whole test file. */
export function useFaceEngine(): { engine: () => FaceEngine } {
  let engine: FaceEngine | null = null
  beforeAll(async () => {
    engine = createFaceEngine({ assets: locateFaceAssets(), worker: sourceWorkerEntry() })
    await engine.start()
  }, 60_000)
  afterAll(async () => {
    await engine?.close()
  })
  return {
    engine: () => {
      if (!engine) throw new Error('engine not started')
      return engine
    }
  }
}

const specTable = JSON.parse(
  readFileSync(fileURLToPath(new URL('../../../fixtures/idphoto-specs.json', import.meta.url)), 'utf8')
) as SpecEntry[]

/** Every spec of the fixture table. */
export function allSpecs(): SpecEntry[] {
  return specTable
}

/** The requirements of a spec of the fixture table, parsed as the app parses the API's answer. */
export function requirementsFor(specCode: string): SpecRequirements {
  const entry = specTable.find((row) => row.specCode === specCode)
  if (!entry) throw new Error(`no spec ${specCode}`)
  return requirementsOf(entry)
}

/** The requirements of a spec-table row. */
export function requirementsOf(entry: SpecEntry): SpecRequirements {
  return parseSpecRequirements(SpecDetailsSchema.parse(specDetails(entry)))
}
