import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  defaultSheetSettings,
  recallSheetSettings,
  rememberSheetSettings
} from '../../../../electron/main/services/sheets/sheet-preferences'
import { SettingsService } from '../../../../electron/main/services/settings/settings-service'

const none = { papers: [], printers: [] }

describe('sheet settings, remembered per paper and per printer', () => {
  it('starts from the paper: edge to edge on photo paper, a 4 mm margin on office paper', () => {
    expect(defaultSheetSettings('4x6in')).toMatchObject({
      marginMm: 0,
      gapMm: 0,
      guides: 'lines',
      label: true
    })
    expect(defaultSheetSettings('a4')).toMatchObject({ marginMm: 4, gapMm: 0 })
    expect(recallSheetSettings(none, '5x7in')).toEqual({
      settings: defaultSheetSettings('5x7in'),
      remembered: false
    })
  })

  it('recalls the last settings for a paper, and the margin last used on each printer', () => {
    let prefs = rememberSheetSettings(none, '4x6in', 'Office laser', {
      ...defaultSheetSettings('4x6in'),
      marginMm: 4
    })
    prefs = rememberSheetSettings(prefs, '4x6in', 'DNP DS620', { ...defaultSheetSettings('4x6in'), dpi: 254 })
    prefs = rememberSheetSettings(prefs, 'a4', undefined, {
      ...defaultSheetSettings('a4'),
      guides: 'crop-marks'
    })
    // The laser cannot print to the edge: its 4 mm stays with it; the dye-sub keeps 0.
    expect(recallSheetSettings(prefs, '4x6in', 'Office laser').settings).toMatchObject({
      marginMm: 4,
      dpi: 254
    })
    expect(recallSheetSettings(prefs, '4x6in', 'DNP DS620').settings).toMatchObject({ marginMm: 0, dpi: 254 })
    expect(recallSheetSettings(prefs, 'a4', 'DNP DS620')).toMatchObject({
      settings: { guides: 'crop-marks', marginMm: 4 },
      remembered: true
    })
    expect(prefs.papers.filter((p) => p.paper === '4x6in')).toHaveLength(1)
  })
})

describe('the settings file', () => {
  let dir: string
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'sheet-prefs-'))
  })
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  it('loads a file from before sheet settings were remembered, and keeps them across a restart', async () => {
    const older = {
      passportPhoto: { region: 'us', customBaseUrl: null },
      documents: { environment: 'sandbox', idleTimeoutMinutes: 15 },
      jobs: { concurrency: 3, retentionDays: 30, outputFolder: '/srv/photos' },
      quotaWarningBelow: 5
    }
    await writeFile(join(dir, 'settings.json'), JSON.stringify(older))
    const service = new SettingsService(dir)
    const loaded = await service.load()
    expect(loaded.jobs.outputFolder).toBe('/srv/photos')
    expect(loaded.sheets).toEqual(none)
    const prefs = rememberSheetSettings(loaded.sheets, '4x6in', 'DNP DS620', defaultSheetSettings('4x6in'))
    await service.setSheets(prefs)
    // Another section's update keeps the sheets section.
    await service.update({ quotaWarningBelow: 7 })
    const reopened = await new SettingsService(dir).load()
    expect(reopened.sheets).toEqual(prefs)
    expect(reopened.passportPhoto.region).toBe('us')
  })
})
