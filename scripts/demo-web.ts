// `npm run demo:web`: the app's real renderer and handlers in your browser, against the demo service only, on
// 127.0.0.1 only. The same setup the end-to-end tests use. Build first if needed.
import { existsSync, mkdirSync } from 'node:fs'
import { spawnSync } from 'node:child_process'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startHarness } from '../test/helpers/harness/harness-server'
import { nodeBin } from './node-bin.mjs'

const portArg = process.argv.indexOf('--port')
const port = portArg > 0 ? Number(process.argv[portArg + 1]) : 5180

if (!existsSync('out/renderer/index.html')) {
  console.log('Building the renderer first…')
  // node + the tool's entry point, not npx: spawning npx without a shell fails on Windows.
  const build = spawnSync(process.execPath, [nodeBin('electron-vite'), 'build'], { stdio: 'inherit' })
  if (build.status !== 0) process.exit(build.status ?? 1)
}
const base = join(tmpdir(), 'id-photo-studio-demo-web')
const dataDir = join(base, 'data')
const saveFolder = join(base, 'saved')
mkdirSync(dataDir, { recursive: true })
mkdirSync(saveFolder, { recursive: true })

const harness = await startHarness({ dataDir, saveFolder, port })
console.log(`ID Photo Studio (Demo) is at ${harness.url}`)
console.log(`Saved files go to ${saveFolder}. Press Ctrl-C to stop.`)
const stop = async () => {
  await harness.close()
  process.exit(0)
}
process.on('SIGINT', () => void stop())
process.on('SIGTERM', () => void stop())
