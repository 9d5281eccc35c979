import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { DEMO_CREDENTIALS } from '../../../electron/main/demo'
import { startTestApp, type TestApp } from '../helpers/app-context'

let app: TestApp
beforeEach(async () => {
  app = await startTestApp()
  await app.call('documents:tokens-from-access-token', {
    accessToken: DEMO_CREDENTIALS.documentPassback.accessToken
  })
  await app.call('documents:fetch', { side: 'back', size: null })
})
afterEach(() => app.close())

// The audit log is a table of the studio database: read it as the app does (newest first).
const auditOutcomes = async () =>
  (await app.call('audit:list', { limit: 100 }))
    .filter((line) => line.action === 'export')
    .map((line) => line.outcome)

describe('Save as… for a document image', () => {
  it('replaces a file the save dialog already confirmed overwriting', async () => {
    const target = join(app.saveFolder, 'document-back.jpg')
    writeFileSync(target, 'an older file with the same name')
    // The person picked the older file's name in the dialog, which asked about replacing it.
    app.savePath = () => target
    expect(await app.call('documents:save-as', { side: 'back' })).toEqual({ path: target })
    expect(readFileSync(target).subarray(0, 3)).toEqual(Buffer.from([0xff, 0xd8, 0xff]))
    // No temp file is left beside it.
    expect(readdirSync(app.saveFolder)).toEqual(['document-back.jpg'])
    expect(await auditOutcomes()).toEqual(['ok'])
  })

  it('says plainly when the file cannot be written, leaves nothing behind, and audits the failure', async () => {
    const folder = join(app.saveFolder, 'taken')
    mkdirSync(folder)
    // A folder where the file should go: the final rename cannot replace it.
    app.savePath = () => folder
    await expect(app.call('documents:save-as', { side: 'back' })).rejects.toMatchObject({
      code: 'FILE_SYSTEM'
    })
    expect(readdirSync(app.saveFolder)).toEqual(['taken'])
    expect(await auditOutcomes()).toEqual(['FILE_SYSTEM'])
  })
})
