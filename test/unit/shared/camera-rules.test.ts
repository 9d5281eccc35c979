import { describe, expect, it } from 'vitest'
import {
  cameraErrorMessage,
  cameraFileName,
  fullResolutionConstraints,
  keyLabel,
  typesCharacter
} from '../../../electron/shared/camera-rules'
import { createTranslator } from '../../../electron/shared/i18n/translate'
import { resolveLocale } from '../../../electron/shared/i18n/locale'

const en = createTranslator(resolveLocale('en', 'en-US')).t
const fr = createTranslator(resolveLocale('fr', 'fr-FR')).t

describe('the Camera view’s rules', () => {
  it('asks for the largest width and height the camera says it offers', () => {
    expect(fullResolutionConstraints({ width: { max: 3840 }, height: { max: 2160 } })).toEqual({
      width: { ideal: 3840 },
      height: { ideal: 2160 }
    })
    expect(fullResolutionConstraints(undefined)).toBeNull()
    expect(fullResolutionConstraints({ width: { max: 1920 } })).toBeNull()
  })

  it('says what to do for a refused permission, no camera, and a camera in use', () => {
    expect(cameraErrorMessage('NotAllowedError', en)).toContain('not allowed to use the camera')
    expect(cameraErrorMessage('NotAllowedError', en)).toContain('Try again')
    expect(cameraErrorMessage('NotFoundError', en)).toContain('No camera was found')
    expect(cameraErrorMessage('OverconstrainedError', en)).toContain('No camera was found')
    expect(cameraErrorMessage('NotReadableError', en)).toContain('in use by another program')
    expect(cameraErrorMessage('Ended', en)).toContain('disconnected')
    expect(cameraErrorMessage('WeirdError', en)).toContain('(WeirdError)')
  })

  it('says it in French for a French counter, with the button named as the French screen names it', () => {
    expect(cameraErrorMessage('NotFoundError', fr)).toMatch(/^Aucune caméra n’a été trouvée\./)
    expect(cameraErrorMessage('NotFoundError', fr)).toContain('Réessayer')
    expect(cameraErrorMessage('WeirdError', fr)).toContain('(WeirdError)')
  })

  it('names footswitch keys as printed, and knows which keys type', () => {
    expect(keyLabel('KeyB')).toBe('B')
    expect(keyLabel('PageDown')).toBe('Page Down')
    expect(keyLabel('F13')).toBe('F13')
    expect(keyLabel('Digit5')).toBe('5')
    expect(typesCharacter('KeyB')).toBe(true)
    expect(typesCharacter('PageDown')).toBe(false)
    expect(typesCharacter('F13')).toBe(false)
  })

  it('names a camera photo after the local time it was taken', () => {
    expect(cameraFileName(new Date(2026, 11, 3, 14, 5, 9))).toBe('camera-2026-12-03-14-05-09.jpg')
  })
})
