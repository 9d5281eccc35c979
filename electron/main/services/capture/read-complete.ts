import { open, stat } from 'node:fs/promises'

/** What reading a file in a watched folder gave. */
export type ReadOutcome =
  | { kind: 'read'; bytes: Uint8Array; size: number; mtimeMs: number }
  /** Another program still holds the file open for writing (Windows reports a sharing violation). */
  | { kind: 'locked' }
  /** It grew or was rewritten while being read: wait for the camera software to finish. */
  | { kind: 'changing' }
  /** Renamed or deleted in the meantime. */
  | { kind: 'gone' }
  | { kind: 'too-large'; size: number }
  /** No permission to read it, or another error that waiting will not fix. */
  | { kind: 'unreadable'; code: string }

/** The size and modification time that identify one version of a file. */
export interface FileVersion {
  size: number
  mtimeMs: number
}

const LOCKED_CODES = new Set(['EBUSY', 'EAGAIN', 'ETXTBSY'])

function codeOf(error: unknown): string {
  const code = (error as { code?: unknown }).code
  return typeof code === 'string' ? code : 'UNKNOWN'
}

function lockedOrUnreadable(code: string, platform: NodeJS.Platform): ReadOutcome {
  if (code === 'ENOENT') return { kind: 'gone' }
  // On Windows a file another program is writing refuses to open with EBUSY, or EPERM for some writers.
  if (LOCKED_CODES.has(code) || (platform === 'win32' && code === 'EPERM')) return { kind: 'locked' }
  return { kind: 'unreadable', code }
}

/**
 * Reads a whole file only if it stays the same while it is read: same size and modification time before and
 * after, and as many bytes as its size. A file still being written, locked or gone is reported, never returned.
 */
export async function readSettledFile(
  path: string,
  options: { maxBytes: number; platform?: NodeJS.Platform }
): Promise<ReadOutcome> {
  const platform = options.platform ?? process.platform
  let before: FileVersion
  try {
    const info = await stat(path)
    if (!info.isFile()) return { kind: 'gone' }
    before = { size: info.size, mtimeMs: info.mtimeMs }
  } catch (error) {
    return lockedOrUnreadable(codeOf(error), platform)
  }
  if (before.size > options.maxBytes) return { kind: 'too-large', size: before.size }
  let bytes: Uint8Array
  let after: FileVersion
  try {
    const handle = await open(path, 'r')
    try {
      bytes = new Uint8Array(await handle.readFile())
      const info = await handle.stat()
      after = { size: info.size, mtimeMs: info.mtimeMs }
    } finally {
      await handle.close()
    }
  } catch (error) {
    return lockedOrUnreadable(codeOf(error), platform)
  }
  if (after.size !== before.size || after.mtimeMs !== before.mtimeMs || bytes.byteLength !== before.size) {
    return { kind: 'changing' }
  }
  return { kind: 'read', bytes, size: before.size, mtimeMs: before.mtimeMs }
}

const PNG_END = [0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82]

/**
 * Whether the bytes end the way a finished file of their type ends: a JPEG with its end-of-image marker (after
 * any padding), a PNG with its IEND chunk, a WebP as long as its header says. Other types (HEIC, TIFF) have no
 * end marker to check and count as complete once their size is stable. A camera that writes a JPEG in pieces with
 * long pauses would otherwise pass the size check with half a photo.
 */
export function looksComplete(bytes: Uint8Array): boolean {
  const n = bytes.byteLength
  if (n >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) {
    let end = n
    // Some cameras pad the file after the marker.
    while (end > 2 && (bytes[end - 1] === 0x00 || bytes[end - 1] === 0xff)) end--
    return end >= 4 && bytes[end - 2] === 0xff && bytes[end - 1] === 0xd9
  }
  if (n >= 8 && bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47) {
    return n >= 20 && PNG_END.every((b, i) => bytes[n - 8 + i] === b)
  }
  if (n >= 12 && String.fromCharCode(...bytes.subarray(0, 4)) === 'RIFF') {
    const declared = (bytes[4]! | (bytes[5]! << 8) | (bytes[6]! << 16) | (bytes[7]! << 24)) >>> 0
    return n >= declared + 8
  }
  return true
}
