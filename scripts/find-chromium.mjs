// Finds the Chrome or Chromium the end-to-end tests run in: CHROMIUM_PATH when set, otherwise the usual install
// places for this OS, otherwise a browser Playwright installed itself (`npx playwright install chromium`).
// Used by playwright.config.ts and by scripts/test.mjs, which says plainly what to do when there is none.
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { posix, win32 } from 'node:path'

/** The usual places for Chrome or Chromium on this OS, most specific first. */
export function chromiumCandidates(platform, env) {
  if (platform === 'win32') {
    const roots = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter(Boolean)
    return roots.flatMap((root) => [
      win32.join(root, 'Google', 'Chrome', 'Application', 'chrome.exe'),
      win32.join(root, 'Chromium', 'Application', 'chrome.exe')
    ])
  }
  if (platform === 'darwin') {
    const apps = ['/Applications', ...(env.HOME ? [posix.join(env.HOME, 'Applications')] : [])]
    return apps.flatMap((dir) => [
      posix.join(dir, 'Google Chrome.app', 'Contents', 'MacOS', 'Google Chrome'),
      posix.join(dir, 'Chromium.app', 'Contents', 'MacOS', 'Chromium')
    ])
  }
  return [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/snap/bin/chromium',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable'
  ]
}

/** Playwright's own Chromium, where `npx playwright install chromium` has put one; otherwise null. */
export function playwrightChromium() {
  try {
    return createRequire(import.meta.url)('@playwright/test').chromium.executablePath()
  } catch {
    return null
  }
}

const HOW_TO_INSTALL = {
  linux: 'On Debian or Ubuntu: sudo apt-get install chromium.',
  darwin: 'On macOS: install Google Chrome (google.com/chrome), or run: brew install --cask chromium.',
  win32: 'On Windows: install Google Chrome (google.com/chrome).'
}

/**
 * The browser to use: `{ path }`, or `{ error }` with a message that says what to do. Everything it looks at can be
 * passed in, so the search for each OS is tested on any OS.
 */
export function findChromium(options = {}) {
  const platform = options.platform ?? process.platform
  const env = options.env ?? process.env
  const exists = options.exists ?? existsSync
  const bundled = options.playwrightPath === undefined ? playwrightChromium() : options.playwrightPath
  if (env.CHROMIUM_PATH) {
    if (exists(env.CHROMIUM_PATH)) return { path: env.CHROMIUM_PATH }
    return {
      error:
        `CHROMIUM_PATH is set to ${env.CHROMIUM_PATH}, but there is no file there. ` +
        'Set it to the Chrome or Chromium executable, or unset it to use an installed browser, then run npm test again.'
    }
  }
  const found = [...chromiumCandidates(platform, env), ...(bundled ? [bundled] : [])].find((p) => exists(p))
  if (found) return { path: found }
  return {
    error:
      'No Chrome or Chromium was found for the end-to-end tests. ' +
      `${HOW_TO_INSTALL[platform] ?? 'Install Google Chrome or Chromium.'} ` +
      'Or set CHROMIUM_PATH to the browser executable, or run: npx playwright install chromium. ' +
      'Then run npm test again.'
  }
}
