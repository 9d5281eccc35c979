import { readFile } from 'node:fs/promises'
import { basename, join } from 'node:path'

/** The URL prefix Human is given as its model base path; the router below serves it from disk. */
export const MODEL_SCHEME = 'studio-models://'

/** The subset of tfjs's ModelArtifacts that a graph model needs. */
export interface ModelArtifacts {
  modelTopology: unknown
  format?: string
  generatedBy?: string
  convertedBy?: string | null
  signature?: unknown
  userDefinedMetadata?: Record<string, unknown>
  weightSpecs: unknown[]
  weightData: ArrayBuffer
}

interface ModelJson {
  modelTopology: unknown
  format?: string
  generatedBy?: string
  convertedBy?: string | null
  signature?: unknown
  userDefinedMetadata?: Record<string, unknown>
  weightsManifest: { paths: string[]; weights: unknown[] }[]
}

/**
 * Reads a tfjs graph model (model.json plus its weight shards) from disk. tfjs has no file:// loader without
 * tfjs-node, and fetch() cannot read files, so the bytes come from fs.
 */
export async function readModelArtifacts(jsonPath: string): Promise<ModelArtifacts> {
  const json = JSON.parse(await readFile(jsonPath, 'utf8')) as ModelJson
  const folder = join(jsonPath, '..')
  const weightSpecs: unknown[] = []
  const shards: Buffer[] = []
  for (const group of json.weightsManifest) {
    weightSpecs.push(...group.weights)
    for (const path of group.paths) shards.push(await readFile(join(folder, basename(path))))
  }
  const all = Buffer.concat(shards)
  return {
    modelTopology: json.modelTopology,
    ...(json.format !== undefined ? { format: json.format } : {}),
    ...(json.generatedBy !== undefined ? { generatedBy: json.generatedBy } : {}),
    ...(json.convertedBy !== undefined ? { convertedBy: json.convertedBy } : {}),
    ...(json.signature !== undefined ? { signature: json.signature } : {}),
    ...(json.userDefinedMetadata !== undefined ? { userDefinedMetadata: json.userDefinedMetadata } : {}),
    weightSpecs,
    weightData: all.buffer.slice(all.byteOffset, all.byteOffset + all.byteLength) as ArrayBuffer
  }
}

/** A tfjs load router: `studio-models://facemesh.json` → an IO handler reading `<modelDir>/facemesh.json`. */
export function modelRouter(modelDir: string) {
  return (url: unknown): { load: () => Promise<ModelArtifacts> } | null => {
    if (typeof url !== 'string' || !url.startsWith(MODEL_SCHEME)) return null
    // basename: a model name can never climb out of the model folder.
    const file = join(modelDir, basename(url.slice(MODEL_SCHEME.length)))
    return { load: () => readModelArtifacts(file) }
  }
}
