import { mkdir, rename, stat } from 'node:fs/promises'
import { basename, dirname, extname, join } from 'node:path'

/** The subfolder queued photos are moved to when a folder is set to "move to done/". */
export const DONE_FOLDER = 'done'

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path)
    return true
  } catch {
    return false
  }
}

/**
 * Moves a queued photo into the done/ subfolder beside it, never over another file: a name already taken gets
 * " (2)", " (3)"… before its extension. Returns the new path. A rename within one folder tree keeps the
 * file's modification time, and the watcher ignores subfolders, so the move is never taken for a new photo.
 */
export async function moveToDone(path: string): Promise<string> {
  const folder = join(dirname(path), DONE_FOLDER)
  await mkdir(folder, { recursive: true })
  const name = basename(path)
  const ext = extname(name)
  const stem = name.slice(0, name.length - ext.length)
  let target = join(folder, name)
  for (let n = 2; await exists(target); n++) target = join(folder, `${stem} (${n})${ext}`)
  await rename(path, target)
  return target
}
