import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { settingsUpdateSchema } from '../../../electron/shared/contract'
import { catalogue } from '../../../electron/shared/i18n/messages'
import { mainLocale } from '../../../electron/main/services/i18n/main-language'
import { damagedSettingsNotice } from '../../../electron/main/services/settings/settings-service'
import { startTestApp, type TestApp } from '../helpers/app-context'

// The language follows the operating system until Settings choose one, and a switch applies at once in main:
// new errors, notices on screen and default sizes speak the new language; error codes never change.

let app: TestApp | null = null
afterEach(async () => {
  await app?.close()
  app = null
})

async function refusal(test: TestApp) {
  try {
    await test.call('documents:set-tokens', {})
  } catch (error) {
    return error as { code: string; message: string }
  }
  throw new Error('expected a refusal')
}

describe('the language in main', () => {
  it('follows the operating system (French here), then Settings, at once and without a restart', async () => {
    let systemLocale = 'fr-FR'
    app = await startTestApp({ host: { systemLocale: () => systemLocale } })
    const test = app
    expect((await test.call('app:get-info', undefined)).locale).toMatchObject({
      choice: 'system',
      language: 'fr',
      tag: 'fr-FR',
      unit: 'mm'
    })
    expect(await refusal(test)).toMatchObject({
      code: 'INVALID_TOKEN',
      message: catalogue.fr['documentsApi.error.noTokenPasted']
    })

    await test.call('settings:update', { locale: { language: 'en' } })
    expect((await test.call('app:get-info', undefined)).locale).toMatchObject({ language: 'en', unit: 'mm' })
    expect(await refusal(test)).toMatchObject({
      code: 'INVALID_TOKEN',
      message: catalogue.en['documentsApi.error.noTokenPasted']
    })
    // Kept in settings.json: the next start speaks English whatever the system says.
    expect(JSON.parse(readFileSync(join(test.dataDir, 'settings.json'), 'utf8')).locale).toEqual({
      language: 'en'
    })

    // Back to the system's language; a system change is followed while Settings says "system".
    await test.call('settings:update', { locale: { language: 'system' } })
    expect(mainLocale().language).toBe('fr')
    systemLocale = 'en-US'
    test.context.refreshLocale()
    expect(mainLocale()).toMatchObject({ language: 'en', tag: 'en-US', unit: 'in' })
  })

  it('tells the window its notices again, in the new language', async () => {
    app = await startTestApp({ host: { systemLocale: () => 'en-US' } })
    const test = app
    test.context.core.notices.add(
      damagedSettingsNotice({ unreadable: true, reset: [], keptAt: '/d/kept.json' })
    )
    expect((await test.call('notices:list', undefined))[0]?.title).toBe(
      catalogue.en['settings.damaged.allTitle']
    )
    test.events.length = 0
    await test.call('settings:update', { locale: { language: 'fr' } })
    const told = test.events.filter((e) => e.event === 'notices:changed')
    expect(told).toHaveLength(1)
    expect((told[0]?.payload as { title: string }[])[0]?.title).toBe(
      catalogue.fr['settings.damaged.allTitle']
    )
  })

  it('starts a custom paper in the locale’s unit: 100×150 mm in French, 4×6 in in the United States', async () => {
    app = await startTestApp({ host: { systemLocale: () => 'fr-FR' } })
    const test = app
    expect((await test.call('sheets:get-settings', { paper: 'custom' })).settings.customPaper).toEqual({
      width: 100,
      height: 150,
      unit: 'mm'
    })
    await test.call('settings:update', { locale: { language: 'en' } })
    // English on a French system keeps the French region, so millimetres still.
    expect((await test.call('sheets:get-settings', { paper: 'custom' })).settings.customPaper?.unit).toBe(
      'mm'
    )
    await app.close()
    app = await startTestApp({ host: { systemLocale: () => 'en-US' } })
    expect((await app.call('sheets:get-settings', { paper: 'custom' })).settings.customPaper).toEqual({
      width: 4,
      height: 6,
      unit: 'in'
    })
  })

  it('accepts only the languages it speaks', () => {
    expect(settingsUpdateSchema.safeParse({ locale: { language: 'fr' } }).success).toBe(true)
    expect(settingsUpdateSchema.safeParse({ locale: { language: 'de' } }).success).toBe(false)
  })
})
