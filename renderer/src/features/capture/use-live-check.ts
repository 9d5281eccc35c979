import { useEffect, useRef, useState } from 'react'
import type { FrameCheck, Sensitivity } from '../../../../electron/shared/contract'
import { call, messageOf } from '../../lib/studio'
import { grabFrame, LIVE_EDGE } from './frames'

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

/**
 * The live check: one small frame at a time goes to main's face engine (the next is taken as soon as the answer
 * is back, so the rate is what this machine can do, 5 or more a second), and the answer is kept with the rate.
 * Paused while `paused` (the shutter is busy) or the window is hidden.
 */
export function useLiveCheck(options: {
  video: HTMLVideoElement | null
  specCode: string | null
  sensitivity: Sensitivity
  paused: boolean
}) {
  const [check, setCheck] = useState<FrameCheck | null>(null)
  const [rate, setRate] = useState<number | null>(null)
  const [error, setError] = useState<string | null>(null)
  const paused = useRef(options.paused)
  paused.current = options.paused
  const sensitivity = useRef(options.sensitivity)
  sensitivity.current = options.sensitivity
  const { video, specCode } = options

  useEffect(() => {
    setCheck(null)
    if (!video || !specCode) return
    let stopped = false
    const canvas = document.createElement('canvas')
    const times: number[] = []
    const loop = async () => {
      while (!stopped) {
        if (paused.current || document.hidden || video.readyState < 2 || video.videoWidth === 0) {
          await sleep(100)
          continue
        }
        try {
          const frame = await grabFrame(video, canvas, LIVE_EDGE, 0.8)
          const s = sensitivity.current
          const result = await call('capture:check-frame', {
            specCode,
            frame: frame.bytes,
            ...(Object.keys(s).length > 0 ? { sensitivity: s } : {})
          })
          if (stopped) return
          setCheck(result)
          setError(null)
          times.push(performance.now())
          if (times.length > 10) times.shift()
          if (times.length > 1) setRate(((times.length - 1) * 1000) / (times.at(-1)! - times[0]!))
        } catch (e) {
          if (stopped) return
          setError(messageOf(e))
          await sleep(1000)
        }
      }
    }
    void loop()
    return () => {
      stopped = true
    }
  }, [video, specCode])

  return { check, rate, error }
}
