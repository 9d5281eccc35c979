import { defineConfig } from '@playwright/test'
import { findChromium } from './scripts/find-chromium.mjs'

/**
 * End-to-end tests run the built renderer in Chrome or Chromium (CHROMIUM_PATH, or one installed in the usual
 * place for the OS: scripts/find-chromium.mjs), wired to the real handlers through the browser harness. The
 * Electron smoke test uses Playwright's Electron launcher and skips, saying why, where the Electron binary is not
 * installed.
 */
const browser = findChromium()
if (browser.error) console.warn(browser.error)

export default defineConfig({
  testDir: 'test/e2e',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  workers: 1,
  fullyParallel: false,
  reporter: [['list']],
  use: {
    headless: true,
    // English unless a test asks for another language (the app follows the browser's, as it follows the OS's).
    locale: 'en-US',
    launchOptions: {
      ...(browser.path ? { executablePath: browser.path } : {}),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync'
      ]
    },
    trace: 'off',
    screenshot: 'only-on-failure'
  }
})
