#!/usr/bin/env node
// `npm start`: makes sure Electron's binary is there (downloading it once if it is not), runs the pre-launch steps,
// then builds the app and launches it (electron-vite preview).
//
// Electron 45 fetches its binary on first use, not at install time, so on a machine that could not reach the
// download host during `npm ci` the binary is missing. Without this script, electron-vite ends in a stack trace
// ("Error: Electron uninstall"); with it, the person reads one plain paragraph saying what to do.
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { nodeBin } from './node-bin.mjs'

const require = createRequire(import.meta.url)
const here = dirname(fileURLToPath(import.meta.url))

// STUDIO_ELECTRON_DIR points at another copy of the electron package (the tests use one without a binary).
const electronDir = process.env.STUDIO_ELECTRON_DIR ?? dirname(require.resolve('electron/package.json'))

/** The Electron executable, or null when it is not installed. ELECTRON_EXEC_PATH is electron-vite's own override. */
function electronBinary() {
  if (process.env.ELECTRON_EXEC_PATH) {
    return existsSync(process.env.ELECTRON_EXEC_PATH) ? process.env.ELECTRON_EXEC_PATH : null
  }
  const pathFile = join(electronDir, 'path.txt')
  if (!existsSync(pathFile)) return null
  const binary = join(electronDir, 'dist', readFileSync(pathFile, 'utf8'))
  return existsSync(binary) ? binary : null
}

/** One attempt at Electron's own download (its install.js). Its output stays out of sight: it ends in a stack. */
function downloadElectron() {
  console.log('The Electron runtime is not installed yet. Downloading it once (about 100 MB)…')
  const run = spawnSync(process.execPath, [join(electronDir, 'install.js')], {
    stdio: 'pipe',
    timeout: 15 * 60_000
  })
  return run.status === 0
}

/**
 * Steps that must run before Electron starts, in order. Each has a title and a `run()` that returns true when it
 * succeeded; a failed step stops the start with its own plain message. Add steps here, for example building a
 * native module (better-sqlite3) for Electron's ABI.
 */
const preLaunchSteps = [
  {
    // The job history is SQLite: better-sqlite3 built for Electron's ABI, kept apart from the tests' Node build.
    title: 'Checking the history database module for Electron',
    run: () =>
      spawnSync(process.execPath, [join(here, 'electron-native.mjs')], { stdio: 'inherit' }).status === 0
  }
]

const override = process.env.ELECTRON_EXEC_PATH
let binary = electronBinary()
if (binary === null && override) {
  console.error(
    `\nID Photo Studio cannot start: ELECTRON_EXEC_PATH is set to ${override}, and there is no Electron there. ` +
      'Unset it to use the Electron that npm installs, or point it at an Electron executable, then run `npm start` ' +
      'again.\n'
  )
  process.exit(1)
}
if (binary === null && downloadElectron()) binary = electronBinary()
if (binary === null) {
  console.error(
    '\nID Photo Studio cannot start yet: the Electron runtime it runs in is not installed, and it could not be ' +
      'downloaded just now (this computer could not reach Electron’s download server). Connect to the internet ' +
      'and run `npm start` again; it downloads Electron once and then starts the app. Meanwhile, you can try the ' +
      'app in your browser, in Demo mode, with `npm run demo:web`.\n'
  )
  process.exit(1)
}

for (const step of preLaunchSteps) {
  console.log(`${step.title}…`)
  if (!step.run()) process.exit(1)
}

const launch = spawnSync(process.execPath, [nodeBin('electron-vite'), 'preview', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, ELECTRON_EXEC_PATH: binary }
})
process.exit(launch.status ?? 1)
