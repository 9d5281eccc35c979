import { spawnSync } from 'node:child_process'
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { chromiumCandidates, findChromium } from '../../../scripts/find-chromium.mjs'
import { nodeBin } from '../../../scripts/node-bin.mjs'

describe('npm test runs its tools without npx or a shell (Windows has npx.cmd, not npx)', () => {
  it.each([
    ['electron-vite', undefined],
    ['vitest', undefined],
    ['@playwright/test', 'playwright']
  ])('%s runs as `node <entry point>`', (pkg, command) => {
    const run = spawnSync(process.execPath, [nodeBin(pkg, command), '--version'], {
      encoding: 'utf8',
      shell: false
    })
    expect(run.status, run.stderr).toBe(0)
    expect(run.stdout).toMatch(/\d+\.\d+\.\d+/)
  })

  it('no script spawns npx', () => {
    const scripts = readdirSync('scripts').filter((name) => /\.(mjs|ts)$/.test(name))
    expect(scripts).toContain('test.mjs')
    for (const name of scripts) {
      const source = readFileSync(join('scripts', name), 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/^\s*\/\/.*$/gm, '')
      // `npx` as a command of its own (a string on its own), however it reaches spawn.
      expect(source, name).not.toMatch(/['"`]npx['"`]/)
    }
  })
})

describe('finding Chrome or Chromium for the end-to-end tests', () => {
  const only =
    (...present: string[]) =>
    (path: string) =>
      present.includes(path)

  it('uses CHROMIUM_PATH when it points at a file, and says so plainly when it does not', () => {
    const env = { CHROMIUM_PATH: '/opt/chrome/chrome' }
    expect(
      findChromium({ platform: 'linux', env, exists: only('/opt/chrome/chrome'), playwrightPath: null })
    ).toEqual({ path: '/opt/chrome/chrome' })
    const wrong = findChromium({
      platform: 'linux',
      env,
      exists: only('/usr/bin/chromium'),
      playwrightPath: null
    })
    expect(wrong.error).toContain('CHROMIUM_PATH is set to /opt/chrome/chrome, but there is no file there')
  })

  it('finds Chromium or Chrome where each OS installs it', () => {
    expect(
      findChromium({
        platform: 'linux',
        env: {},
        exists: only('/usr/bin/google-chrome'),
        playwrightPath: null
      })
    ).toEqual({ path: '/usr/bin/google-chrome' })
    const mac = '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'
    expect(findChromium({ platform: 'darwin', env: {}, exists: only(mac), playwrightPath: null })).toEqual({
      path: mac
    })
    const winEnv = { PROGRAMFILES: 'C:\\Program Files', LOCALAPPDATA: 'C:\\Users\\a\\AppData\\Local' }
    const winChrome = chromiumCandidates('win32', winEnv).find(
      (p) => p.includes('Google') && p.includes('Program')
    )
    expect(winChrome).toBe('C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe')
    expect(
      findChromium({ platform: 'win32', env: winEnv, exists: only(winChrome ?? ''), playwrightPath: null })
    ).toEqual({ path: winChrome })
  })

  it('falls back to a Chromium installed by Playwright', () => {
    const bundled = '/home/a/.cache/ms-playwright/chromium-1/chrome'
    expect(
      findChromium({ platform: 'linux', env: {}, exists: only(bundled), playwrightPath: bundled })
    ).toEqual({
      path: bundled
    })
  })

  it('says what to install when there is none', () => {
    for (const [platform, hint] of [
      ['linux', 'apt-get install chromium'],
      ['darwin', 'Google Chrome'],
      ['win32', 'Google Chrome']
    ] as const) {
      const result = findChromium({ platform, env: {}, exists: () => false, playwrightPath: null })
      expect(result.path).toBeUndefined()
      expect(result.error).toContain('No Chrome or Chromium was found')
      expect(result.error).toContain(hint)
      expect(result.error).toContain('CHROMIUM_PATH')
    }
  })
})
