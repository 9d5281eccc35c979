import { spawnSync } from 'node:child_process'
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import sharp from 'sharp'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'

const child = fileURLToPath(new URL('./save-sheet-child.ts', import.meta.url))
const root = fileURLToPath(new URL('../../../..', import.meta.url))

// A disk that fills up half way through the file, made real with the process's file size limit (RLIMIT_FSIZE,
// `ulimit -f`): writes past it fail with EFBIG. Windows has no such limit, so there the test cannot make the
// failure and says so.
const canLimit = process.platform !== 'win32'
if (!canLimit) console.warn('Skipping the disk-full save test: Windows has no per-process file size limit.')

describe.skipIf(!canLimit)('sheets:save', () => {
  let dir: string
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'sheets-save-'))
  })
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  it('never leaves half a file at the chosen path when the disk fills up mid-write', async () => {
    // A photo of noise does not compress: the PDF is several times the 256 KB the process may write.
    const noise = Buffer.alloc(1200 * 1200 * 3)
    for (let i = 0; i < noise.length; i += 1) noise[i] = (i * 2654435761) >>> 24
    const photo = join(dir, 'photo.jpg')
    await writeFile(
      photo,
      await sharp(noise, { raw: { width: 1200, height: 1200, channels: 3 } })
        .jpeg({ quality: 98 })
        .toBuffer()
    )
    const target = join(dir, 'out', 'Jane_Doe_US_Passport.pdf')
    await mkdir(join(dir, 'out'))
    // The operator chose an existing file, and the dialog confirmed replacing it.
    const previous = Buffer.from('%PDF-1.7 the sheet printed yesterday\n')
    await writeFile(target, previous)

    const run = spawnSync(
      'sh',
      ['-c', 'ulimit -f 512 && exec "$0" --import tsx "$@"', process.execPath, child, target, photo, dir],
      { cwd: root, encoding: 'utf8', timeout: 60_000 }
    )
    const answer = JSON.parse(run.stdout.trim().split('\n').pop() ?? '{}')
    expect(answer).toMatchObject({
      ok: false,
      code: 'FILE_SYSTEM',
      message: expect.stringMatching(
        /^The sheet could not be saved: the disk is full\. The file you chose was not changed\./
      )
    })
    // The old sheet is still there, whole; no temp file is left beside it.
    expect(await readFile(target)).toEqual(previous)
    expect(await readdir(join(dir, 'out'))).toEqual(['Jane_Doe_US_Passport.pdf'])
  })
})
