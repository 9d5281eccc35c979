#!/usr/bin/env node
// Builds better-sqlite3 for Electron, apart from the Node build in node_modules.
//
// better-sqlite3 is not N-API: node_modules holds a build for Node's ABI, which the tests (Vitest, the browser
// harness, the bench) load; Electron needs one for its own ABI. This script puts that one in native/electron/,
// which the app passes to better-sqlite3 as `nativeBinding` when it runs in Electron
// (electron/main/services/db/native-binding.ts) and electron-builder packages (electron-builder.yml). So one
// checkout serves `npm test` and `npm start`.
//
// It tries a prebuilt binary first (prebuild-install, from better-sqlite3's releases), then a build from source
// against Electron's headers (node-gyp). Both need the internet; when neither can run it says so plainly and
// exits non-zero, as `npm start` cannot open the history database without it.
import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const require = createRequire(import.meta.url)
const outDir = join(root, 'native', 'electron')
const outFile = join(outDir, 'better_sqlite3.node')
const infoFile = join(outDir, 'build-info.json')

function versionOf(name) {
  try {
    return JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')).version
  } catch {
    return null
  }
}

const electron = versionOf('electron')
const sqlite = versionOf('better-sqlite3')
if (!electron || !sqlite) {
  console.error('electron-native: run `npm ci` first (electron or better-sqlite3 is not installed).')
  process.exit(1)
}
const wanted = { electron, betterSqlite3: sqlite, platform: process.platform, arch: process.arch }

if (existsSync(outFile) && existsSync(infoFile)) {
  const have = JSON.parse(readFileSync(infoFile, 'utf8'))
  if (JSON.stringify(have) === JSON.stringify(wanted)) process.exit(0)
}

// Work on a copy, so the Node build in node_modules (the tests' one) is never replaced.
const work = mkdtempSync(join(tmpdir(), 'studio-electron-native-'))
const source = dirname(require.resolve('better-sqlite3/package.json'))
cpSync(source, work, { recursive: true, filter: (path) => !path.includes(`${source}/build`) })
const bin = join(root, 'node_modules', '.bin')
// npm's own `nodedir` (set on some machines to Node's headers) would build for Node's ABI: never pass it on.
const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_config_nodedir$/i.test(k)))
const run = (cmd, args, timeout) =>
  spawnSync(join(bin, cmd), args, {
    cwd: work,
    env,
    stdio: 'pipe',
    timeout,
    shell: process.platform === 'win32'
  })

const target = ['--runtime=electron', `--target=${electron}`, `--arch=${process.arch}`]
const attempts = [
  ['prebuilt binary', () => run('prebuild-install', [...target, `--platform=${process.platform}`], 120_000)],
  [
    "build from source against Electron's headers",
    () =>
      run(
        'node-gyp',
        ['rebuild', '--release', ...target, '--dist-url=https://electronjs.org/headers'],
        600_000
      )
  ]
]

/** The most telling line of a tool's output: a network error if there is one, else its last line. */
function reason(output) {
  if (/network connectivity/.test(output))
    return 'could not download Electron’s headers (no network connection)'
  const lines = output.trim().split('\n')
  const network = lines.find((l) => /ENOTFOUND|ECONNREFUSED|ETIMEDOUT|getaddrinfo/.test(l))
  return (network ?? lines.at(-1) ?? 'failed').replace(
    /^(gyp ERR! stack|prebuild-install warn install)\s*/,
    ''
  )
}

const built = join(work, 'build', 'Release', 'better_sqlite3.node')
const failures = []
for (const [what, attempt] of attempts) {
  const result = attempt()
  if (result.status === 0 && existsSync(built)) {
    mkdirSync(outDir, { recursive: true })
    cpSync(built, outFile)
    writeFileSync(infoFile, JSON.stringify(wanted, null, 2) + '\n')
    rmSync(work, { recursive: true, force: true })
    console.log(`electron-native: better-sqlite3 ${sqlite} for Electron ${electron} ready (${what}).`)
    process.exit(0)
  }
  failures.push(
    `  - ${what}: ${result.error?.message ?? reason(`${result.stderr ?? ''}${result.stdout ?? ''}`)}`
  )
}
rmSync(work, { recursive: true, force: true })
console.error(
  `electron-native: could not get better-sqlite3 ${sqlite} for Electron ${electron} (${process.platform}-${process.arch}).\n` +
    `${failures.join('\n')}\n` +
    'The app keeps its job history in SQLite, so Electron needs this module built for its own ABI, and both ways ' +
    'to get it need the internet (a prebuilt binary from GitHub, or Electron’s headers). Connect to the internet ' +
    'and run `npm start` again. Meanwhile `npm run demo:web` runs the app in your browser, and `npm test` works ' +
    'as it is (the tests use the Node build).'
)
process.exit(1)
