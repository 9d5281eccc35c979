import { useEffect, useState } from 'react'
import type { Side } from '../../../../electron/shared/contract'
import { call, messageOf } from '../../lib/studio'

/** A side's image as shown: a blob: URL and its natural size. */
export interface ShownImage {
  url: string
  width: number
  height: number
}

/**
 * Brings a side's image from main's memory into a blob: URL. Unlike lib/image-url's useImageUrl, it zeroes its
 * copy of the bytes as soon as the Blob holds them, so no stray copy of an identity document sits in the
 * renderer's heap; the URL is revoked when the image changes, the side is cleared or the screen closes.
 */
export function useDocumentImage(
  side: Side,
  present: boolean,
  revision: number
): { image: ShownImage | null; error: string | null } {
  const [image, setImage] = useState<ShownImage | null>(null)
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    if (!present) {
      setImage(null)
      setError(null)
      return
    }
    let cancelled = false
    let made: string | null = null
    call('documents:get-image', { side }).then(
      (view) => {
        if (!cancelled) {
          made = URL.createObjectURL(new Blob([view.bytes as BlobPart], { type: view.mime }))
          setImage({ url: made, width: view.width, height: view.height })
          setError(null)
        }
        view.bytes.fill(0)
      },
      (e: unknown) => {
        if (!cancelled) setError(messageOf(e))
      }
    )
    return () => {
      cancelled = true
      if (made !== null) URL.revokeObjectURL(made)
    }
  }, [side, present, revision])

  return { image: present ? image : null, error: present ? error : null }
}
