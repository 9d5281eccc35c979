import { defineConfig } from '@playwright/test'

/**
 * End-to-end tests run the built renderer in Debian's Chromium (`/usr/bin/chromium`, or CHROMIUM_PATH),
 * wired to the real handlers through the browser harness. The Electron smoke test uses Playwright's
 * Electron launcher and skips, saying why, where the Electron binary is not installed.
 */
export default defineConfig({
  testDir: 'test/e2e',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  workers: 1,
  fullyParallel: false,
  reporter: [['list']],
  use: {
    headless: true,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
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
