import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { z } from 'zod'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  type DamagedSettings,
  damagedSettingsNotice,
  settingLabel,
  defaultSettings,
  SettingsService
} from '../../../../electron/main/services/settings/settings-service'
import { repair } from '../../../../electron/main/services/settings/settings-repair'
import { startTestApp } from '../../helpers/app-context'

let dir = ''
let damages: DamagedSettings[]
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'studio-settings-'))
  damages = []
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

const SAVED = {
  passportPhoto: { region: 'eu', customBaseUrl: null },
  documents: { environment: 'sandbox', idleTimeoutMinutes: 25 },
  jobs: { concurrency: 3, retentionDays: 30, outputFolder: '/studio/finished' },
  quotaWarningBelow: 40,
  appearance: { theme: 'dark' }
}

function service() {
  return new SettingsService(dir, {
    onDamaged: (damage) => damages.push(damage),
    now: () => Date.UTC(2026, 0, 2)
  })
}
const write = (value: unknown) =>
  writeFileSync(join(dir, 'settings.json'), typeof value === 'string' ? value : JSON.stringify(value))
const files = () => readdirSync(dir).sort()

describe('loading settings.json', () => {
  it('keeps every valid setting when one field fails the schema, resets only that one, and keeps the file aside', async () => {
    const damaged = { ...SAVED, documents: { environment: 'sandbox', idleTimeoutMinutes: 'ten' } }
    write(damaged)
    const loaded = await service().load()
    // SAVED predates the sheets, capture, face checks, studio and locale sections: they load with their defaults, silently.
    expect(loaded).toEqual({
      ...SAVED,
      documents: { environment: 'sandbox', idleTimeoutMinutes: 10 },
      sheets: defaultSettings().sheets,
      sharedDatabase: defaultSettings().sharedDatabase,
      capture: defaultSettings().capture,
      faceChecks: defaultSettings().faceChecks,
      studio: defaultSettings().studio,
      locale: { language: 'system' }
    })
    expect(loaded.jobs.outputFolder).toBe('/studio/finished')
    expect(loaded.passportPhoto.region).toBe('eu')
    const keptAt = join(dir, 'settings.damaged-2026-01-02T00-00-00-000Z.json')
    expect(damages).toEqual([{ unreadable: false, reset: ['documents.idleTimeoutMinutes'], keptAt }])
    expect(JSON.parse(readFileSync(keptAt, 'utf8'))).toEqual(damaged)
    // The repaired file is written back, so the next start is quiet.
    expect(JSON.parse(readFileSync(join(dir, 'settings.json'), 'utf8'))).toEqual(loaded)
    expect(await service().load()).toEqual(loaded)
    expect(damages).toHaveLength(1)
  })

  it('resets a whole section that is not an object, and keeps the other sections', async () => {
    write({ ...SAVED, jobs: 'garbage', quotaWarningBelow: -3 })
    const loaded = await service().load()
    expect(loaded.jobs).toEqual(defaultSettings().jobs)
    expect(loaded.quotaWarningBelow).toBe(defaultSettings().quotaWarningBelow)
    expect(loaded.documents).toEqual(SAVED.documents)
    expect(damages[0]?.reset).toEqual(['jobs', 'quotaWarningBelow'])
    expect(damages[0]?.reset.map(settingLabel)).toEqual(['Photo job settings', 'Quota warning level'])
  })

  it('loads an older file without a newer section or field with their defaults, without a warning', async () => {
    const { quotaWarningBelow: _dropped, appearance: _added, ...older } = SAVED
    write({ ...older, jobs: { concurrency: 3, retentionDays: 30 } })
    const loaded = await service().load()
    expect(loaded.quotaWarningBelow).toBe(defaultSettings().quotaWarningBelow)
    expect(loaded.appearance).toEqual({ theme: 'system' })
    // The shared studio database came later: an older file loads with it off.
    expect(loaded.sharedDatabase).toEqual(defaultSettings().sharedDatabase)
    expect(loaded.sharedDatabase.enabled).toBe(false)
    expect(loaded.jobs).toEqual({ concurrency: 3, retentionDays: 30, outputFolder: null })
    expect(loaded.passportPhoto.region).toBe('eu')
    expect(loaded.faceChecks.hold.MOUTH_OPEN).toBe(true)
    expect(loaded.studio).toEqual({ name: '' })
    expect(damages).toEqual([])
    expect(files()).toEqual(['settings.json'])
  })

  it('loads a face checks section written before a warning existed with that warning’s default, keeping the rest', async () => {
    const { GREYSCALE_PHOTO: _newer, ...olderHolds } = {
      ...defaultSettings().faceChecks.hold,
      MOUTH_OPEN: false
    }
    write({ ...SAVED, faceChecks: { hold: olderHolds }, studio: { name: 'Corner Photo' } })
    const loaded = await service().load()
    expect(loaded.faceChecks.hold.MOUTH_OPEN).toBe(false)
    expect(loaded.faceChecks.hold.GREYSCALE_PHOTO).toBe(true)
    expect(loaded.studio.name).toBe('Corner Photo')
  })

  it('says so, keeps the file and starts from the defaults when the file is not JSON at all', async () => {
    write('{"passportPhoto": {"region": "eu"')
    expect(await service().load()).toEqual(defaultSettings())
    expect(damages).toEqual([
      { unreadable: true, reset: [], keptAt: expect.stringContaining('settings.damaged-') }
    ])
    expect(readFileSync(damages[0]?.keptAt ?? '', 'utf8')).toBe('{"passportPhoto": {"region": "eu"')
  })

  it('starts quietly with the defaults when there is no file yet', async () => {
    expect(await service().load()).toEqual(defaultSettings())
    expect(damages).toEqual([])
    expect(files()).toEqual([])
  })
})

describe('repair, for sections other engineers add', () => {
  it('works on any object schema, field by field, nested', () => {
    const schema = z.object({ a: z.object({ x: z.number(), y: z.string() }), b: z.boolean(), c: z.number() })
    const fallback = { a: { x: 1, y: 'one' }, b: false, c: 0 }
    expect(repair(schema, { a: { x: 'bad', y: 'kept' }, b: true }, fallback)).toEqual({
      value: { a: { x: 1, y: 'kept' }, b: true, c: 0 },
      reset: ['a.x']
    })
  })
})

describe('telling the person', () => {
  it('names what was reset and where the damaged file was kept, as a notice in the app shell', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'studio-settings-app-'))
    writeFileSync(join(dataDir, 'settings.json'), JSON.stringify({ ...SAVED, quotaWarningBelow: 'lots' }))
    const app = await startTestApp({ dataDir })
    try {
      const [notice, ...others] = await app.call('notices:list', undefined)
      expect(others).toEqual([])
      expect(notice).toMatchObject({
        id: 'settings-damaged',
        level: 'warning',
        title: 'Some settings were reset'
      })
      expect(notice?.message).toContain('Quota warning level')
      expect(notice?.message).toContain('Everything else was kept')
      expect(notice?.message).toMatch(/kept at .*settings\.damaged-.*\.json/)
      expect((await app.call('settings:get', undefined)).jobs.outputFolder).toBe('/studio/finished')
      expect(await app.call('notices:dismiss', { id: 'settings-damaged' })).toEqual([])
      expect(app.events.some((e) => e.event === 'notices:changed')).toBe(true)
    } finally {
      await app.close()
      rmSync(dataDir, { recursive: true, force: true })
    }
  })

  it('says plainly when everything was reset', () => {
    const notice = damagedSettingsNotice({
      unreadable: true,
      reset: [],
      keptAt: '/d/settings.damaged-x.json'
    })
    const message = typeof notice.message === 'function' ? notice.message() : notice.message
    expect(message).toContain('every setting is back to its default')
    expect(message).toContain('/d/settings.damaged-x.json')
  })
})
