import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { nativeBindingFor } from '../../../../electron/main/services/db/native-binding'

const node = { node: '20.20.2' } as NodeJS.ProcessVersions
const electron = { node: '22.0.0', electron: '45.5.0' } as NodeJS.ProcessVersions

describe('which better-sqlite3 build the app loads', () => {
  it('under plain Node (tests, harness, bench): the one in node_modules', () => {
    expect(nativeBindingFor(node, 'file:///repo/out/main/index.js', () => true)).toBeUndefined()
  })

  it('under Electron from the checkout: native/electron beside out/', () => {
    expect(nativeBindingFor(electron, 'file:///repo/out/main/index.js', () => true)).toBe(
      '/repo/native/electron/better_sqlite3.node'
    )
  })

  it('packaged: the copy electron-builder unpacked from the archive', () => {
    const seen: string[] = []
    const path = nativeBindingFor(
      electron,
      'file:///opt/Studio/resources/app.asar/out/main/index.js',
      (p) => {
        seen.push(p)
        return p.includes('app.asar.unpacked')
      }
    )
    expect(path).toBe('/opt/Studio/resources/app.asar.unpacked/native/electron/better_sqlite3.node')
  })

  it('says what to run when the Electron build is missing', () => {
    expect(() => nativeBindingFor(electron, 'file:///repo/out/main/index.js', () => false)).toThrow(
      /scripts\/electron-native\.mjs/
    )
  })

  it('electron-builder packages that build, outside the archive, and does not rebuild node_modules', () => {
    const config = readFileSync(new URL('../../../../electron-builder.yml', import.meta.url), 'utf8')
    const list = (key: string) =>
      new RegExp(`^${key}:\\n((?:  - .*\\n|  #.*\\n)+)`, 'm').exec(config)?.[1] ?? ''
    expect(list('files')).toContain('- native/electron/**')
    expect(list('asarUnpack')).toContain('- native/electron/**')
    expect(config).toMatch(/^npmRebuild: false$/m)
  })
})
