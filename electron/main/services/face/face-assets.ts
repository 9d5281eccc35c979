import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, sep } from 'node:path'
import { t } from '../i18n/main-language'
import { fileURLToPath } from 'node:url'

/** Where the face engine finds its code, weights and WebAssembly at run time. Passed in, never downloaded. */
export interface FaceAssets {
  /** Human's Node WebAssembly build, loaded by file path (the package does not export it). */
  humanModule: string
  /** The folder with blazeface, facemesh and iris (.json + .bin). */
  modelDir: string
  /** The folder with tfjs-backend-wasm's .wasm files, ending in a separator. */
  wasmDir: string
}

/** The models the engine loads; electron-builder packs only these. */
export const FACE_MODELS = ['blazeface', 'facemesh', 'iris'] as const

/**
 * A packaged app keeps node_modules inside app.asar. The data files read from disk (the models and the .wasm) are
 * unpacked beside it (electron-builder.yml asarUnpack), so their paths move to app.asar.unpacked. Human's build
 * stays in the archive: it is JavaScript, required like any module (worker threads read app.asar since
 * Electron 17), and its own requires (tfjs, seedrandom, node-fetch) resolve there too.
 */
export function unpackedPath(path: string): string {
  return path.replace(`app.asar${sep}`, `app.asar.unpacked${sep}`)
}

/**
 * Finds the assets in node_modules as seen from `fromFile` (default: this module): the project's own
 * node_modules in development, tests and the harness; inside app.asar.unpacked in a packaged app.
 */
export function locateFaceAssets(fromFile: string = fileURLToPath(import.meta.url)): FaceAssets {
  const require = createRequire(fromFile)
  // The package's main entry is resolvable (its "exports" lists no subpaths); the WASM build sits beside it.
  const humanDist = dirname(require.resolve('@vladmandic/human'))
  const wasmDir = join(dirname(require.resolve('@tensorflow/tfjs-backend-wasm/package.json')), 'dist')
  const assets: FaceAssets = {
    humanModule: join(humanDist, 'human.node-wasm.js'),
    modelDir: unpackedPath(join(humanDist, '..', 'models')),
    wasmDir: unpackedPath(wasmDir) + sep
  }
  for (const file of [assets.humanModule, join(assets.modelDir, 'facemesh.json')]) {
    if (!existsSync(file)) throw new Error(t('face.missingFiles', { file }))
  }
  return assets
}
