import { createRequire } from 'node:module'
import { FuseV1Options } from '@electron/fuses'
import { describe, expect, it } from 'vitest'
import { devToolsAllowed, secureWebPreferences } from '../../../electron/main/shell/security-policy'

// electron-builder's own modules, so the test reads electron-builder.yml exactly as `npm run dist` does: loaded,
// validated against its schema, and turned into the fuse wire that is flipped in the packaged binary.
const require = createRequire(import.meta.url)
const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
  getConfig: (dir: string, path: null, options: null) => Promise<{ electronFuses?: unknown; asar?: unknown }>
  validateConfiguration: (config: unknown, logger: unknown) => Promise<void>
}
const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown }
// Every platform packager inherits the same fuse mapping; the Linux one is the one this machine would use.
const { LinuxPackager } = require('app-builder-lib') as {
  LinuxPackager: { prototype: { generateFuseConfig: (fuses: unknown) => Promise<Record<number, unknown>> } }
}

describe('the packaged app', () => {
  it('flips the Electron fuses: no running as Node, no NODE_OPTIONS, no inspector; asar only, integrity checked', async () => {
    const config = await getConfig(process.cwd(), null, null)
    await validateConfiguration(config, new DebugLogger(false))
    expect(config.asar).toBe(true)
    const wire = await LinuxPackager.prototype.generateFuseConfig.call(null, config.electronFuses)
    expect(wire[FuseV1Options.RunAsNode]).toBe(false)
    expect(wire[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(false)
    expect(wire[FuseV1Options.EnableNodeCliInspectArguments]).toBe(false)
    expect(wire[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(true)
    expect(wire[FuseV1Options.OnlyLoadAppFromAsar]).toBe(true)
  }, 20_000)

  it('has DevTools off unless support starts it with --enable-devtools; on while developing', () => {
    const none = () => false
    expect(devToolsAllowed({ packaged: true, hasSwitch: none })).toBe(false)
    expect(devToolsAllowed({ packaged: true, hasSwitch: (name) => name === 'enable-devtools' })).toBe(true)
    expect(devToolsAllowed({ packaged: false, hasSwitch: none })).toBe(true)
    expect(secureWebPreferences('/p.cjs').devTools).toBe(false)
    expect(secureWebPreferences('/p.cjs', { devTools: true }).devTools).toBe(true)
  })
})
