import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, expect, it } from 'vitest'
import { SettingsService } from '../../../../electron/main/services/settings/settings-service'

let dir = ''
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'studio-appearance-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

it('keeps the light or dark choice, tells listeners (the shell sets nativeTheme from it), and keeps the rest', async () => {
  const settings = new SettingsService(dir)
  await settings.load()
  expect(settings.get().appearance.theme).toBe('system')
  const heard: string[] = []
  settings.onChange((s) => heard.push(s.appearance.theme))
  await settings.update({ appearance: { theme: 'dark' } })
  await settings.update({ jobs: { concurrency: 4 } })
  expect(heard).toEqual(['dark', 'dark'])
  const reopened = new SettingsService(dir)
  expect((await reopened.load()).appearance.theme).toBe('dark')
  expect(reopened.get().jobs.concurrency).toBe(4)
})
