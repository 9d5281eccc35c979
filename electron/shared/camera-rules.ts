// The Camera view's plain rules (the window uses them), without the DOM, so they are unit-tested in Node.
import type { Translate } from './i18n/translate'

/** The part of MediaTrackCapabilities these rules read. */
export interface SizeCapabilities {
  width?: { max?: number }
  height?: { max?: number }
}

/**
 * The constraints that ask the camera for its full resolution: the largest width and height its track says it
 * offers (getCapabilities), as ideals, so a camera whose largest width and height belong to different modes still
 * picks its best one rather than failing. Null when the browser does not say (then the default is kept).
 */
export function fullResolutionConstraints(
  caps: SizeCapabilities | undefined
): { width: { ideal: number }; height: { ideal: number } } | null {
  const width = caps?.width?.max
  const height = caps?.height?.max
  if (!width || !height || !Number.isFinite(width) || !Number.isFinite(height)) return null
  return { width: { ideal: width }, height: { ideal: height } }
}

/**
 * What went wrong with the camera, for the counter: what happened and what to do, in the language `t` speaks. The
 * rest of the screen works.
 */
export function cameraErrorMessage(errorName: string, t: Translate): string {
  switch (errorName) {
    case 'NotAllowedError':
    case 'SecurityError':
    case 'PermissionDeniedError':
      return t('camera.error.notAllowed')
    case 'NotFoundError':
    case 'DevicesNotFoundError':
    case 'OverconstrainedError':
      return t('camera.error.notFound')
    case 'NotReadableError':
    case 'TrackStartError':
    case 'AbortError':
      return t('camera.error.inUse')
    case 'Ended':
      return t('camera.error.ended')
    case 'Unsupported':
      return t('camera.error.unsupported')
    default:
      return t('camera.error.other', { name: errorName })
  }
}

/** A key's name as printed on it, from its KeyboardEvent.code ("KeyB" → "B", "PageDown" → "Page Down"). */
export function keyLabel(code: string): string {
  if (/^Key[A-Z]$/.test(code)) return code.slice(3)
  if (/^Digit\d$/.test(code)) return code.slice(5)
  if (/^Numpad\d$/.test(code)) return `Numpad ${code.slice(6)}`
  return code.replace(/([a-z])([A-Z0-9])/g, '$1 $2')
}

/** True for keys that type a character: a footswitch on one of them must not fire while a text field is in use. */
export function typesCharacter(code: string): boolean {
  return /^(Key[A-Z]|Digit\d|Numpad\d|Space|Minus|Equal|Bracket(Left|Right)|Semicolon|Quote|Comma|Period|Slash|Backslash|Backquote)$/.test(
    code
  )
}

/** A camera file name for the queue and history: camera-2026-12-03-14-05-09.jpg (the local time). */
export function cameraFileName(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return (
    `camera-${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}-` +
    `${pad(date.getHours())}-${pad(date.getMinutes())}-${pad(date.getSeconds())}.jpg`
  )
}
