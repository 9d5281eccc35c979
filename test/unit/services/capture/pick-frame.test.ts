import { readFileSync } from 'node:fs'
import sharp from 'sharp'
import { describe, expect, it } from 'vitest'
import { chooseFrame, pickFrame } from '../../../../electron/main/services/capture/pick-frame'
import { photoPath, useFaceEngine } from '../face/face-fixtures'

describe('choosing a frame of a burst', () => {
  it('keeps the sharpest frame with the eyes open, over a sharper one with the eyes closed', () => {
    const choice = chooseFrame([
      { face: true, eyesOpen: true, sharpness: 8 },
      { face: true, eyesOpen: false, sharpness: 20 },
      { face: true, eyesOpen: true, sharpness: 11 }
    ])
    expect(choice).toEqual({ index: 2, reason: 'Kept frame 3 of 3: the sharpest with the eyes open.' })
  })

  it('says so when the eyes look closed in every frame, or there is no face at all', () => {
    const closed = chooseFrame([
      { face: true, eyesOpen: false, sharpness: 5 },
      { face: true, eyesOpen: false, sharpness: 9 },
      { face: false, eyesOpen: null, sharpness: null }
    ])
    expect(closed.index).toBe(1)
    expect(closed.reason).toContain('take it again')
    const none = chooseFrame([
      { face: false, eyesOpen: null, sharpness: null },
      { face: false, eyesOpen: null, sharpness: null }
    ])
    expect(none).toEqual({ index: 0, reason: 'No face was seen in any of the 2 frames; the first was kept.' })
  })
})

describe('pickFrame with the real face engine', () => {
  const { engine } = useFaceEngine()

  it('keeps the sharp frame of a burst where the others are shaken', async () => {
    const sharpFrame = await sharp(readFileSync(photoPath('astronaut.png')))
      .resize(1024)
      .jpeg()
      .toBuffer()
    const shaken = await sharp(sharpFrame).blur(6).jpeg().toBuffer()
    const choice = await pickFrame(engine(), [shaken, sharpFrame, shaken])
    expect(choice.index).toBe(1)
    expect(choice.frames.every((f) => f.face)).toBe(true)
    expect(choice.frames[1]!.sharpness!).toBeGreaterThan(choice.frames[0]!.sharpness!)
  }, 60_000)
})
