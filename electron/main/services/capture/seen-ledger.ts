import { z } from 'zod'
import { JsonStore } from '../storage/json-store'
import type { FileVersion } from './read-complete'

const fileEntrySchema = z.object({
  /** SHA-256 of the content: the same photo under another name, or touched again, is still the same photo. */
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  folderId: z.string(),
  /** Where the file was last seen (after a move to done/, its new place). */
  path: z.string(),
  size: z.number(),
  mtimeMs: z.number(),
  /**
   * `sending` is written before the photo is handed to the queue, so a crash between the two can never send it
   * a second time (it is reported instead); then `queued`, `refused`, or `failed` (the queue threw).
   */
  status: z.enum(['sending', 'queued', 'refused', 'failed']),
  jobId: z.string().nullable(),
  message: z.string().nullable(),
  at: z.number(),
  /** Epoch ms after which a "delete after N days" folder removes the file; null otherwise. */
  deleteAfter: z.number().nullable(),
  deleted: z.boolean()
})

/** One photo the hot folders have handled. */
export type LedgerEntry = z.infer<typeof fileEntrySchema>

const skippedSchema = z.object({
  key: z.string(),
  folderId: z.string(),
  at: z.number(),
  /**
   * Present before the folder was first watched, a raw file refused, a raw file whose JPEG twin is there, a
   * duplicate, or unreadable.
   */
  reason: z.enum(['baseline', 'raw', 'raw-twin', 'duplicate', 'unreadable'])
})

const ledgerSchema = z.object({
  version: z.literal(1),
  files: z.array(fileEntrySchema),
  skipped: z.array(skippedSchema),
  /** Folders whose existing files have been set aside as "already there" (by id, with the path it was then). */
  folders: z.record(z.string(), z.object({ path: z.string(), since: z.number() }))
})

type LedgerFile = z.infer<typeof ledgerSchema>

/** The key of one version of a file: its path, size and modification time. */
export function versionKey(path: string, version: FileVersion): string {
  return `${path}\u0000${version.size}\u0000${Math.round(version.mtimeMs)}`
}

/**
 * The hot folders' memory of every file they have seen, persisted in the data folder, so that a photo is never
 * queued twice: not after a restart, not when the camera software touches the file again, not when the same
 * photo is copied in under another name. Looked up by version (path + size + mtime, no read needed) first, then by
 * content hash. Writes are atomic and coalesced.
 */
export class SeenLedger {
  private files = new Map<string, LedgerEntry>()
  private skipped = new Map<string, z.infer<typeof skippedSchema>>()
  private folders: LedgerFile['folders'] = {}
  private readonly versions = new Map<string, string>()
  private queuedSave: Promise<void> | null = null
  private saveChain: Promise<void> = Promise.resolve()
  /**
   * True when the file was found damaged at load (the store set it aside): the ledger starts empty, so every
   * folder is treated as new and its files as already there, rather than queued again.
   */
  damaged = false

  private constructor(private readonly store: JsonStore<LedgerFile>) {}

  /** Loads the ledger; a damaged file is kept aside by the store and the ledger starts empty with `damaged`. */
  static async open(path: string): Promise<SeenLedger> {
    let damaged = false
    const store = new JsonStore<LedgerFile>({
      path,
      schema: ledgerSchema,
      fallback: () => ({ version: 1, files: [], skipped: [], folders: {} }),
      onCorrupt: () => {
        damaged = true
      }
    })
    const ledger = new SeenLedger(store)
    const data = await store.load()
    ledger.damaged = damaged
    for (const entry of data.files) ledger.index(entry)
    for (const skip of data.skipped) ledger.skipped.set(skip.key, skip)
    ledger.folders = data.folders
    return ledger
  }

  /** What is known about this exact version of a file without reading it: a handled photo, a skip, or nothing. */
  knownVersion(path: string, version: FileVersion): 'file' | 'skipped' | null {
    const key = versionKey(path, version)
    if (this.versions.has(key)) return 'file'
    return this.skipped.has(key) ? 'skipped' : null
  }

  byHash(hash: string): LedgerEntry | undefined {
    return this.files.get(hash)
  }

  /** Records a photo before it is handed to the queue; resolves once that record is on disk. */
  async begin(entry: Omit<LedgerEntry, 'status' | 'jobId' | 'message' | 'deleteAfter' | 'deleted'>) {
    this.index({ ...entry, status: 'sending', jobId: null, message: null, deleteAfter: null, deleted: false })
    await this.persist()
  }

  /** Updates a photo's record (its outcome, its new place, its deletion). */
  async update(hash: string, patch: Partial<Omit<LedgerEntry, 'hash'>>): Promise<void> {
    const current = this.files.get(hash)
    if (!current) return
    this.versions.delete(versionKey(current.path, current))
    this.index({ ...current, ...patch })
    await this.persist()
  }

  /** Drops a record made by begin() when nothing was queued after all (the spec could not be read). */
  async forget(hash: string): Promise<void> {
    const entry = this.files.get(hash)
    if (!entry) return
    this.files.delete(hash)
    this.versions.delete(versionKey(entry.path, entry))
    await this.persist()
  }

  /** The same content seen at another version (touched, or renamed): remembered so it is not read again. */
  async noteVersion(hash: string, path: string, version: FileVersion): Promise<void> {
    const entry = this.files.get(hash)
    if (!entry) return
    if (entry.path === path) {
      await this.update(hash, { size: version.size, mtimeMs: version.mtimeMs })
      return
    }
    await this.skip(path, version, entry.folderId, 'duplicate')
  }

  /** Remembers a version that is not to be read again (already there, raw, duplicate, unreadable). */
  async skip(
    path: string,
    version: FileVersion,
    folderId: string,
    reason: z.infer<typeof skippedSchema>['reason'],
    at = Date.now()
  ): Promise<void> {
    const key = versionKey(path, version)
    this.skipped.set(key, { key, folderId, at, reason })
    await this.persist()
  }

  /** Remembers many versions at once, with one write (a folder's existing files when it is first watched). */
  async skipMany(
    items: { path: string; version: FileVersion }[],
    folderId: string,
    reason: z.infer<typeof skippedSchema>['reason'],
    at: number
  ): Promise<void> {
    for (const { path, version } of items) {
      const key = versionKey(path, version)
      this.skipped.set(key, { key, folderId, at, reason })
    }
    await this.persist()
  }

  /** How many photos of a folder were queued, and how many refused (raw and unreadable files included). */
  countsOf(folderId: string): { queued: number; refused: number } {
    let queued = 0
    let refused = 0
    for (const entry of this.files.values()) {
      if (entry.folderId !== folderId) continue
      if (entry.status === 'queued') queued++
      else if (entry.status === 'refused' || entry.status === 'failed') refused++
    }
    for (const skip of this.skipped.values()) {
      if (skip.folderId === folderId && (skip.reason === 'raw' || skip.reason === 'unreadable')) refused++
    }
    return { queued, refused }
  }

  /** True once a folder's existing files have been set aside (for this id and path). */
  folderKnown(folderId: string, path: string): boolean {
    return this.folders[folderId]?.path === path
  }

  async markFolder(folderId: string, path: string, since: number): Promise<void> {
    this.folders = { ...this.folders, [folderId]: { path, since } }
    await this.persist()
  }

  /** Queued photos whose "delete after N days" time has come. */
  dueForDeletion(now: number): LedgerEntry[] {
    return [...this.files.values()].filter(
      (e) => e.status === 'queued' && !e.deleted && e.deleteAfter !== null && e.deleteAfter <= now
    )
  }

  /** Resolves once everything recorded so far is on disk. */
  flush(): Promise<void> {
    return this.persist()
  }

  private index(entry: LedgerEntry): void {
    this.files.set(entry.hash, entry)
    this.versions.set(versionKey(entry.path, entry), entry.hash)
  }

  /** One save at a time; calls made while one is running share the next, which takes the state as it starts. */
  private persist(): Promise<void> {
    if (this.queuedSave) return this.queuedSave
    const next = this.saveChain.then(() => {
      this.queuedSave = null
      return this.store.save({
        version: 1,
        files: [...this.files.values()],
        skipped: [...this.skipped.values()],
        folders: this.folders
      })
    })
    this.queuedSave = next
    this.saveChain = next.catch(() => undefined)
    return next
  }
}
