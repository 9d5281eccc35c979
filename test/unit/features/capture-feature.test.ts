import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import sharp from 'sharp'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { HotFoldersView, JobView } from '../../../electron/shared/contract'
import { startTestApp, type TestApp } from '../helpers/app-context'
import { photoPath } from '../services/face/face-fixtures'

let app: TestApp
beforeEach(async () => {
  app = await startTestApp()
})
afterEach(() => app.close())

const folderOptions = {
  specCode: 'us-passport',
  mode: 'direct' as const,
  customerRule: 'before-underscore' as const,
  afterQueued: 'leave' as const,
  deleteAfterDays: 7,
  networkFolder: false
}
const astronaut = (width: number) =>
  sharp(readFileSync(photoPath('astronaut.png')))
    .resize(width)
    .jpeg()
    .toBuffer()
const lastView = () =>
  [...app.events].reverse().find((e) => e.event === 'capture:hot-folders')?.payload as
    HotFoldersView | undefined

describe('the capture feature in the running app', () => {
  it('turns a photo written into a hot folder into a queued job with the customer from its name, through pre-flight', async () => {
    // The folder dialog answers the test's save folder.
    const view = await app.call('capture:add-hot-folder', folderOptions)
    expect(view.folders).toHaveLength(1)
    await expect.poll(() => lastView()?.folders[0]?.state, { timeout: 10_000 }).toBe('watching')
    writeFileSync(join(app.saveFolder, 'Lee_0001.jpg'), await astronaut(1200))
    writeFileSync(join(app.saveFolder, 'tiny_0002.jpg'), await astronaut(120))
    const jobs = async () => (await app.call('photos:list-jobs', undefined)) as JobView[]
    await expect
      .poll(async () => (await jobs()).map((j) => [j.customer, j.specCode]), { timeout: 15_000 })
      .toEqual([['Lee', 'us-passport']])
    await expect
      .poll(
        () =>
          lastView()
            ?.activity.map((a) => a.kind)
            .sort(),
        { timeout: 10_000 }
      )
      .toEqual(['queued', 'refused'])
    const refused = lastView()?.activity.find((a) => a.kind === 'refused')
    expect(refused?.fileName).toBe('tiny_0002.jpg')
    expect(refused?.error?.code).toBe('IMAGE_TOO_SMALL')
    expect(lastView()?.activity.find((a) => a.kind === 'queued')?.jobId).toBe((await jobs())[0]?.id)
    // Persisted: the settings file has the folder.
    const saved = JSON.parse(readFileSync(join(app.dataDir, 'settings.json'), 'utf8'))
    expect(saved.capture.hotFolders.folders[0].path).toBe(app.saveFolder)
  }, 40_000)

  it('refuses to watch the folder finished photos are saved to, and a folder already watched', async () => {
    const view = await app.call('capture:add-hot-folder', folderOptions)
    await expect(app.call('capture:add-hot-folder', folderOptions)).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: expect.stringContaining('already watched')
    })
    await app.call('capture:remove-hot-folder', { id: view.folders[0]!.folder.id })
    await app.call('settings:choose-output-folder', undefined)
    await expect(app.call('capture:add-hot-folder', folderOptions)).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: expect.stringContaining('Finished photos are saved to that folder')
    })
  })

  it('pauses and resumes the hot folders with one call, remembered in settings', async () => {
    await app.call('capture:add-hot-folder', folderOptions)
    const paused = await app.call('capture:pause-hot-folders', { paused: true })
    expect(paused).toMatchObject({ paused: true, folders: [{ state: 'paused' }] })
    expect(app.context.core.currentSettings().capture.hotFolders.paused).toBe(true)
    const resumed = await app.call('capture:pause-hot-folders', { paused: false })
    expect(resumed.paused).toBe(false)
  })

  it('draws the guide from the spec and checks a live frame with the local face engine', async () => {
    const guide = await app.call('capture:guide', { specCode: 'us-passport' })
    expect(guide).toMatchObject({ specName: 'US Passport', aspect: 1, fromSpec: true })
    const frame = await app.call('capture:check-frame', {
      specCode: 'us-passport',
      frame: await astronaut(640)
    })
    expect(frame.width).toBe(640)
    expect(frame.face).not.toBeNull()
    // The astronaut smiles with her teeth showing.
    expect(frame.messages.map((m) => m.code)).toContain('MOUTH_OPEN')
    expect(frame.state).toBe('adjust')
  }, 60_000)

  it('opens the camera gate only while the Camera view says it is open, and closes it with the window', async () => {
    expect(app.context.cameraViewOpen()).toBe(false)
    await app.call('capture:set-camera-view', { open: true })
    expect(app.context.cameraViewOpen()).toBe(true)
    await app.context.clearSensitive('window-closed')
    expect(app.context.cameraViewOpen()).toBe(false)
  })

  it('remembers the chosen camera, the mirror, the countdown and the footswitch key', async () => {
    const capture = await app.call('capture:update-camera', {
      deviceId: 'cam-2',
      label: 'USB Camera',
      countdown: true,
      footswitchKey: 'PageDown'
    })
    expect(capture.camera).toEqual({
      deviceId: 'cam-2',
      label: 'USB Camera',
      mirror: true,
      countdown: true,
      footswitchKey: 'PageDown'
    })
    const saved = JSON.parse(readFileSync(join(app.dataDir, 'settings.json'), 'utf8'))
    expect(saved.capture.camera.footswitchKey).toBe('PageDown')
  })
})
