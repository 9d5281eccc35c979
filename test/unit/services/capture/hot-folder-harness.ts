import { mkdtempSync, rmSync } from 'node:fs'
import { open } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import sharp from 'sharp'
import { expect } from 'vitest'
import type { HotFolder, HotFoldersView } from '../../../../electron/shared/contract'
import { isAppError } from '../../../../electron/shared/errors'
import type { SubmitResult } from '../../../../electron/main/services/capture/file-intake'
import { HotFolders, type HotFolderTiming } from '../../../../electron/main/services/capture/hot-folders'
import { SeenLedger } from '../../../../electron/main/services/capture/seen-ledger'
import { preflightImage } from '../../../../electron/main/services/image/preflight'
import { US_PASSPORT } from '../../../helpers/specs'

/** Short waits, so the real watcher on real files answers in a fraction of a second. */
export const FAST: Partial<HotFolderTiming> = {
  stabilityMs: 150,
  pollMs: 25,
  presenceCheckMs: 100,
  rawGraceMs: 200,
  lockedRetryMs: 50,
  lockedGiveUpMs: 400,
  incompleteRetryMs: 60,
  incompleteGiveUpMs: 1500,
  notNowRetryMs: 200,
  sweepEveryMs: 60_000
}

/** A distinct 800 × 800 JPEG (large enough for US Passport's pre-flight) for each seed. */
export async function photo(seed: number): Promise<Buffer> {
  const width = 800
  const pixels = Buffer.alloc(width * width * 3)
  let state = seed * 2654435761
  for (let i = 0; i < pixels.length; i += 3) {
    state = (state * 1103515245 + 12345) >>> 0
    const y = Math.floor(i / 3 / width)
    pixels[i] = (y + seed * 31) % 256
    pixels[i + 1] = (state >>> 24) & 0x3f
    pixels[i + 2] = (seed * 53) % 256
  }
  return sharp(pixels, { raw: { width, height: width, channels: 3 } })
    .jpeg({ quality: 80 })
    .toBuffer()
}

/** Writes a file in pieces with pauses between them, as a camera over USB does. */
export async function writeSlowly(
  path: string,
  bytes: Buffer,
  pieces: number,
  pauseMs: number
): Promise<void> {
  const handle = await open(path, 'w')
  try {
    const size = Math.ceil(bytes.length / pieces)
    for (let at = 0; at < bytes.length; at += size) {
      await handle.write(bytes.subarray(at, at + size))
      await handle.sync()
      if (at + size < bytes.length) await new Promise((r) => setTimeout(r, pauseMs))
    }
  } finally {
    await handle.close()
  }
}

/** One call to the queue, as the fake queue saw it. */
export interface Submitted {
  name: string
  bytes: Buffer
  folder: HotFolder
}

/**
 * The hot folders over a real temp folder, with a queue that runs the app's real pre-flight (so a bad file is
 * refused exactly as a drop is) and records what it was given.
 */
export async function startHotFolders(options: {
  dir?: string
  dataDir?: string
  folder?: Partial<HotFolder>
  now?: () => number
  answer?: (name: string) => SubmitResult | null
  paused?: boolean
}) {
  const dir = options.dir ?? mkdtempSync(join(tmpdir(), 'hot-folder-'))
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'hot-data-'))
  const submitted: Submitted[] = []
  const missing: boolean[] = []
  let latest: HotFoldersView | null = null
  let next = 1
  const ledger = await SeenLedger.open(join(dataDir, 'ledger.json'))
  const folder: HotFolder = {
    id: 'f1',
    path: dir,
    specCode: 'us-passport',
    mode: 'direct',
    customerRule: 'before-underscore',
    afterQueued: 'leave',
    deleteAfterDays: 7,
    networkFolder: false,
    ...options.folder
  }
  const hot = new HotFolders({
    ledger,
    timing: FAST,
    ...(options.now ? { now: options.now } : {}),
    onChange: (view) => (latest = view),
    onMissing: (_f, isMissing) => missing.push(isMissing),
    submit: async (file, f) => {
      const forced = options.answer?.(file.name)
      if (forced) return forced
      submitted.push({ name: file.name, bytes: Buffer.from(file.bytes), folder: f })
      try {
        await preflightImage(file.bytes, { fileName: file.name, spec: US_PASSPORT })
      } catch (error) {
        if (isAppError(error)) return { kind: 'refused', error: error.toIpcError() }
        throw error
      }
      return { kind: 'queued', jobId: `job-${next++}`, customer: file.name.split('_')[0] ?? null }
    }
  })
  await hot.apply({ paused: options.paused ?? false, folders: [folder] })
  const view = () => latest ?? hot.view()
  return {
    dir,
    dataDir,
    hot,
    ledger,
    folder,
    submitted,
    missing,
    view,
    activity: () => view().activity,
    /** Waits until the folder is watched (its first scan done). */
    async watching() {
      await expect.poll(() => view().folders[0]?.state, { timeout: 5000 }).toBe('watching')
    },
    async close(removeData = true) {
      await hot.close()
      rmSync(dir, { recursive: true, force: true })
      if (removeData) rmSync(dataDir, { recursive: true, force: true })
    }
  }
}

/** Waits a little longer than any wait of FAST, to show that nothing more happens. */
export const settle = (ms = 700) => new Promise((r) => setTimeout(r, ms))
