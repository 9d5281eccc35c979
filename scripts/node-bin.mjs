// The JavaScript entry point of a dev tool's command, so scripts run it as `node <entry>` (process.execPath)
// rather than through `npx`: spawning `npx` without a shell fails on Windows, where it is `npx.cmd`.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

const require = createRequire(import.meta.url)

/** The absolute path of the file behind `command` in package `pkg`'s "bin" (the package's own name by default). */
export function nodeBin(pkg, command = pkg.split('/').pop()) {
  const manifestPath = require.resolve(`${pkg}/package.json`)
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'))
  const entry = typeof manifest.bin === 'string' ? manifest.bin : manifest.bin?.[command]
  if (typeof entry !== 'string') throw new Error(`${pkg} has no "${command}" command`)
  return join(dirname(manifestPath), entry)
}
