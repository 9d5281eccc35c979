import { mkdtempSync } from 'node:fs'
import { copyFile, rename, utimes, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { photo, settle, startHotFolders, writeSlowly } from './hot-folder-harness'

type Running = Awaited<ReturnType<typeof startHotFolders>>
let running: Running | null = null
afterEach(async () => {
  await running?.close()
  running = null
})

async function start(options: Parameters<typeof startHotFolders>[0] = {}) {
  running = await startHotFolders(options)
  await running.watching()
  return running
}

describe('hot folder: files arriving', () => {
  it('waits for a file written slowly in pieces, with pauses longer than the stability window, and sends it whole', async () => {
    const hot = await start()
    const bytes = await photo(1)
    // 5 pieces 300 ms apart: the size is stable for longer than 150 ms between them, so only the missing
    // end-of-image marker tells that the file is unfinished.
    await writeSlowly(join(hot.dir, 'SMITH_0001.jpg'), bytes, 5, 300)
    await expect.poll(() => hot.submitted.length, { timeout: 5000 }).toBe(1)
    await settle()
    expect(hot.submitted).toHaveLength(1)
    expect(hot.submitted[0]?.bytes.equals(bytes)).toBe(true)
    expect(hot.activity()[0]).toMatchObject({ kind: 'queued', jobId: 'job-1', customer: 'SMITH' })
  })

  it('ignores the temp name a camera writes first and queues the file once it is renamed', async () => {
    const hot = await start()
    const bytes = await photo(2)
    const temp = join(hot.dir, 'IMG_0002.JPG.tmp')
    await writeSlowly(temp, bytes, 3, 100)
    await settle(400)
    expect(hot.submitted).toHaveLength(0)
    await rename(temp, join(hot.dir, 'IMG_0002.JPG'))
    await expect.poll(() => hot.submitted.map((s) => s.name), { timeout: 5000 }).toEqual(['IMG_0002.JPG'])
    await settle()
    expect(hot.submitted).toHaveLength(1)
  })

  it('queues 20 photos copied in at once, each exactly once', async () => {
    const hot = await start()
    const sources = await Promise.all(
      Array.from({ length: 20 }, async (_, i) => {
        const path = join(hot.dataDir, `src-${i}.jpg`)
        await writeFile(path, await photo(100 + i))
        return path
      })
    )
    await Promise.all(sources.map((src, i) => copyFile(src, join(hot.dir, `CUST${i}_photo.jpg`))))
    await expect.poll(() => hot.submitted.length, { timeout: 15_000 }).toBe(20)
    await settle()
    const names = hot.submitted.map((s) => s.name).sort()
    expect(new Set(names).size).toBe(20)
    expect(hot.view().folders[0]).toMatchObject({ queued: 20, refused: 0 })
    expect(hot.activity().filter((a) => a.kind === 'queued')).toHaveLength(20)
  })

  it('never sends the same photo twice: not a copy under another name, not when touched, not when its metadata is rewritten', async () => {
    const hot = await start()
    const bytes = await photo(3)
    const original = join(hot.dir, 'JONES_1.jpg')
    await writeFile(original, bytes)
    await expect.poll(() => hot.submitted.length, { timeout: 5000 }).toBe(1)
    // A copy of the same photo under another name.
    await copyFile(original, join(hot.dir, 'JONES_1 copy.jpg'))
    await expect.poll(() => hot.activity()[0]?.kind, { timeout: 5000 }).toBe('duplicate')
    // The camera software touches it, then rewrites its metadata (a comment segment before the image data).
    await utimes(original, new Date(), new Date(Date.now() + 5000))
    const withComment = Buffer.concat([
      bytes.subarray(0, 2),
      Buffer.from([0xff, 0xfe, 0x00, 0x07]),
      Buffer.from('rated'),
      bytes.subarray(2)
    ])
    await settle(400)
    await writeFile(original, withComment)
    await settle(900)
    expect(hot.submitted).toHaveLength(1)
    expect(hot.activity().filter((a) => a.kind === 'duplicate')).toHaveLength(1)
  })

  it('refuses a file that is not an image, as a drop would, once, and not again when it is touched', async () => {
    const hot = await start()
    const path = join(hot.dir, 'broken.jpg')
    await writeFile(path, 'this is not a photo at all, just some text that a script left here')
    await expect.poll(() => hot.activity()[0]?.kind, { timeout: 5000 }).toBe('refused')
    expect(hot.activity()[0]?.error?.code).toMatch(/NOT_IMAGE|UNSUPPORTED_FILE|CORRUPT_IMAGE/)
    await utimes(path, new Date(), new Date(Date.now() + 3000))
    await settle()
    expect(hot.activity().filter((a) => a.kind === 'refused')).toHaveLength(1)
    expect(hot.submitted).toHaveLength(1)
    expect(hot.view().folders[0]).toMatchObject({ queued: 0, refused: 1 })
  })

  it('tells the operator to shoot RAW + JPEG for a raw file on its own, and skips a raw file whose JPEG is there', async () => {
    const hot = await start()
    await writeFile(join(hot.dir, 'IMG_0008.CR2'), Buffer.alloc(4096, 7))
    await writeFile(join(hot.dir, 'IMG_0008.JPG'), await photo(8))
    await writeFile(join(hot.dir, 'IMG_0009.NEF'), Buffer.alloc(4096, 9))
    await expect.poll(() => hot.activity().some((a) => a.kind === 'refused'), { timeout: 5000 }).toBe(true)
    await settle()
    const refused = hot.activity().filter((a) => a.kind === 'refused')
    expect(refused).toHaveLength(1)
    expect(refused[0]?.fileName).toBe('IMG_0009.NEF')
    expect(refused[0]?.message).toContain('JPEG alongside')
    expect(hot.submitted.map((s) => s.name)).toEqual(['IMG_0008.JPG'])
  })

  it('leaves the files already in a folder alone when it is first watched, and says so', async () => {
    // A folder with two old photos in it, watched for the first time.
    const fresh = mkdtempSync(join(tmpdir(), 'hot-old-'))
    await writeFile(join(fresh, 'old1.jpg'), await photo(41))
    await writeFile(join(fresh, 'old2.jpg'), await photo(42))
    const hot = await start({ dir: fresh })
    await writeFile(join(fresh, 'new_1.jpg'), await photo(43))
    await expect.poll(() => hot.submitted.map((s) => s.name), { timeout: 5000 }).toEqual(['new_1.jpg'])
    await settle()
    expect(hot.submitted).toHaveLength(1)
    expect(hot.activity().find((a) => a.kind === 'left-alone')?.message).toContain('2 files were already in')
  })

  it('tries again later when the queue cannot take the photo yet, and says so once', async () => {
    let refuseUntil = Date.now() + 500
    const hot = await start({
      answer: () =>
        Date.now() < refuseUntil
          ? { kind: 'not-now', error: { code: 'NETWORK', message: 'The spec could not be read.' } }
          : null
    })
    await writeFile(join(hot.dir, 'LATE_1.jpg'), await photo(5))
    await expect.poll(() => hot.submitted.length, { timeout: 5000 }).toBe(1)
    refuseUntil = 0
    await settle()
    expect(hot.submitted).toHaveLength(1)
    expect(hot.activity().filter((a) => a.kind === 'waiting')).toHaveLength(1)
    expect(hot.activity()[0]?.kind).toBe('queued')
  })
})
