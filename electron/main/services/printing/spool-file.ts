import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/**
 * Hands a PDF to `use` as a file the print system can read, and deletes it afterwards, whatever happens. The file
 * holds a customer's photos, so it is owner-only: a fresh folder with mode 0700 (mkdtemp's own mode, set again in
 * case a umask or platform differs) and the file itself 0600, created exclusively so nothing else can swap it in.
 * The print commands copy the data into the spooler before they return, so the file is gone by the time `use`
 * has resolved or thrown.
 */
export async function withSpoolFile<T>(
  bytes: Uint8Array,
  fileName: string,
  use: (path: string) => Promise<T>,
  tempRoot: string = tmpdir()
): Promise<T> {
  const dir = await mkdtemp(join(tempRoot, 'studio-print-'))
  try {
    await chmod(dir, 0o700)
    const path = join(dir, fileName)
    await writeFile(path, bytes, { mode: 0o600, flag: 'wx' })
    return await use(path)
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

/** A file name for the spooler: the job's name where that is what the print path shows, made safe for any OS. */
export function spoolFileName(title: string): string {
  const safe = title
    .normalize('NFC')
    .replace(/[^\p{L}\p{N} ._-]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 80)
  return `${safe === '' ? 'sheet' : safe}.pdf`
}
