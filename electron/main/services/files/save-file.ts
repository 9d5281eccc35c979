import { access, open } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { AppError } from '../../../shared/errors'
import type { Dialogs } from '../platform'
import { writeFileAtomic } from '../storage/write-file-atomic'
import { numberedName } from './save-name'
import { t } from '../i18n/main-language'

const MAX_TRIES = 1000

/**
 * Writes bytes into a folder as `name`, or `name_2`, `name_3`… for the first that does not exist yet. Opening with
 * 'wx' makes "does not exist" and "create" one step, so an earlier file is never overwritten, even by two saves at
 * once. Returns the path written.
 */
export async function saveNoClobber(folder: string, name: string, bytes: Uint8Array): Promise<string> {
  for (let n = 1; n <= MAX_TRIES; n++) {
    const path = join(folder, numberedName(name, n))
    let handle
    try {
      handle = await open(path, 'wx')
    } catch (error) {
      if ((error as { code?: unknown }).code === 'EEXIST') continue
      throw new AppError('FILE_SYSTEM', t('jobs.error.saveFolder'), {
        cause: error
      })
    }
    try {
      await handle.writeFile(bytes)
    } catch (error) {
      throw new AppError('FILE_SYSTEM', t('jobs.error.saveWrite'), { cause: error })
    } finally {
      await handle.close()
    }
    return path
  }
  throw new AppError('FILE_SYSTEM', t('jobs.error.saveTooMany'))
}

/** The first of `name`, `name_2`, `name_3`… that is not taken in the folder: what a save dialog should suggest. */
export async function firstFreeName(folder: string, name: string): Promise<string> {
  for (let n = 1; n <= MAX_TRIES; n++) {
    const candidate = numberedName(name, n)
    try {
      await access(join(folder, candidate))
    } catch {
      return candidate
    }
  }
  return name
}

/**
 * Saves through the save dialog. A native dialog is shown a name not yet taken in the suggested folder, and asks
 * itself before the person replaces a file on purpose; the file is then replaced whole (written beside, renamed).
 * Where there is no real dialog (the browser build), a taken name gets the next number, created with 'wx'.
 * Returns the path written, or null when the person cancelled.
 */
export async function saveWithDialog(
  dialogs: Dialogs,
  options: {
    title: string
    folder: string | null
    name: string
    filters: { name: string; extensions: string[] }[]
    bytes: () => Promise<Uint8Array> | Uint8Array
    write?: (path: string, bytes: Uint8Array) => Promise<void>
  }
): Promise<string | null> {
  const suggested =
    options.folder === null
      ? options.name
      : join(options.folder, await firstFreeName(options.folder, options.name))
  const path = await dialogs.chooseSavePath(options.title, suggested, options.filters)
  if (path === null) return null
  const bytes = await options.bytes()
  if (dialogs.asksBeforeReplacing === false) return saveNoClobber(dirname(path), basename(path), bytes)
  await (options.write ?? writeFileAtomic)(path, bytes)
  return path
}
