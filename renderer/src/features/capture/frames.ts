import { translateNow } from '../../lib/i18n'
/** The long side of a live frame sent for checking: the face engine works at 640 px anyway. */
export const LIVE_EDGE = 640

function toJpeg(canvas: HTMLCanvasElement, quality: number): Promise<Uint8Array<ArrayBuffer>> {
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => {
        if (!blob) return reject(new Error(translateNow('camera.frame.encode')))
        blob.arrayBuffer().then((buffer) => resolve(new Uint8Array(buffer)), reject)
      },
      'image/jpeg',
      quality
    )
  )
}

/** The video's current frame, at most `edge` px on its long side, as a JPEG. Never mirrored. */
export async function grabFrame(
  video: HTMLVideoElement,
  canvas: HTMLCanvasElement,
  edge: number | null,
  quality: number
): Promise<{ bytes: Uint8Array<ArrayBuffer>; width: number; height: number }> {
  const { videoWidth: w, videoHeight: h } = video
  const scale = edge === null ? 1 : Math.min(1, edge / Math.max(w, h))
  canvas.width = Math.round(w * scale)
  canvas.height = Math.round(h * scale)
  const context = canvas.getContext('2d')
  if (!context) throw new Error('No 2D canvas.')
  context.drawImage(video, 0, 0, canvas.width, canvas.height)
  return { bytes: await toJpeg(canvas, quality), width: canvas.width, height: canvas.height }
}

const nextFrame = (video: HTMLVideoElement) =>
  new Promise<void>((resolve) => {
    // A new camera frame where the browser can say so; otherwise a short wait.
    if ('requestVideoFrameCallback' in video) video.requestVideoFrameCallback(() => resolve())
    else setTimeout(resolve, 60)
  })

/**
 * A burst at the camera's full resolution (the video's own size, which is the track's: not the preview's size
 * on screen): `count` frames a little apart, as JPEGs at quality 0.92. The saved photo is never mirrored.
 */
export async function grabBurst(video: HTMLVideoElement, count: number, gapMs: number) {
  const canvas = document.createElement('canvas')
  const frames: Uint8Array<ArrayBuffer>[] = []
  for (let i = 0; i < count; i++) {
    if (i > 0) {
      await new Promise((r) => setTimeout(r, gapMs))
      await nextFrame(video)
    }
    frames.push((await grabFrame(video, canvas, null, 0.92)).bytes)
  }
  return { frames, width: video.videoWidth, height: video.videoHeight }
}
