import { join } from 'node:path'
import { mkdir } from 'node:fs/promises'
import { writeFileAtomic } from '../storage/write-file-atomic'

/**
 * Writes records that could not be read into `<dataDir>/set-aside/<what>-<time>.json`, as they were stored, and
 * returns the file's path; the caller takes them out of the database only after this has returned.
 */
export async function writeSetAside(
  dataDir: string,
  what: string,
  rows: readonly unknown[],
  now: () => number
): Promise<string> {
  const dir = join(dataDir, 'set-aside')
  await mkdir(dir, { recursive: true })
  const stamp = now()
  const file = join(dir, `${what}-${stamp}-${Math.random().toString(36).slice(2, 8)}.json`)
  await writeFileAtomic(file, JSON.stringify({ setAsideAt: new Date(stamp).toISOString(), rows }, null, 2))
  return file
}
