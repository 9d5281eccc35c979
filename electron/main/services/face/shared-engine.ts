import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { locateFaceAssets } from './face-assets'
import { createFaceEngine, sourceWorkerEntry, type FaceEngine, type FaceWorkerEntry } from './face-engine'

/**
 * The worker entry beside this code: when this module runs from TypeScript source (Vitest, tsx, the browser
 * harness) the .ts worker through tsx; in the electron-vite build the bundled out/main/face-worker.js, which sits
 * beside out/main/index.js (this code is bundled into index.js).
 */
export function defaultWorkerEntry(): FaceWorkerEntry {
  const here = fileURLToPath(import.meta.url)
  if (here.endsWith('.ts')) return sourceWorkerEntry()
  // Beside index.js; or one folder up, should this code ever land in a shared chunk (out/main/chunks/).
  const beside = join(dirname(here), 'face-worker.js')
  return { path: existsSync(beside) ? beside : join(dirname(here), '..', 'face-worker.js') }
}

let shared: FaceEngine | null = null

/**
 * One engine per process, started on first use: its models load once, however many demo services or features
 * use it. The worker does not keep the process alive while idle.
 */
export function sharedFaceEngine(): FaceEngine {
  shared ??= createFaceEngine({ assets: locateFaceAssets(), worker: defaultWorkerEntry() })
  return shared
}
