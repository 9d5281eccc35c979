import { writeFileSync } from 'node:fs'
import { chromium, type Browser, type Page, type Request } from '@playwright/test'
import sharp from 'sharp'
import { findChromium } from '../../../scripts/find-chromium.mjs'
import { decodeWire } from '../../helpers/harness/wire-codec'

/** A frame for the fake camera: a fixture portrait standing in front of a plain wall, `width` × `height`. */
export async function portraitFrame(fixture: string, width: number, height: number): Promise<Buffer> {
  const person = await sharp(fixture).resize({ height, fit: 'inside' }).toBuffer()
  return sharp({ create: { width, height, channels: 3, background: { r: 214, g: 216, b: 220 } } })
    .composite([{ input: person, gravity: 'centre' }])
    .removeAlpha()
    .raw()
    .toBuffer()
}

/**
 * Writes a YUV4MPEG2 file (the format Chromium's --use-file-for-fake-video-capture plays, looping): the header,
 * then each frame as "FRAME" and its I420 planes, from RGB with the BT.601 studio-range matrix libyuv expects.
 */
export function writeY4m(path: string, rgb: Buffer, width: number, height: number, frames = 2): void {
  const y = Buffer.alloc(width * height)
  const u = Buffer.alloc((width / 2) * (height / 2))
  const v = Buffer.alloc((width / 2) * (height / 2))
  const clamp = (n: number) => Math.max(0, Math.min(255, Math.round(n)))
  for (let row = 0; row < height; row++) {
    for (let col = 0; col < width; col++) {
      const o = (row * width + col) * 3
      const r = rgb[o]!
      const g = rgb[o + 1]!
      const b = rgb[o + 2]!
      y[row * width + col] = clamp(16 + 0.257 * r + 0.504 * g + 0.098 * b)
      if (row % 2 === 0 && col % 2 === 0) {
        const k = (row / 2) * (width / 2) + col / 2
        u[k] = clamp(128 - 0.148 * r - 0.291 * g + 0.439 * b)
        v[k] = clamp(128 + 0.439 * r - 0.368 * g - 0.071 * b)
      }
    }
  }
  const frame = Buffer.concat([Buffer.from('FRAME\n'), y, u, v])
  const header = Buffer.from(`YUV4MPEG2 W${width} H${height} F30:1 Ip A1:1 C420jpeg\n`)
  writeFileSync(path, Buffer.concat([header, ...Array.from({ length: frames }, () => frame)]))
}

/** Launches Chromium with a fake camera (a y4m file, or Chromium's own test pattern), or with no camera at all. */
export async function launchWithCamera(camera: { y4m: string } | 'pattern' | 'none'): Promise<Browser> {
  const found = findChromium()
  const args = ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking']
  if (camera !== 'none') args.push('--use-fake-device-for-media-stream')
  if (typeof camera === 'object') args.push(`--use-file-for-fake-video-capture=${camera.y4m}`)
  return chromium.launch({ headless: true, ...(found.path ? { executablePath: found.path } : {}), args })
}

/** The photos the page hands to photos:submit, read off the harness's IPC requests. */
export function submittedPhotos(page: Page): { name: string; bytes: Buffer; customer?: string }[] {
  const seen: { name: string; bytes: Buffer; customer?: string }[] = []
  page.on('request', (request: Request) => {
    if (!request.url().includes('/__ipc/photos%3Asubmit') && !request.url().includes('/__ipc/photos:submit'))
      return
    const input = decodeWire(request.postData() ?? '') as {
      files: { name: string; bytes: Uint8Array }[]
      customer?: string
    }
    for (const file of input.files) {
      seen.push({
        name: file.name,
        bytes: Buffer.from(file.bytes),
        ...(input.customer ? { customer: input.customer } : {})
      })
    }
  })
  return seen
}
