import { open } from 'node:fs/promises'
import { join } from 'node:path'
import { AppError } from '../../../shared/errors'
import { t } from '../i18n/main-language'

/**
 * Writes bytes into a folder under `nameFor(n)` for the first n (1, 2, …) whose file does not exist yet.
 * Opening with 'wx' is what makes "does not exist" and "create" one step, so an earlier save is never overwritten.
 */
export async function saveUniqueFile(
  folder: string,
  nameFor: (n: number) => string,
  bytes: Uint8Array
): Promise<string> {
  for (let n = 1; n < 1000; n++) {
    const path = join(folder, nameFor(n))
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
      throw new AppError('FILE_SYSTEM', t('jobs.error.saveWrite'), {
        cause: error
      })
    } finally {
      await handle.close()
    }
    return path
  }
  throw new AppError('FILE_SYSTEM', t('jobs.error.saveTooMany'))
}
