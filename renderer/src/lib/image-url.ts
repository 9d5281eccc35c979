import { useEffect, useState } from 'react'
import type { ImageView } from '../../../electron/shared/contract'

/** Makes a blob: URL for image bytes from main, and revokes it when the image changes or the view goes away. */
export function useImageUrl(image: ImageView | null): string | null {
  const [url, setUrl] = useState<string | null>(null)
  useEffect(() => {
    if (image === null) {
      setUrl(null)
      return
    }
    const made = URL.createObjectURL(new Blob([image.bytes as BlobPart], { type: image.mime }))
    setUrl(made)
    return () => URL.revokeObjectURL(made)
  }, [image])
  return url
}
