#!/usr/bin/env node
// `npm test`: builds the app, then runs the unit tests (Vitest) and the end-to-end tests (Playwright) and prints
// one closing line "N passed, N failed, N skipped". Linux, macOS and Windows.
//
// Every tool runs as `node <its JS entry point>` (no `npx`, no shell), so the same commands work on Windows.
// The end-to-end tests need Chrome or Chromium: CHROMIUM_PATH, or one installed in the usual place for the OS
// (scripts/find-chromium.mjs); without one this says what to install, and the end-to-end step counts as failed.
//
// On Linux the tests need a Secret Service for the real keychain tests: when `dbus-run-session` and
// `gnome-keyring-daemon` are installed, this script starts a private D-Bus session with a freshly unlocked
// keyring in a new, empty XDG_DATA_HOME, so nothing touches the user's own keyring. Without them it says what to
// install and the keychain tests report the keychain as unavailable (they fail; they never fall back to a file).
// On macOS and Windows the keychain tests use the user's own keychain, under service names of their own.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { findChromium } from './find-chromium.mjs'
import { nodeBin } from './node-bin.mjs'

const inner = process.argv.includes('--inner')
const has = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0

if (!inner && process.platform === 'linux' && !process.env.STUDIO_KEYRING_READY) {
  if (has('dbus-run-session') && has('gnome-keyring-daemon')) {
    const xdg = mkdtempSync(join(tmpdir(), 'studio-xdg-'))
    const script =
      'echo -n studio-test-keyring | gnome-keyring-daemon --unlock --components=secrets >/dev/null; ' +
      `exec "${process.execPath}" scripts/test.mjs --inner`
    const wrap = !process.env.DISPLAY && has('xvfb-run') ? ['xvfb-run', '-a'] : []
    const [cmd, ...args] = [...wrap, 'dbus-run-session', '--', 'sh', '-c', script]
    const run = spawnSync(cmd, args, {
      stdio: 'inherit',
      env: { ...process.env, XDG_DATA_HOME: xdg, STUDIO_KEYRING_READY: '1' }
    })
    rmSync(xdg, { recursive: true, force: true })
    process.exit(run.status ?? 1)
  }
  console.warn(
    'No Secret Service found. Install one for the keychain tests:\n' +
      '  sudo apt-get install gnome-keyring dbus-x11 libsecret-1-dev libsecret-tools\n' +
      'Continuing: the keychain tests will fail, because secrets are never stored anywhere else.'
  )
}

await import('./services/cups.mjs').then((cups) => cups.startForTests()) // private CUPS for the print tests
await import('./services/postgres.mjs').then((pg) => pg.startForTests()) // throwaway PostgreSQL (shared database)
const results = join(mkdtempSync(join(tmpdir(), 'studio-results-')), '')
const step = (title, cmd, args, env = {}) => {
  console.log(`\n▶ ${title}`)
  const run = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } })
  return run.status ?? 1
}

let failed = false
const node = process.execPath
if (step('Build (electron-vite)', node, [nodeBin('electron-vite'), 'build']) !== 0) {
  console.error('The build failed, so the tests cannot run.')
  console.log('0 passed, 1 failed')
  process.exit(1)
}

const vitestJson = join(results, 'vitest.json')
// Each step runs even when an earlier one failed, so one run reports every failure (`||=` would skip it).
const unitFailed =
  step('Unit tests (Vitest)', node, [
    nodeBin('vitest'),
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile=${vitestJson}`
  ]) !== 0
failed = failed || unitFailed

const pwJson = join(results, 'playwright.json')
const browser = findChromium()
if (browser.error) {
  console.error(`\n▶ End-to-end tests (Playwright, Chromium)\n${browser.error}`)
  failed = true
} else {
  const e2eFailed =
    step(
      'End-to-end tests (Playwright, Chromium)',
      node,
      [nodeBin('@playwright/test', 'playwright'), 'test', '--reporter=list,json'],
      { PLAYWRIGHT_JSON_OUTPUT_NAME: pwJson, CHROMIUM_PATH: browser.path }
    ) !== 0
  failed = failed || e2eFailed
}

const counts = { passed: 0, failed: 0, skipped: 0 }
if (existsSync(vitestJson)) {
  const v = JSON.parse(readFileSync(vitestJson, 'utf8'))
  counts.passed += v.numPassedTests ?? 0
  // numFailedTestSuites also counts the describe blocks around a failed test; only a file that failed without a
  // failed test (it did not load, or a hook threw) adds a failure of its own.
  const brokenFiles = (v.testResults ?? []).filter(
    (file) => file.status === 'failed' && !(file.assertionResults ?? []).some((t) => t.status === 'failed')
  ).length
  counts.failed += (v.numFailedTests ?? 0) + brokenFiles
  counts.skipped += (v.numPendingTests ?? 0) + (v.numTodoTests ?? 0)
} else failed = true
if (existsSync(pwJson)) {
  const p = JSON.parse(readFileSync(pwJson, 'utf8'))
  counts.passed += p.stats?.expected ?? 0
  counts.failed += (p.stats?.unexpected ?? 0) + (p.errors?.length ?? 0)
  counts.skipped += p.stats?.skipped ?? 0
} else failed = true
rmSync(results, { recursive: true, force: true })

if (failed && counts.failed === 0) counts.failed = 1
console.log(`\n${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`)
process.exit(failed || counts.failed > 0 ? 1 : 0)
