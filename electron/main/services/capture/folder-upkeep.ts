import { readdir, stat, unlink } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import type { HotFolder } from '../../../shared/contract'
import { classifyFileName } from './file-rules'
import type { FileVersion } from './read-complete'
import type { SeenLedger } from './seen-ledger'

/**
 * Records the files already in a folder watched for the first time, so they are left alone (an operator adding a
 * folder full of old photos must not spend quota on all of them). Returns how many; 0 when the folder was known.
 */
export async function setAsideExisting(ledger: SeenLedger, folder: HotFolder, now: number): Promise<number> {
  if (ledger.folderKnown(folder.id, folder.path)) return 0
  const items: { path: string; version: FileVersion }[] = []
  for (const name of await readdir(folder.path)) {
    if (classifyFileName(name) === 'ignore') continue
    const path = resolve(join(folder.path, name))
    const info = await stat(path).catch(() => null)
    if (info?.isFile()) items.push({ path, version: { size: info.size, mtimeMs: info.mtimeMs } })
  }
  await ledger.skipMany(items, folder.id, 'baseline', now)
  await ledger.markFolder(folder.id, folder.path, now)
  return items.length
}

/**
 * Deletes the queued photos whose "delete after N days" time has come, only if each is still the file that was
 * queued (same size and modification time): a file the operator replaced meanwhile is kept. Returns the count
 * deleted per folder.
 */
export async function deleteDue(ledger: SeenLedger, now: number): Promise<Map<string, number>> {
  const deleted = new Map<string, number>()
  for (const entry of ledger.dueForDeletion(now)) {
    try {
      const info = await stat(entry.path)
      if (info.size === entry.size && Math.round(info.mtimeMs) === Math.round(entry.mtimeMs)) {
        await unlink(entry.path)
        deleted.set(entry.folderId, (deleted.get(entry.folderId) ?? 0) + 1)
      }
    } catch {
      // Already gone, or it cannot be deleted now: it is not looked at again.
    }
    await ledger.update(entry.hash, { deleted: true }).catch(() => undefined)
  }
  return deleted
}
