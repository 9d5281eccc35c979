import { useEffect, useRef, useState } from 'react'
import type { FrameCheck, Sensitivity } from '../../../../electron/shared/contract'
import { call, messageOf } from '../../lib/studio'
import { grabFrame, LIVE_EDGE } from './frames'

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

/**
 * The live check: one small frame at a time goes to main's face engine, the next one is grabbed meanwhile and sent
 * as soon as the answer is back (so the rate is what this machine can do, 5 or more a second); the answer is kept
 * with the rate.
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
    // Two canvases: the next frame is grabbed and encoded while main checks the previous one, so the rate is
    // set by the slower of the two rather than by their sum.
    const canvases = [document.createElement('canvas'), document.createElement('canvas')]
    let turn = 0
    const times: number[] = []
    const grab = () => grabFrame(video, canvases[turn++ % 2]!, LIVE_EDGE, 0.8)
    const loop = async () => {
      let next: ReturnType<typeof grab> | null = null
      while (!stopped) {
        if (paused.current || document.hidden || video.readyState < 2 || video.videoWidth === 0) {
          next = null
          await sleep(100)
          continue
        }
        try {
          const frame = await (next ?? grab())
          const s = sensitivity.current
          const answer = call('capture:check-frame', {
            specCode,
            frame: frame.bytes,
            ...(Object.keys(s).length > 0 ? { sensitivity: s } : {})
          })
          next = grab()
          next.catch(() => undefined)
          const result = await answer
          if (stopped) return
          setCheck(result)
          setError(null)
          times.push(performance.now())
          if (times.length > 10) times.shift()
          if (times.length > 1) setRate(((times.length - 1) * 1000) / (times.at(-1)! - times[0]!))
        } catch (e) {
          next = null
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
