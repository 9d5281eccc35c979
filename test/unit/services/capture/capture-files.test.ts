import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import sharp from 'sharp'
import { afterAll, describe, expect, it } from 'vitest'
import { contentKey, jpegScanOffset } from '../../../../electron/main/services/capture/content-key'
import {
  classifyFileName,
  customerFromFileName,
  isJpegTwin
} from '../../../../electron/main/services/capture/file-rules'
import { looksComplete, readSettledFile } from '../../../../electron/main/services/capture/read-complete'
import { photo } from './hot-folder-harness'

const dir = mkdtempSync(join(tmpdir(), 'capture-files-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('file names in a hot folder', () => {
  it('skips temp names, hidden files and sidecars; knows raw files; sends everything else to pre-flight', () => {
    for (const name of [
      'IMG_1.JPG.tmp',
      'IMG_1.jpg.part',
      '.IMG_1.jpg',
      '~IMG_1.jpg',
      'IMG_1.XMP',
      'Thumbs.db',
      'x.crdownload'
    ])
      expect(classifyFileName(name), name).toBe('ignore')
    for (const name of ['IMG_1.CR2', 'a.cr3', 'DSC_1.NEF', 'DSC1.arw', 'x.dng'])
      expect(classifyFileName(name), name).toBe('raw')
    for (const name of ['IMG_1.JPG', 'p.heic', 'notes.txt', 'scan.tiff'])
      expect(classifyFileName(name), name).toBe('candidate')
    expect(isJpegTwin('IMG_0042.CR2', 'img_0042.jpg')).toBe(true)
    expect(isJpegTwin('IMG_0042.CR2', 'IMG_0042.JPEG')).toBe(true)
    expect(isJpegTwin('IMG_0042.CR2', 'IMG_0043.JPG')).toBe(false)
  })

  it('takes the customer name from the file name, or the text before the first _', () => {
    expect(customerFromFileName('none', 'SMITH_John_1.jpg')).toBeNull()
    expect(customerFromFileName('file-name', 'Anna Smith.jpg')).toBe('Anna Smith')
    expect(customerFromFileName('before-underscore', 'SMITH_John_1.jpg')).toBe('SMITH')
    expect(customerFromFileName('before-underscore', 'IMG0001.jpg')).toBeNull()
    expect(customerFromFileName('before-underscore', '_1.jpg')).toBeNull()
    expect(customerFromFileName('file-name', `${'x'.repeat(200)}.jpg`)).toHaveLength(120)
  })
})

describe('a complete file', () => {
  it('knows a finished JPEG, PNG and WebP from one cut short', async () => {
    const jpeg = await photo(1)
    expect(looksComplete(jpeg)).toBe(true)
    expect(looksComplete(Buffer.concat([jpeg, Buffer.alloc(64)]))).toBe(true)
    expect(looksComplete(jpeg.subarray(0, jpeg.length - 1000))).toBe(false)
    const png = await sharp(jpeg).png().toBuffer()
    expect(looksComplete(png)).toBe(true)
    expect(looksComplete(png.subarray(0, png.length - 20))).toBe(false)
    const webp = await sharp(jpeg).webp().toBuffer()
    expect(looksComplete(webp)).toBe(true)
    expect(looksComplete(webp.subarray(0, webp.length - 10))).toBe(false)
  })

  it('reads a settled file whole, and reports one that is gone or too large', async () => {
    const path = join(dir, 'a.jpg')
    const bytes = await photo(2)
    writeFileSync(path, bytes)
    const read = await readSettledFile(path, { maxBytes: 10 * 1024 * 1024 })
    expect(read.kind).toBe('read')
    if (read.kind === 'read') expect(Buffer.from(read.bytes).equals(bytes)).toBe(true)
    expect(await readSettledFile(join(dir, 'none.jpg'), { maxBytes: 1e9 })).toEqual({ kind: 'gone' })
    expect(await readSettledFile(path, { maxBytes: 100 })).toEqual({ kind: 'too-large', size: bytes.length })
  })
})

describe('the content key', () => {
  it('is the same when only a JPEG’s metadata changes, and differs for another photo', async () => {
    const a = await photo(3)
    // A metadata change as camera software makes it: a segment added before the image data, which is untouched.
    const commented = Buffer.concat([
      a.subarray(0, 2),
      Buffer.from([0xff, 0xfe, 0x00, 0x05, 0x68, 0x69, 0x21]),
      a.subarray(2)
    ])
    expect(jpegScanOffset(commented)).toBe(jpegScanOffset(a) + 7)
    expect(contentKey(commented)).toBe(contentKey(a))
    expect(contentKey(await photo(4))).not.toBe(contentKey(a))
    // Not a JPEG: the whole file.
    expect(contentKey(Buffer.from('abc'))).not.toBe(contentKey(Buffer.from('abd')))
  })
})
