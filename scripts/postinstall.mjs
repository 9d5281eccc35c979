#!/usr/bin/env node
// Electron 45 fetches its binary on first use rather than at install time, so `npm install` succeeds on a machine
// that cannot reach the download host (CI, air-gapped build boxes). Where the host can be reached we fetch it now,
// so that `npm start` launches at once; where it cannot, we say so and carry on.
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

if (process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) process.exit(0)
const require = createRequire(import.meta.url)
let electronDir
try {
  electronDir = dirname(require.resolve('electron/package.json'))
} catch {
  process.exit(0) // production install without devDependencies
}
const pathFile = join(electronDir, 'path.txt')
if (existsSync(pathFile) && existsSync(join(electronDir, 'dist', readFileSync(pathFile, 'utf8'))))
  process.exit(0)

const run = spawnSync(process.execPath, [join(electronDir, 'install.js')], {
  stdio: 'pipe',
  timeout: 120_000
})
if (run.status === 0) {
  console.log('Electron binary installed.')
} else {
  console.warn(
    'Could not download the Electron binary now (no connection to its download host). ' +
      'npm install carries on; `npm start` will try again, and the Electron smoke test will be skipped.'
  )
}
