import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import sharp from 'sharp'
import { describe, expect, it } from 'vitest'
import { CROWN_RATIO, estimateCrown } from '../../../../electron/main/services/face/crown'
import type { DetectedFace, RawImage } from '../../../../electron/main/services/face/face-types'
import { headGeometry } from '../../../../electron/main/services/face/placement'
import { syntheticPortrait } from '../../../helpers/synthetic-portrait'
import { rawOf, useFaceEngine } from './face-fixtures'
import { WALK_IN, walkInMissing } from '../../../helpers/walk-in'

/**
 * Hand-measured fixtures. Each photo was enlarged 3× (astronaut) or 1.2–1.5× (the others) with a 20 px grid drawn
 * over it, and the rows read off by eye: the crown is the top edge of the hair on the face's midline, the chin the
 * lowest edge of the chin, the eye line the row through both pupils. Reading error: about ±3 px. The synthetic
 * portrait's numbers are its SVG's own (hair ellipse top 470 − 255, eyes at 600, face ellipse bottom 640 + 290).
 * The tolerance is 3 % of the head height (crown to chin) plus the reading error.
 */
const MEASURED = [
  { name: 'astronaut.png', crown: 15, eyes: 101, chin: 173 },
  { name: 'specimen-id-card-utopia-front.jpg', crown: 242, eyes: 416, chin: 560 },
  { name: 'synthetic portrait', crown: 215, eyes: 600, chin: 930 }
] as const

const { engine } = useFaceEngine()

async function load(name: string): Promise<RawImage> {
  if (name === 'synthetic portrait') return rawOf(await syntheticPortrait())
  if (name.startsWith('specimen')) {
    return rawOf(
      readFileSync(fileURLToPath(new URL(`../../../../resources/demo/documents/${name}`, import.meta.url)))
    )
  }
  return rawOf(name)
}

describe('eye line, chin and crown against hand-measured fixtures', () => {
  it.each(MEASURED)('$name', async ({ name, crown, eyes, chin }) => {
    const measurement = await engine().measure(await load(name))
    expect(measurement.faces).toHaveLength(1)
    const face = measurement.faces[0]!
    const g = headGeometry(face)
    const tolerance = 0.03 * (chin - crown) + 3
    expect(Math.abs(g.eyeY - eyes)).toBeLessThanOrEqual(tolerance)
    expect(Math.abs(g.chinY - chin)).toBeLessThanOrEqual(tolerance)
    expect(Math.abs(g.crownY - crown)).toBeLessThanOrEqual(tolerance)
    expect(face.crown.method).toBe('background-scan')
  })

  it.skipIf(walkInMissing !== null)('the walk-in portrait (only where ../shared is present)', async () => {
    const measurement = await engine().measure(await rawOf(readFileSync(WALK_IN)))
    const g = headGeometry(measurement.faces[0]!)
    // Measured the same way: crown 237, eyes 407, chin 545.
    const tolerance = 0.03 * (545 - 237) + 3
    expect(Math.abs(g.crownY - 237)).toBeLessThanOrEqual(tolerance)
    expect(Math.abs(g.eyeY - 407)).toBeLessThanOrEqual(tolerance)
    expect(Math.abs(g.chinY - 545)).toBeLessThanOrEqual(tolerance)
  })

  it('reports the crown as cut off when the hair runs into the top edge', async () => {
    // The astronaut with the top 40 px (crown at 15) removed.
    const cropped = await sharp(
      readFileSync(fileURLToPath(new URL('../../../fixtures/photos/astronaut.png', import.meta.url)))
    )
      .extract({ left: 0, top: 40, width: 512, height: 472 })
      .png()
      .toBuffer()
    const face = (await engine().measure(await rawOf(cropped))).faces[0]!
    expect(face.crown.method).toBe('cut-off')
    expect(face.crown.point.y).toBeLessThanOrEqual(0)
  })

  it('falls back to the calibrated ratio on a busy background, and says so', async () => {
    // The synthetic portrait pasted on random noise: no backdrop to find the hair's edge against.
    const portrait = await sharp(await syntheticPortrait())
      .resize(600, 750)
      .raw()
      .toBuffer()
    const noise = Buffer.alloc(600 * 750 * 3)
    let seed = 7
    for (let i = 0; i < noise.length; i++) {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff
      noise[i] = (seed >> 16) & 0xff
    }
    // Keep the face and hair (the ellipses), noise everywhere else.
    for (let y = 0; y < 750; y++) {
      for (let x = 0; x < 600; x++) {
        const inHead = ((x - 300) / 125) ** 2 + ((y - 300) / 230) ** 2 <= 1
        if (inHead) portrait.copy(noise, (y * 600 + x) * 3, (y * 600 + x) * 3, (y * 600 + x) * 3 + 3)
      }
    }
    const face = (await engine().measure({ data: noise, width: 600, height: 750, channels: 3 })).faces[0]!
    expect(face.crown.method).toBe('ratio')
    const expected = face.chin.y - CROWN_RATIO * (face.chin.y - face.forehead.y)
    expect(face.crown.point.y).toBeCloseTo(expected, 0)
  })
})

/** A face on a drawn image: a grey backdrop, a dark "hair" block from `hairTop` down, skin below 120 − `lift`. */
function drawnHead(hairTop: number, lift = 0): { img: RawImage; face: DetectedFace } {
  const width = 200
  const height = 300
  const data = new Uint8Array(width * height * 3).fill(220)
  for (let y = Math.max(0, hairTop); y < height; y++) {
    for (let x = 60; x < 140; x++)
      data.fill(y < 120 - lift ? 40 : 200, (y * width + x) * 3, (y * width + x) * 3 + 1)
  }
  const face: DetectedFace = {
    score: 1,
    box: { left: 60, top: 100, width: 80, height: 120 },
    eyes: [
      { x: 85, y: 150 },
      { x: 115, y: 150 }
    ],
    forehead: { x: 100, y: 120 - lift },
    chin: { x: 100, y: 220 - lift },
    noseTip: { x: 100, y: 175 },
    eyeOpenness: [0.4, 0.4],
    mouthOpenness: 0,
    mouthWidthRatio: 0.9,
    pose: { roll: 0, yaw: 0, pitch: 0 },
    outline: []
  }
  return { img: { data, width, height, channels: 3 }, face }
}

describe('estimateCrown on drawn heads (exact geometry)', () => {
  it('finds the hair edge by scanning up to the backdrop', () => {
    const { img, face } = drawnHead(70)
    const crown = estimateCrown(img, face)
    expect(crown.method).toBe('background-scan')
    expect(crown.point.y).toBeGreaterThanOrEqual(69)
    expect(crown.point.y).toBeLessThanOrEqual(71)
  })

  it('says cut off when the hair reaches the top row', () => {
    // Forehead 60 px below the top, hair all the way up: the scan leaves the photo on hair.
    const { img, face } = drawnHead(0, 60)
    expect(estimateCrown(img, face).method).toBe('cut-off')
  })

  it('does not call hair that runs on far above any head a crown (a dark wall): ratio', () => {
    const { img, face } = drawnHead(0)
    expect(estimateCrown(img, face).method).toBe('ratio')
  })

  it('uses the ratio when background starts right at the forehead (nothing to scan)', () => {
    const { img, face } = drawnHead(119)
    const crown = estimateCrown(img, face)
    expect(crown.method).toBe('ratio')
    expect(crown.point.y).toBeCloseTo(220 - CROWN_RATIO * 100, 5)
  })
})
