import { useCallback, useEffect, useRef, useState } from 'react'
import { call, messageOf } from '../../lib/studio'
import { cameraFileName, typesCharacter } from '../../../../electron/shared/camera-rules'
import { grabBurst } from './frames'
import { translateNow } from '../../lib/i18n'

/** Frames in a burst, and the time between them. */
const BURST = 3
const BURST_GAP_MS = 120

/**
 * The shutter: the button, the space bar and the footswitch key; an optional 3-second countdown; a burst of 3
 * frames at full resolution of which main keeps the sharpest with the eyes open; then the photo goes to the queue
 * like a dropped one (onCapture is the Photos screen's own submit, with its customer name, spec and pre-flight).
 */
export function useShutter(options: {
  video: HTMLVideoElement | null
  ready: boolean
  countdown: boolean
  footswitchKey: string | null
  onCapture: (files: File[]) => Promise<void>
}) {
  const [busy, setBusy] = useState(false)
  const [count, setCount] = useState<number | null>(null)
  const [message, setMessage] = useState<string | null>(null)
  const latest = useRef(options)
  latest.current = options
  const busyRef = useRef(false)

  const shoot = useCallback(async () => {
    const { video, ready, countdown, onCapture } = latest.current
    if (busyRef.current || !ready || !video) return
    busyRef.current = true
    setBusy(true)
    setMessage(null)
    try {
      if (countdown) {
        for (let n = 3; n > 0; n--) {
          setCount(n)
          await new Promise((r) => setTimeout(r, 1000))
        }
        setCount(null)
      }
      setMessage(translateNow('camera.shutter.burst', { count: BURST }))
      const burst = await grabBurst(video, BURST, BURST_GAP_MS)
      const choice = await call('capture:pick-frame', { frames: burst.frames })
      const chosen = burst.frames[choice.index] ?? burst.frames[0]!
      const file = new File([chosen as BlobPart], cameraFileName(new Date()), { type: 'image/jpeg' })
      await onCapture([file])
      setMessage(
        translateNow('camera.shutter.sent', {
          reason: choice.reason,
          width: burst.width,
          height: burst.height
        })
      )
    } catch (e) {
      setMessage(translateNow('camera.shutter.failed', { reason: messageOf(e) }))
    } finally {
      setCount(null)
      busyRef.current = false
      setBusy(false)
    }
  }, [])

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.repeat) return
      const target = e.target instanceof HTMLElement ? e.target : null
      const typing = target !== null && isTextEntry(target)
      const footswitch = latest.current.footswitchKey
      if (footswitch !== null && e.code === footswitch && !(typing && typesCharacter(e.code))) {
        e.preventDefault()
        void shoot()
        return
      }
      // Space is the shutter unless it would type, or press a focused button or checkbox.
      const pressable =
        target !== null &&
        (target.tagName === 'BUTTON' ||
          target.getAttribute('role') === 'button' ||
          (target instanceof HTMLInputElement && ['checkbox', 'radio'].includes(target.type)))
      if (e.code === 'Space' && !typing && !pressable) {
        e.preventDefault()
        void shoot()
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [shoot])

  return { shoot, busy, count, message }
}

const NOT_TEXT = new Set([
  'checkbox',
  'radio',
  'button',
  'submit',
  'reset',
  'range',
  'color',
  'file',
  'image'
])

/** True where a key types: a text field, a text area, a list box, or editable content. */
function isTextEntry(element: HTMLElement): boolean {
  if (element.isContentEditable || element.tagName === 'TEXTAREA' || element.tagName === 'SELECT') return true
  return element instanceof HTMLInputElement && !NOT_TEXT.has(element.type)
}
