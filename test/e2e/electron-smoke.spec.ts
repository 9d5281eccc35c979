import { test, expect, _electron as electron } from '@playwright/test'
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { createRequire } from 'node:module'

/** The Electron binary's path, or why it is missing. Never triggers Electron's download. */
function electronBinary(): { path: string } | { missing: string } {
  const require = createRequire(import.meta.url)
  const dir = dirname(require.resolve('electron/package.json'))
  const pathFile = join(dir, 'path.txt')
  if (!existsSync(pathFile))
    return {
      missing: 'Electron binary not installed (its download host cannot be reached from this machine)'
    }
  const path = join(dir, 'dist', readFileSync(pathFile, 'utf8'))
  return existsSync(path) ? { path } : { missing: `Electron binary missing at ${path}` }
}

const binary = electronBinary()
const missing = 'missing' in binary ? binary.missing : null
if (missing !== null) console.log(`[electron-smoke] skipped: ${missing}`)

test.describe('Electron smoke test', () => {
  test.skip(missing !== null, missing ?? '')

  test('launches the real app: sandboxed renderer, the studio API, and Demo mode on a first start', async () => {
    // The history database needs better-sqlite3 built for Electron's ABI, as `npm start` makes sure of.
    const native = spawnSync(process.execPath, ['scripts/electron-native.mjs'], { encoding: 'utf8' })
    expect(native.status, native.stderr).toBe(0)
    const userData = mkdtempSync(join(tmpdir(), 'studio-electron-'))
    const app = await electron.launch({
      executablePath: (binary as { path: string }).path,
      args: ['.', '--no-sandbox'],
      env: { ...process.env, STUDIO_USER_DATA_DIR: userData }
    })
    try {
      const page = await app.firstWindow()
      await expect(page.getByText('ID Photo Studio').first()).toBeVisible()
      expect(page.url()).toBe('app://studio/index.html')
      const globals = await page.evaluate(() => ({
        require: typeof (globalThis as { require?: unknown }).require,
        process: typeof (globalThis as { process?: unknown }).process,
        studio: typeof window.studio,
        channels: Object.keys(window.studio).length
      }))
      expect(globals).toMatchObject({ require: 'undefined', process: 'undefined', studio: 'object' })
      expect(globals.channels).toBeGreaterThan(40)
      await expect(page.getByText(/Demo/).first()).toBeVisible()
      // Navigation away is prevented.
      await page.evaluate(() => {
        window.location.href = 'https://example.com/'
      })
      await page.waitForTimeout(500)
      expect(page.url()).toBe('app://studio/index.html')
      // The preload ran sandboxed: no Node globals leaked through the bridge either.
      expect(await page.evaluate(() => Object.keys(window.studio).includes('ipcRenderer'))).toBe(false)
    } finally {
      await app.close()
      rmSync(userData, { recursive: true, force: true })
    }
  })
})
