import { useEffect, useState } from 'react'
import type { ImageView } from '../../../../electron/shared/contract'
import { call, messageOf } from '../../lib/studio'

/** Which stored image of a job to show. */
export type JobImageRequest =
  | { jobId: string; kind: 'source' | 'checked' | 'result' | 'final' }
  | { jobId: string; kind: 'sheet'; key: string }

/** Loads one image of a job from main; `null` request = nothing to show. */
export function useJobImage(request: JobImageRequest | null): {
  image: ImageView | null
  error: string | null
} {
  const [image, setImage] = useState<ImageView | null>(null)
  const [error, setError] = useState<string | null>(null)
  const key = request === null ? null : JSON.stringify(request)

  useEffect(() => {
    setImage(null)
    setError(null)
    if (key === null) return
    const req = JSON.parse(key) as JobImageRequest
    let live = true
    const load =
      req.kind === 'sheet'
        ? call('photos:get-sheet', { jobId: req.jobId, key: req.key })
        : call('photos:get-image', { jobId: req.jobId, kind: req.kind })
    load.then(
      (img) => live && setImage(img),
      (e) => live && setError(messageOf(e))
    )
    return () => {
      live = false
    }
  }, [key])

  return { image, error }
}
