import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import sharp from 'sharp'
import { beforeAll, describe, expect, it } from 'vitest'
import {
  prepareUpload,
  toBase64,
  uploadLongEdgeFor,
  type PreparedUpload
} from '../../../../electron/main/services/image/prepare-upload'
import {
  parseSpec,
  SpecDetailsSchema,
  type ParsedSpec
} from '../../../../electron/main/services/specs/spec-parse'
import { bytesOf, makeJpeg, meanDifference, solid } from './make-images'

function specWithPixels(width: number | null, height: number | null): ParsedSpec {
  return parseSpec(
    SpecDetailsSchema.parse({
      specCode: 'test',
      specCodeName: 'Test',
      photoSizeUnit: 'px',
      photoPixel: width === null ? '' : `${width} x ${height} px`
    })
  )
}

const usPassport = specWithPixels(600, 600)

function exifFixture(name: string): Buffer {
  return readFileSync(
    fileURLToPath(new URL(`../../../fixtures/exif-orientation/${name}.jpg`, import.meta.url))
  )
}

async function pixelAt(jpeg: Buffer, x: number, y: number): Promise<number[]> {
  const { data, info } = await sharp(jpeg).raw().toBuffer({ resolveWithObject: true })
  const i = (y * info.width + x) * info.channels
  return [...data.subarray(i, i + info.channels)]
}

describe('uploadLongEdgeFor', () => {
  it('is three times the spec pixel box, within 1200–2400', () => {
    expect(uploadLongEdgeFor(usPassport)).toBe(1800)
    expect(uploadLongEdgeFor(specWithPixels(413, 531))).toBe(1593)
  })

  it('never goes below 1200 (too few pixels to find a face)', () => {
    expect(uploadLongEdgeFor(specWithPixels(200, 200))).toBe(1200)
  })

  it('never goes above 2400 (no oversized uploads)', () => {
    expect(uploadLongEdgeFor(specWithPixels(1650, 2200))).toBe(2400)
  })

  it('is 1600 without a spec or without pixels', () => {
    expect(uploadLongEdgeFor(null)).toBe(1600)
    expect(uploadLongEdgeFor(specWithPixels(null, null))).toBe(1600)
  })
})

describe('prepareUpload sizes', () => {
  it('shrinks a large photo to the rule, keeping the aspect ratio', async () => {
    const prepared = await prepareUpload(await makeJpeg(3000, 2000), usPassport)
    expect(prepared).toMatchObject({ width: 1800, height: 1200, sourceWidth: 3000, sourceHeight: 2000 })
    expect(prepared.bytes).toBe(prepared.jpeg.length)
  })

  it('caps the long edge at 2400 for a big digital spec', async () => {
    const prepared = await prepareUpload(await makeJpeg(2000, 3000), specWithPixels(1650, 2200))
    expect(prepared).toMatchObject({ width: 1600, height: 2400 })
  })

  it('never upscales a small photo', async () => {
    const prepared = await prepareUpload(await makeJpeg(800, 600), usPassport)
    expect(prepared).toMatchObject({ width: 800, height: 600, sourceWidth: 800, sourceHeight: 600 })
  })
})

describe('prepareUpload applies EXIF orientation to every fixture', () => {
  const reference: Record<string, PreparedUpload> = {}
  beforeAll(async () => {
    reference.Landscape = await prepareUpload(exifFixture('Landscape_0'), null)
    reference.Portrait = await prepareUpload(exifFixture('Portrait_0'), null)
  })

  it('tells a wrong orientation apart (the check below can fail)', async () => {
    const landscape = reference.Landscape!
    const mirrored = await sharp(landscape.jpeg).flop().toBuffer()
    expect(await meanDifference(landscape.jpeg, mirrored)).toBeGreaterThan(20)
  })

  it.each(
    ['Landscape', 'Portrait'].flatMap((kind) => [1, 2, 3, 4, 5, 6, 7, 8].map((n) => [kind, n] as const))
  )('%s_%i ends upright', async (kind, n) => {
    const expected = reference[kind]!
    const prepared = await prepareUpload(exifFixture(`${kind}_${n}`), null)
    expect({ width: prepared.width, height: prepared.height }).toEqual({
      width: expected.width,
      height: expected.height
    })
    expect(await meanDifference(prepared.jpeg, expected.jpeg)).toBeLessThan(6)
  })
})

describe('prepareUpload cleans the file', () => {
  it('strips EXIF with GPS, XMP, IPTC and ICC', async () => {
    const tagged = await sharp(await makeJpeg(300, 200))
      .withExif({
        IFD0: { Make: 'TestCam', Model: 'X1', Artist: 'Jane Doe' },
        IFD3: {
          GPSLatitudeRef: 'N',
          GPSLatitude: '51/1 30/1 0/1',
          GPSLongitudeRef: 'W',
          GPSLongitude: '0/1 7/1 0/1'
        }
      })
      .withIccProfile('p3')
      .withXmp('<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF/></x:xmpmeta>')
      .jpeg()
      .toBuffer()
    const before = await sharp(tagged).metadata()
    expect(before.exif?.toString('latin1')).toContain('TestCam')
    expect(before.icc).toBeDefined()
    expect(before.xmp).toBeDefined()

    const prepared = await prepareUpload(tagged, usPassport)
    const after = await sharp(prepared.jpeg).metadata()
    expect(after.exif).toBeUndefined()
    expect(after.xmp).toBeUndefined()
    expect(after.iptc).toBeUndefined()
    expect(after.icc).toBeUndefined()
    expect(after.hasProfile).toBe(false)
    expect(after.orientation).toBeUndefined()
    expect(prepared.jpeg.toString('latin1')).not.toContain('TestCam')
  })

  it('flattens transparency on white', async () => {
    const png = await solid(200, 100, { r: 255, g: 0, b: 0, alpha: 0 }, 4).png().toBuffer()
    const prepared = await prepareUpload(png, null)
    const after = await sharp(prepared.jpeg).metadata()
    expect(after).toMatchObject({ format: 'jpeg', channels: 3, hasAlpha: false })
    for (const channel of await pixelAt(prepared.jpeg, 100, 50)) expect(channel).toBeGreaterThanOrEqual(250)
  })

  it('blends half-transparent pixels with white', async () => {
    const png = await solid(64, 64, { r: 0, g: 0, b: 255, alpha: 0.5 }, 4).png().toBuffer()
    const [r, g, b] = await pixelAt((await prepareUpload(png, null)).jpeg, 32, 32)
    expect(b).toBeGreaterThanOrEqual(245)
    expect(r).toBeGreaterThan(110)
    expect(r).toBeLessThan(145)
    expect(g).toBeGreaterThan(110)
  })

  it('converts CMYK to sRGB with the same colour', async () => {
    const cmyk = await solid(120, 80, { r: 200, g: 30, b: 30 }).toColourspace('cmyk').jpeg().toBuffer()
    expect((await sharp(cmyk).metadata()).space).toBe('cmyk')
    const prepared = await prepareUpload(cmyk, null)
    const after = await sharp(prepared.jpeg).metadata()
    expect(after).toMatchObject({ space: 'srgb', channels: 3, depth: 'uchar' })
    const [r, g, b] = await pixelAt(prepared.jpeg, 60, 40)
    expect(r).toBeGreaterThan(150)
    expect(g).toBeLessThan(90)
    expect(b).toBeLessThan(90)
  })

  it('turns a 16-bit PNG into 8-bit sRGB', async () => {
    const png16 = await solid(120, 80, { r: 20, g: 180, b: 60 }).toColourspace('rgb16').png().toBuffer()
    expect((await sharp(png16).metadata()).depth).toBe('ushort')
    const prepared = await prepareUpload(png16, null)
    expect(await sharp(prepared.jpeg).metadata()).toMatchObject({
      space: 'srgb',
      depth: 'uchar',
      channels: 3
    })
    const [r, g, b] = await pixelAt(prepared.jpeg, 60, 40)
    expect(Math.abs(r! - 20)).toBeLessThan(12)
    expect(Math.abs(g! - 180)).toBeLessThan(12)
    expect(Math.abs(b! - 60)).toBeLessThan(12)
  })
})

describe('prepareUpload on bad input', () => {
  it('refuses a truncated JPEG as damaged', async () => {
    const jpeg = await makeJpeg(400, 300)
    await expect(prepareUpload(jpeg.subarray(0, 2000), null)).rejects.toMatchObject({ code: 'CORRUPT_IMAGE' })
  })

  it('refuses a PDF', async () => {
    await expect(prepareUpload(bytesOf('%PDF-1.4\n'), null)).rejects.toMatchObject({
      code: 'UNSUPPORTED_FILE'
    })
  })

  it('refuses a photo over the pixel limit', async () => {
    await expect(
      prepareUpload(await makeJpeg(1000, 800), null, { maxInputPixels: 500_000 })
    ).rejects.toMatchObject({
      code: 'IMAGE_TOO_LARGE'
    })
  })
})

describe('toBase64', () => {
  it('encodes the prepared JPEG and nothing else', async () => {
    const prepared = await prepareUpload(await makeJpeg(100, 80), null)
    const base64 = toBase64(prepared)
    expect(Buffer.from(base64, 'base64').equals(prepared.jpeg)).toBe(true)
    expect(base64.startsWith('/9j/')).toBe(true)
  })
})
