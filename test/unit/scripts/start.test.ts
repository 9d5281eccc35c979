import { spawn } from 'node:child_process'
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { createRequire } from 'node:module'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'

// `npm start` on a machine where Electron's binary is missing. A copy of the electron package without its binary
// stands in for the real one (STUDIO_ELECTRON_DIR), and Electron's own download goes to a local server that answers
// 404, as a download host that cannot be reached would fail it; no network is needed and nothing real is touched.
const electronDir = dirname(createRequire(import.meta.url).resolve('electron/package.json'))
let dir = ''
let server: Server
let mirror = ''
const downloads: string[] = []

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'studio-start-'))
  // install.js needs @electron/get: the copy sees the project's node_modules.
  symlinkSync(resolve('node_modules'), join(dir, 'node_modules'), 'junction')
  for (const name of ['package.json', 'install.js', 'checksums.json']) {
    copyFileSync(join(electronDir, name), join(dir, name))
  }
  downloads.length = 0
  server = createServer((request, response) => {
    downloads.push(request.url ?? '')
    response.writeHead(404).end()
  })
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  mirror = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`
})
afterEach(async () => {
  await new Promise((done) => server.close(done))
  rmSync(dir, { recursive: true, force: true })
})

function start(
  env: Record<string, string>
): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const clean = { ...process.env }
  delete clean.ELECTRON_EXEC_PATH
  return new Promise((done) => {
    const child = spawn(process.execPath, ['scripts/start.mjs'], { env: { ...clean, ...env } })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.on('close', (status) => done({ status, stdout, stderr }))
  })
}

describe('npm start without the Electron binary', () => {
  it('is what `npm start` runs', () => {
    const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }
    expect(manifest.scripts.start).toBe('node scripts/start.mjs')
  })

  it('tries the download once, then says in one plain paragraph what to do, and exits non-zero with no stack', async () => {
    const run = await start({
      STUDIO_ELECTRON_DIR: dir,
      ELECTRON_MIRROR: mirror,
      electron_config_cache: join(dir, 'cache')
    })
    expect(run.status).toBe(1)
    expect(run.stdout).toContain('Downloading it once')
    expect(downloads.filter((url) => url.endsWith('.zip'))).toHaveLength(1)
    const paragraph = run.stderr.trim()
    expect(paragraph.split('\n')).toHaveLength(1)
    expect(paragraph).toContain('Connect to the internet and run `npm start` again')
    expect(paragraph).toContain('`npm run demo:web`')
    const all = run.stdout + run.stderr
    expect(all).not.toMatch(/^\s+at /m)
    expect(all).not.toMatch(/Error:/)
    expect(existsSync(join(dir, 'path.txt'))).toBe(false)
  }, 30_000)

  it('says so when ELECTRON_EXEC_PATH points at nothing, without downloading', async () => {
    const run = await start({
      STUDIO_ELECTRON_DIR: dir,
      ELECTRON_MIRROR: mirror,
      ELECTRON_EXEC_PATH: join(dir, 'no-electron-here')
    })
    expect(run.status).toBe(1)
    expect(run.stderr).toContain('ELECTRON_EXEC_PATH is set to')
    expect(downloads).toEqual([])
    expect(run.stderr).not.toMatch(/^\s+at /m)
  }, 30_000)
})
