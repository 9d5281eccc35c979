/** A dropped, picked or pasted file, read for `photos:submit`. */
export interface FileBytes {
  name: string
  bytes: Uint8Array<ArrayBuffer>
}

/** Reads files as bytes; the main side checks the type from the bytes, so nothing is filtered here. */
export async function readFiles(files: readonly File[]): Promise<FileBytes[]> {
  return Promise.all(
    files.map(async (file, index) => ({
      // A pasted image may have no name; give it one the queue can show.
      name: file.name || `pasted-${index + 1}.${file.type.split('/')[1] ?? 'png'}`,
      bytes: new Uint8Array(await file.arrayBuffer())
    }))
  )
}

/** The files of a drop, or none when something other than files was dragged. */
export function filesOf(data: DataTransfer | null): File[] {
  if (!data) return []
  return [...data.files]
}

/** The image files on the clipboard. */
export function imagesOnClipboard(data: DataTransfer | null): File[] {
  if (!data) return []
  return [...data.items]
    .filter((item) => item.kind === 'file' && item.type.startsWith('image/'))
    .map((item) => item.getAsFile())
    .filter((file): file is File => file !== null)
}

/** True when a drag carries files (not text or a link). */
export function dragHasFiles(data: DataTransfer | null): boolean {
  return data !== null && [...data.types].includes('Files')
}
