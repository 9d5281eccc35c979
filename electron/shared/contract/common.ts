import { z } from 'zod'

/** Channels that take no input. */
export const noInput = z.undefined()

/** Raw bytes crossing the IPC (structured clone keeps Uint8Array as is). */
export const bytesSchema = z.instanceof(Uint8Array)

/** An image handed to the renderer for display. */
export interface ImageView {
  bytes: Uint8Array
  mime: 'image/jpeg' | 'image/png' | 'image/webp' | 'image/gif' | 'image/tiff' | 'image/bmp'
  width: number
  height: number
}

/** Where a file was written, or null when the person cancelled the dialog. */
export interface SavedFile {
  path: string | null
}
