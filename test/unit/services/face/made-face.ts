import type { MeasuredFace, PhotoMeasurement } from '../../../../electron/main/services/face/face-types'

/** A measured face built by hand: crown, eyes and chin rows, centred on `centreX`, frontal and well lit. */
export function madeFace(
  rows: { crown: number; eyes: number; chin: number; centreX: number },
  overrides: Partial<MeasuredFace> = {}
): MeasuredFace {
  const { crown, eyes, chin, centreX } = rows
  const half = (chin - crown) * 0.33
  const forehead = chin - (chin - crown) / 1.5
  return {
    score: 1,
    box: { left: centreX - half, top: forehead, width: 2 * half, height: chin - forehead },
    eyes: [
      { x: centreX - half * 0.45, y: eyes },
      { x: centreX + half * 0.45, y: eyes }
    ],
    forehead: { x: centreX, y: forehead },
    chin: { x: centreX, y: chin },
    noseTip: { x: centreX, y: (eyes + chin) / 2 },
    eyeOpenness: [0.4, 0.4],
    mouthOpenness: 0.03,
    mouthWidthRatio: 0.9,
    pose: { roll: 0, yaw: 0, pitch: 0 },
    outline: [
      { x: centreX - half, y: eyes },
      { x: centreX + half, y: eyes },
      { x: centreX, y: forehead },
      { x: centreX, y: chin }
    ],
    crown: { point: { x: centreX, y: crown }, method: 'background-scan' },
    lighting: { mean: 160, left: 160, right: 160 },
    sharpness: 20,
    ...overrides
  }
}

/** A measurement of one photo with the given faces, colourful, on an even white background. */
export function madeMeasurement(width: number, height: number, faces: MeasuredFace[]): PhotoMeasurement {
  return {
    width,
    height,
    faces,
    chroma: 80,
    background: { mean: { r: 252, g: 252, b: 252 }, uniformity: 0.98, samples: 5000 },
    elapsedMs: 1
  }
}
