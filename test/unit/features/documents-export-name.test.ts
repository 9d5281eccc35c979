import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { DEMO_CREDENTIALS } from '../../../electron/main/demo'
import { suggestedDocumentName } from '../../../electron/main/services/documents/export-name'
import { startTestApp, type TestApp } from '../helpers/app-context'

// 3 December 2026, 10:30 local time.
const NOW = new Date(2026, 11, 3, 10, 30).getTime()

let app: TestApp
let suggested: string[]
beforeEach(async () => {
  app = await startTestApp({ host: { now: () => NOW } })
  suggested = []
  const pick = app.savePath
  app.savePath = (name) => {
    suggested.push(name)
    return pick(name)
  }
  await app.call('documents:tokens-from-access-token', {
    accessToken: DEMO_CREDENTIALS.documentPassback.accessToken
  })
})
afterEach(() => app.close())

describe('Save as… for a document image: the name', () => {
  it('suggests the side and the date, never a token', async () => {
    await app.call('documents:fetch', { side: 'front', size: null })
    await app.call('documents:save-as', { side: 'front' })
    expect(suggested).toEqual(['id-document_front_2026-12-03.jpg'])
    const state = await app.call('documents:state', undefined)
    expect(suggested[0]).not.toContain(state.sides.front.tokenFingerprint ?? 'none')
    expect(suggestedDocumentName('back', 'png', NOW)).toBe('id-document_back_2026-12-03.png')
  })

  it('records the chosen file name in the export’s audit row', async () => {
    await app.call('documents:fetch', { side: 'back', size: null })
    app.savePath = () => `${app.saveFolder}/case-4711 back side.jpg`
    await app.call('documents:save-as', { side: 'back' })
    const rows = await app.call('audit:list', { limit: 50 })
    const exports = rows.filter((r) => r.action === 'export')
    expect(exports).toHaveLength(1)
    expect(exports[0]).toMatchObject({ side: 'back', outcome: 'ok', detail: 'file case-4711 back side.jpg' })
    // The folder is not in the log, only the name chosen.
    expect(exports[0]?.detail).not.toContain(app.saveFolder)
  })
})
