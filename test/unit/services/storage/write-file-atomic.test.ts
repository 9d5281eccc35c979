import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { writeFileAtomic } from '../../../../electron/main/services/storage/write-file-atomic'

describe('writeFileAtomic', () => {
  let dir: string
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'atomic-'))
  })
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  it('creates a new file with the given content and leaves no temp file behind', async () => {
    const target = join(dir, 'a.json')
    await writeFileAtomic(target, '{"a":1}')
    expect(await readFile(target, 'utf8')).toBe('{"a":1}')
    expect(await readdir(dir)).toEqual(['a.json'])
  })

  it('replaces an existing file, including binary data', async () => {
    const target = join(dir, 'b.bin')
    await writeFile(target, 'old')
    await writeFileAtomic(target, new Uint8Array([1, 2, 3]))
    expect([...(await readFile(target))]).toEqual([1, 2, 3])
  })

  it('keeps the old content and cleans up when the folder does not exist', async () => {
    await expect(writeFileAtomic(join(dir, 'missing', 'c.json'), 'x')).rejects.toThrow()
    expect(await readdir(dir)).toEqual([])
  })

  it('survives many concurrent writes to the same file with one complete value', async () => {
    const target = join(dir, 'd.txt')
    await Promise.all(Array.from({ length: 20 }, (_, i) => writeFileAtomic(target, `value-${i}`.repeat(100))))
    const text = await readFile(target, 'utf8')
    expect(text).toMatch(/^(value-\d+)\1{99}$/)
    expect(await readdir(dir)).toEqual(['d.txt'])
  })
})
