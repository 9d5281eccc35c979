import { describe, expect, it } from 'vitest'
import {
  cameraErrorMessage,
  cameraFileName,
  fullResolutionConstraints,
  keyLabel,
  typesCharacter
} from '../../../electron/shared/camera-rules'

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
    expect(cameraErrorMessage('NotAllowedError')).toContain('not allowed to use the camera')
    expect(cameraErrorMessage('NotAllowedError')).toContain('Try again')
    expect(cameraErrorMessage('NotFoundError')).toContain('No camera was found')
    expect(cameraErrorMessage('OverconstrainedError')).toContain('No camera was found')
    expect(cameraErrorMessage('NotReadableError')).toContain('in use by another program')
    expect(cameraErrorMessage('Ended')).toContain('disconnected')
    expect(cameraErrorMessage('WeirdError')).toContain('(WeirdError)')
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
