import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { contentKey } from '../../../../electron/main/services/capture/content-key'
import { photo, settle, startHotFolders } from './hot-folder-harness'

type Running = Awaited<ReturnType<typeof startHotFolders>>
const started: Running[] = []
const folders: string[] = []
afterEach(async () => {
  for (const run of started.splice(0)) await run.close()
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true })
})

async function start(options: Parameters<typeof startHotFolders>[0] = {}) {
  const run = await startHotFolders(options)
  started.push(run)
  await run.watching()
  return run
}
const tempDir = (prefix: string) => {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  folders.push(dir)
  return dir
}

describe('hot folder: over time', () => {
  it('does not queue a photo again after a restart, and queues one that arrived while the app was closed', async () => {
    const dir = tempDir('hot-restart-')
    const dataDir = tempDir('hot-restart-data-')
    const first = await startHotFolders({ dir, dataDir })
    await first.watching()
    await writeFile(join(dir, 'A_1.jpg'), await photo(11))
    await expect.poll(() => first.submitted.length, { timeout: 5000 }).toBe(1)
    await first.hot.close()
    // While the app is closed: one new photo.
    await writeFile(join(dir, 'B_2.jpg'), await photo(12))
    const second = await start({ dir, dataDir })
    await expect.poll(() => second.submitted.map((s) => s.name), { timeout: 5000 }).toEqual(['B_2.jpg'])
    await settle()
    expect(second.submitted).toHaveLength(1)
  })

  it('reports a folder that disappears, and watches it again when it comes back', async () => {
    const dir = tempDir('hot-gone-')
    const hot = await start({ dir })
    await writeFile(join(dir, 'C_1.jpg'), await photo(21))
    await expect.poll(() => hot.submitted.length, { timeout: 5000 }).toBe(1)
    // The queued row is written after the hand-over; wait for it so it cannot land after the folder-missing row.
    await expect.poll(() => hot.activity()[0]?.kind, { timeout: 5000 }).toBe('queued')
    rmSync(dir, { recursive: true, force: true })
    await expect.poll(() => hot.view().folders[0]?.state, { timeout: 5000 }).toBe('missing')
    expect(hot.missing).toEqual([true])
    expect(hot.activity()[0]).toMatchObject({ kind: 'folder-missing' })
    expect(hot.view().folders[0]?.message).toContain('watched again as soon as it is back')
    mkdirSync(dir)
    await expect.poll(() => hot.view().folders[0]?.state, { timeout: 5000 }).toBe('watching')
    expect(hot.missing).toEqual([true, false])
    await writeFile(join(dir, 'C_2.jpg'), await photo(22))
    await expect
      .poll(() => hot.submitted.map((s) => s.name), { timeout: 5000 })
      .toEqual(['C_1.jpg', 'C_2.jpg'])
  })

  it('moves a queued photo to done/ and never takes it from there again', async () => {
    const hot = await start({ folder: { afterQueued: 'move-to-done' } })
    await writeFile(join(hot.dir, 'D_1.jpg'), await photo(31))
    // A name already taken in done/ is not overwritten.
    mkdirSync(join(hot.dir, 'done'))
    writeFileSync(join(hot.dir, 'done', 'D_1.jpg'), 'an earlier file')
    await expect
      .poll(() => readdirSync(join(hot.dir, 'done')).sort(), { timeout: 5000 })
      .toEqual(['D_1 (2).jpg', 'D_1.jpg'])
    await settle()
    expect(existsSync(join(hot.dir, 'D_1.jpg'))).toBe(false)
    expect(hot.submitted).toHaveLength(1)
    expect(hot.activity()[0]?.message).toContain('moved to done/')
  })

  it('deletes a queued photo after N days, only if it is still the file that was queued', async () => {
    let now = Date.now()
    const hot = await start({
      now: () => now,
      folder: { afterQueued: 'delete-after-days', deleteAfterDays: 3 }
    })
    await writeFile(join(hot.dir, 'E_1.jpg'), await photo(51))
    await writeFile(join(hot.dir, 'E_2.jpg'), await photo(52))
    await expect.poll(() => hot.submitted.length, { timeout: 5000 }).toBe(2)
    await hot.hot.idle()
    now += 2 * 86_400_000
    await hot.hot.sweep()
    expect(existsSync(join(hot.dir, 'E_1.jpg'))).toBe(true)
    // E_2 is replaced by the operator in the meantime: not the file that was queued, so it is kept.
    await hot.hot.close()
    await writeFile(join(hot.dir, 'E_2.jpg'), await photo(53))
    now += 2 * 86_400_000
    await hot.hot.sweep()
    expect(existsSync(join(hot.dir, 'E_1.jpg'))).toBe(false)
    expect(existsSync(join(hot.dir, 'E_2.jpg'))).toBe(true)
    expect(hot.hot.view().activity[0]?.message).toContain('1 queued photo was deleted')
  })

  it('pauses and resumes with one call; photos written while paused are queued on resume', async () => {
    const hot = await start({ paused: false })
    await hot.hot.apply({ paused: true, folders: [hot.folder] })
    expect(hot.view()).toMatchObject({ paused: true, folders: [{ state: 'paused' }] })
    await writeFile(join(hot.dir, 'F_1.jpg'), await photo(61))
    await settle()
    expect(hot.submitted).toHaveLength(0)
    await hot.hot.apply({ paused: false, folders: [hot.folder] })
    await expect.poll(() => hot.submitted.map((s) => s.name), { timeout: 5000 }).toEqual(['F_1.jpg'])
  })

  it('never sends again a photo that was being queued when the app stopped, and says to check the queue', async () => {
    const dir = tempDir('hot-crash-')
    const dataDir = tempDir('hot-crash-data-')
    const bytes = await photo(71)
    await writeFile(join(dir, 'G_1.jpg'), bytes)
    const info = await stat(join(dir, 'G_1.jpg'))
    // The ledger as a crash left it: the photo recorded as "sending", its version since touched.
    writeFileSync(
      join(dataDir, 'ledger.json'),
      JSON.stringify({
        version: 1,
        files: [
          {
            hash: contentKey(bytes),
            folderId: 'f1',
            path: join(dir, 'G_1.jpg'),
            size: info.size,
            mtimeMs: info.mtimeMs - 5000,
            status: 'sending',
            jobId: null,
            message: null,
            at: Date.now() - 60_000,
            deleteAfter: null,
            deleted: false
          }
        ],
        skipped: [],
        folders: { f1: { path: dir, since: Date.now() - 120_000 } }
      })
    )
    const hot = await start({ dir, dataDir })
    await expect.poll(() => hot.activity()[0]?.error?.code, { timeout: 5000 }).toBe('INTERRUPTED')
    expect(hot.activity()[0]?.message).toContain('Check the queue')
    await settle()
    expect(hot.submitted).toHaveLength(0)
  })

  it('treats a damaged ledger as a fresh start: the files present are left alone, not sent again', async () => {
    const dir = tempDir('hot-damaged-')
    const dataDir = tempDir('hot-damaged-data-')
    await writeFile(join(dir, 'H_1.jpg'), await photo(81))
    writeFileSync(join(dataDir, 'ledger.json'), '{"version": 1, "files": [ truncated')
    const hot = await start({ dir, dataDir })
    expect(hot.ledger.damaged).toBe(true)
    await settle()
    expect(hot.submitted).toHaveLength(0)
    expect(hot.activity().some((a) => a.kind === 'left-alone')).toBe(true)
  })
})
