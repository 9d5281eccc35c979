import { readdirSync, readFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { DEMO_CREDENTIALS } from '../../../electron/main/demo'
import { startTestApp, type TestApp } from '../helpers/app-context'

// 3 December 2026, 10:30 local time.
const NOW = new Date(2026, 11, 3, 10, 30).getTime()

let app: TestApp | null = null
afterEach(() => app?.close())

/** An app whose save "dialog" is the browser build's: no question before a file is replaced. */
async function browserBuild(): Promise<TestApp> {
  const started: TestApp = await startTestApp({
    host: {
      now: () => NOW,
      dialogs: {
        asksBeforeReplacing: false,
        chooseFolder: async () => started.saveFolder,
        chooseSavePath: async (_title, suggested) => join(started.saveFolder, basename(suggested))
      }
    }
  })
  await started.call('documents:tokens-from-access-token', {
    accessToken: DEMO_CREDENTIALS.documentPassback.accessToken
  })
  await started.call('documents:fetch', { side: 'front', size: null })
  return started
}

describe('exports in the browser build never replace an earlier file', () => {
  it('two audit log exports in a row: the one name rule, the second numbered, both whole', async () => {
    app = await browserBuild()
    const first = (await app.call('audit:export', undefined)) as { path: string }
    await app.call('documents:save-as', { side: 'front' })
    const second = (await app.call('audit:export', undefined)) as { path: string }
    expect(basename(first.path)).toBe('audit-log_documents_2026-12-03.jsonl')
    expect(basename(second.path)).toBe('audit-log_documents_2026-12-03_2.jsonl')
    const lines = (path: string) => readFileSync(path, 'utf8').trim().split('\n').length
    // The second export holds one more row (the document saved in between); the first was not touched.
    expect(lines(second.path)).toBe(lines(first.path) + 1)
  })

  it('two document saves of the same side at once each get their own file', async () => {
    app = await browserBuild()
    const saves = (await Promise.all([
      app.call('documents:save-as', { side: 'front' }),
      app.call('documents:save-as', { side: 'front' })
    ])) as { path: string }[]
    expect(new Set(saves.map((s) => s.path)).size).toBe(2)
    expect(readdirSync(app.saveFolder).sort()).toEqual([
      'id-document_front_2026-12-03.jpg',
      'id-document_front_2026-12-03_2.jpg'
    ])
  })
})
