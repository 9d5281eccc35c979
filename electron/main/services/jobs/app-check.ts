import sharp from 'sharp'
import type { AppCheckView } from '../../../shared/contract/face-check'
import { isAppError } from '../../../shared/errors'
import type { FaceEngine } from '../face/face-engine'
import type { SpecRequirements } from '../specs/spec-parse'
import { t } from '../i18n/main-language'

/** The app's own post-check of a returned photo, as a job keeps it. */
export type AppCheck = (photo: Uint8Array, requirements: SpecRequirements | null) => Promise<AppCheckView>

const NOTHING = {
  source: 'app-measurement',
  verdict: 'not-checked',
  specHasNumbers: false,
  specConflict: null,
  criteria: [],
  overlay: null,
  crownMethod: null
} as const

/** What a watermarked preview keeps until its final photo is unlocked: the watermark would spoil the measurement. */
export function waitingForUnlock(at: number): AppCheckView {
  return {
    ...NOTHING,
    criteria: [],
    at,
    status: 'after-unlock',
    message: t('jobs.check.afterUnlock')
  }
}

/**
 * Measures a returned photo against the spec's numbers. The decode runs in libvips and the measuring and judging
 * in the face worker (engine.postCheck), so the main thread is never busy with it. When it cannot run, it says so
 * and judges nothing: a job is never failed, nor passed, by a check that did not happen.
 */
export function createAppCheck(faces: () => FaceEngine, now: () => number): AppCheck {
  return async (photo, requirements) => {
    if (!requirements) {
      return {
        ...NOTHING,
        criteria: [],
        at: now(),
        status: 'unavailable',
        message: t('jobs.check.noSpec')
      }
    }
    try {
      const { data, info } = await sharp(photo)
        .removeAlpha()
        .toColourspace('srgb')
        .raw()
        .toBuffer({ resolveWithObject: true })
      const check = await faces().postCheck(
        { data, width: info.width, height: info.height, channels: 3 },
        requirements
      )
      return { ...check, at: now(), status: 'measured' }
    } catch (error) {
      // The engine failed (FACE_CHECK_UNAVAILABLE) or the photo could not be decoded: said, never guessed.
      const engine = isAppError(error) && error.code === 'FACE_CHECK_UNAVAILABLE'
      return {
        ...NOTHING,
        criteria: [],
        at: now(),
        status: 'unavailable',
        message: engine ? t('jobs.check.engine') : t('jobs.check.unreadable')
      }
    }
  }
}
