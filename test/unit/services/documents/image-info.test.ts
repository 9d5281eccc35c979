import sharp from 'sharp'
import { describe, expect, it } from 'vitest'
import { detectImageFormat, readImageInfo } from '../../../../electron/main/services/documents/image-info'

async function drawn(format: 'jpeg' | 'png' | 'webp' | 'gif' | 'tiff', width: number, height: number) {
  const image = sharp({ create: { width, height, channels: 3, background: { r: 200, g: 120, b: 40 } } })
  return new Uint8Array(await image.toFormat(format).toBuffer())
}

/** A minimal 24-bit BMP (BITMAPINFOHEADER), since sharp cannot write one. */
function bmp(width: number, height: number): Uint8Array {
  const rowSize = Math.ceil((width * 3) / 4) * 4
  const bytes = new Uint8Array(54 + rowSize * Math.abs(height))
  const view = new DataView(bytes.buffer)
  bytes.set([0x42, 0x4d])
  view.setUint32(2, bytes.length, true)
  view.setUint32(10, 54, true)
  view.setUint32(14, 40, true)
  view.setInt32(18, width, true)
  view.setInt32(22, height, true)
  view.setUint16(26, 1, true)
  view.setUint16(28, 24, true)
  return bytes
}

describe('readImageInfo', () => {
  it.each(['jpeg', 'png', 'webp', 'gif', 'tiff'] as const)(
    'detects %s from its bytes and reads its size',
    async (format) => {
      const info = await readImageInfo(await drawn(format, 123, 45))
      expect(info).toEqual({ format, width: 123, height: 45 })
    }
  )

  it('reads a BMP header, including a top-down (negative height) one', async () => {
    expect(await readImageInfo(bmp(31, 17))).toEqual({ format: 'bmp', width: 31, height: 17 })
    expect(await readImageInfo(bmp(31, -17))).toEqual({ format: 'bmp', width: 31, height: 17 })
  })

  it.each([
    ['a JSON error body', new TextEncoder().encode('{"code":"SERVER_ERROR","message":"x"}')],
    ['an HTML page', new TextEncoder().encode('<!doctype html><title>Gateway</title>')],
    [
      'an SVG (which can carry script)',
      new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>')
    ],
    ['nothing', new Uint8Array(0)],
    ['a JPEG signature with garbage after it', new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 4, 5])]
  ])('calls %s NOT_IMAGE', async (_what, bytes) => {
    await expect(readImageInfo(bytes)).rejects.toMatchObject({ code: 'NOT_IMAGE' })
  })

  it('ignores what the bytes claim to be elsewhere: the magic number decides', () => {
    const riffNotWebp = new Uint8Array([0x52, 0x49, 0x46, 0x46, 0, 0, 0, 0, 0x57, 0x41, 0x56, 0x45])
    expect(detectImageFormat(riffNotWebp)).toBeNull()
    expect(detectImageFormat(new Uint8Array([0x47, 0x49, 0x46, 0x38, 0x39, 0x61]))).toBe('gif')
  })
})
