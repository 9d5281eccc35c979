import sharp from 'sharp'
import type { BurstChoice } from '../../../shared/contract'
import { FRAME_EDGE } from '../face/analyse-photo'
import type { FaceEngine } from '../face/face-engine'
import { EYES_CLOSED_BELOW } from '../face/thresholds'
import { t } from '../i18n/main-language'

/** What was measured on one frame of a burst. */
export type FrameScore = BurstChoice['frames'][number]

function best(scores: FrameScore[], keep: (s: FrameScore) => boolean): number {
  let index = -1
  for (let i = 0; i < scores.length; i++) {
    const s = scores[i]!
    if (!keep(s)) continue
    if (index < 0 || (s.sharpness ?? 0) > (scores[index]!.sharpness ?? 0)) index = i
  }
  return index
}

/**
 * Which frame of a burst to keep: the sharpest with the eyes open; else the sharpest with a face (said, so the
 * operator can take it again); else the first.
 */
export function chooseFrame(scores: FrameScore[]): { index: number; reason: string } {
  const open = best(scores, (s) => s.face && s.eyesOpen === true)
  if (open >= 0) {
    return { index: open, reason: t('capture.pick.open', { frame: open + 1, count: scores.length }) }
  }
  const face = best(scores, (s) => s.face)
  if (face >= 0) {
    return {
      index: face,
      reason: t('capture.pick.closedEyes', { frame: face + 1, count: scores.length })
    }
  }
  return { index: 0, reason: t('capture.pick.noFace', { count: scores.length }) }
}

/** Measures each frame of a burst (at the live view's 640 px, faces only) and keeps one. */
export async function pickFrame(engine: FaceEngine, frames: Uint8Array[]): Promise<BurstChoice> {
  const scores: FrameScore[] = []
  for (const frame of frames) {
    const { data, info } = await sharp(frame)
      .resize(FRAME_EDGE, FRAME_EDGE, { fit: 'inside', withoutEnlargement: true, fastShrinkOnLoad: true })
      .removeAlpha()
      .raw()
      .toBuffer({ resolveWithObject: true })
    const measured = await engine.measure(
      { data, width: info.width, height: info.height, channels: 3 },
      { facesOnly: true }
    )
    const face = measured.faces[0]
    scores.push(
      face
        ? {
            face: true,
            eyesOpen: Math.min(...face.eyeOpenness) >= EYES_CLOSED_BELOW,
            sharpness: face.sharpness
          }
        : { face: false, eyesOpen: null, sharpness: null }
    )
  }
  const choice = chooseFrame(scores)
  return { index: choice.index, frames: scores, reason: choice.reason }
}
