import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import sharp from 'sharp'
import { describe, expect, it } from 'vitest'
import { AppError } from '../../../../electron/shared/errors'
import { preflightImage } from '../../../../electron/main/services/image/preflight'
import { US_PASSPORT } from '../../../helpers/specs'
import { bytesOf, makeJpeg, pngWithClaimedSize, solid } from './make-images'

function exifFixture(name: string): Buffer {
  return readFileSync(
    fileURLToPath(new URL(`../../../fixtures/exif-orientation/${name}.jpg`, import.meta.url))
  )
}

/** Runs pre-flight and returns the AppError it throws (fails the test if it does not throw one). */
async function refusal(
  bytes: Uint8Array,
  options: Parameters<typeof preflightImage>[1] = {}
): Promise<AppError> {
  try {
    await preflightImage(bytes, options)
  } catch (error) {
    expect(error).toBeInstanceOf(AppError)
    return error as AppError
  }
  throw new Error('pre-flight accepted the file')
}

describe('preflightImage accepts real photos', () => {
  it.each([
    ['jpeg', () => solid(64, 48, { r: 10, g: 20, b: 30 }).jpeg().toBuffer()],
    ['png', () => solid(64, 48, { r: 10, g: 20, b: 30 }).png().toBuffer()],
    ['webp', () => solid(64, 48, { r: 10, g: 20, b: 30 }).webp().toBuffer()],
    ['tiff', () => solid(64, 48, { r: 10, g: 20, b: 30 }).tiff().toBuffer()],
    ['avif', () => solid(64, 48, { r: 10, g: 20, b: 30 }).avif().toBuffer()]
  ] as const)('%s', async (format, make) => {
    const result = await preflightImage(await make())
    // TIFF writes orientation 1 by itself; the others carry none.
    expect(result).toMatchObject({ format, width: 64, height: 48, megapixels: 0 })
    expect([undefined, 1]).toContain(result.orientation)
  })

  it('goes by the bytes, not the file name', async () => {
    const png = await solid(32, 32, { r: 1, g: 2, b: 3 }).png().toBuffer()
    expect((await preflightImage(png, { fileName: 'photo.jpg' })).format).toBe('png')
  })

  it('reports the upright size of a photo stored sideways', async () => {
    const result = await preflightImage(exifFixture('Landscape_6'), { spec: US_PASSPORT })
    expect(result).toMatchObject({
      format: 'jpeg',
      width: 1800,
      height: 1200,
      orientation: 6,
      megapixels: 2.2
    })
  })
})

describe('preflightImage refuses wrong file types by their bytes', () => {
  it.each([
    ['a PDF', bytesOf('%PDF-1.7\n%âãÏÓ\n1 0 obj'), 'This is a PDF. Export the photo as JPEG and try again.'],
    ['a GIF', bytesOf('GIF89a\x01\x00\x01\x00\x00\x00\x00;'), 'This is a GIF image'],
    [
      'a BMP',
      bytesOf('BM\x36\x00\x00\x00\x00\x00\x00\x00\x36\x00'),
      'This is a BMP image. Save it as JPEG or PNG'
    ],
    [
      'a DOCX',
      bytesOf('PK\x03\x04\x14\x00\x06\x00word/document.xml'),
      'document or archive (for example Word or ZIP)'
    ],
    ['an old .doc', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), 'document or archive'],
    ['a text file', bytesOf('Name: Jane Doe\nAppointment: 10:30\n'), 'This is a text file, not a photo.'],
    ['an SVG', bytesOf('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"/>'), 'drawing (SVG)'],
    ['a Canon CR2', bytesOf('II*\x00\x10\x00\x00\x00CR\x02\x00'), 'camera RAW file (Canon CR2)'],
    [
      'a Canon CR3',
      bytesOf('\x00\x00\x00\x18ftypcrx \x00\x00\x00\x01crx isom'),
      'camera RAW file (Canon CR3)'
    ],
    ['a Fujifilm RAF', bytesOf('FUJIFILMCCD-RAW 0201'), 'camera RAW file (Fujifilm RAF)'],
    ['a video', bytesOf('\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom'), 'This is a video, not a photo.'],
    ['a Photoshop file', bytesOf('8BPS\x00\x01'), 'This is a Photoshop file.'],
    ['a JPEG XL', new Uint8Array([0xff, 0x0a, 0xfa, 0x7f]), 'JPEG XL'],
    ['unknown bytes', new Uint8Array([0x00, 0x01, 0x02, 0x03, 0x00, 0xfe]), 'not a photo this app can read']
  ])('%s', async (_label, bytes, message) => {
    const error = await refusal(bytes)
    expect(error.code).toBe('UNSUPPORTED_FILE')
    expect(error.message).toContain(message)
    expect(error.message).toMatch(/try again|JPEG/)
  })

  it('refuses an empty file', async () => {
    const error = await refusal(new Uint8Array())
    expect(error.code).toBe('UNSUPPORTED_FILE')
    expect(error.message).toBe(
      'The file is empty. It may not have finished copying: copy the photo again and try again.'
    )
  })

  it('refuses a TIFF-based RAW named .NEF', async () => {
    const tiff = await solid(16, 16, { r: 0, g: 0, b: 0 }).tiff().toBuffer()
    expect((await refusal(tiff, { fileName: 'DSC_0042.NEF' })).message).toContain('camera RAW file (NEF)')
    expect((await preflightImage(tiff, { fileName: 'scan.tif' })).format).toBe('tiff')
  })

  it('asks to convert a HEIC photo this computer cannot decode', async () => {
    const heic = bytesOf('\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic' + '\x00'.repeat(64))
    const error = await refusal(heic)
    expect(error.code).toBe('UNSUPPORTED_FILE')
    expect(error.message).toContain(
      'HEIC photo (the iPhone format) cannot be read on this computer. Export it as JPEG'
    )
  })
})

describe('preflightImage refuses damaged files', () => {
  it('refuses a truncated JPEG', async () => {
    const jpeg = await makeJpeg(400, 300)
    const error = await refusal(jpeg.subarray(0, Math.floor(jpeg.length * 0.6)))
    expect(error.code).toBe('CORRUPT_IMAGE')
    expect(error.message).toMatch(/^The file is damaged or incomplete.*try again\.$/)
  })

  it('refuses a JPEG signature followed by garbage', async () => {
    const error = await refusal(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 4, 5, 6, 7, 8]))
    expect(error.code).toBe('CORRUPT_IMAGE')
  })

  it('refuses a truncated PNG', async () => {
    const png = await solid(300, 300, { r: 200, g: 10, b: 10 }).png({ compressionLevel: 0 }).toBuffer()
    expect((await refusal(png.subarray(0, png.length - 2000))).code).toBe('CORRUPT_IMAGE')
  })
})

describe('preflightImage refuses decompression bombs', () => {
  it('refuses from the header, before decoding, a PNG that claims 30000×30000', async () => {
    const error = await refusal(await pngWithClaimedSize(30_000, 30_000))
    expect(error.code).toBe('IMAGE_TOO_LARGE')
    expect(error.message).toContain('The photo is 30000×30000 (900 megapixels), more than the 100 megapixels')
  })

  it('honours a lower limit', async () => {
    const jpeg = await makeJpeg(1000, 800)
    const error = await refusal(jpeg, { maxInputPixels: 500_000 })
    expect(error.code).toBe('IMAGE_TOO_LARGE')
    expect((await preflightImage(jpeg, { maxInputPixels: 800_000 })).width).toBe(1000)
  })
})

describe('preflightImage checks pixels against the spec', () => {
  it('refuses 640×480 for US Passport with what to do', async () => {
    const error = await refusal(await makeJpeg(640, 480), { spec: US_PASSPORT })
    expect(error.code).toBe('IMAGE_TOO_SMALL')
    expect(error.message).toMatch(
      /^The photo is 640×480; US Passport needs at least 600×600\. Use the original photo/
    )
  })

  it('judges the upright size: 480×640 stored with orientation 6 is 640×480', async () => {
    const stored = await makeJpeg(480, 640, { orientation: 6 })
    expect((await sharp(stored).metadata()).orientation).toBe(6)
    expect((await refusal(stored, { spec: US_PASSPORT })).message).toContain('The photo is 640×480')
  })

  it('accepts a photo with exactly the pixels needed', async () => {
    const result = await preflightImage(await makeJpeg(600, 600), { spec: US_PASSPORT })
    expect(result).toMatchObject({ width: 600, height: 600 })
  })
})
