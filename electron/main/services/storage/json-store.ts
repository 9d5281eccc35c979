import { mkdir, readFile, rename } from 'node:fs/promises'
import { dirname } from 'node:path'
import type { z } from 'zod'
import { writeFileAtomic } from './write-file-atomic'

/** Options for a JsonStore. */
export interface JsonStoreOptions<T> {
  /** The JSON file. Its folder is created on the first save. */
  path: string
  /** Validates what is read back; anything that fails is treated as corrupt. */
  schema: z.ZodType<T>
  /** The value used when the file is missing or corrupt. A function so callers never share one mutable object. */
  fallback: () => T
  /** Clock for the `.corrupt-<time>` name; injectable for tests. */
  now?: () => number
  /** Told when a corrupt file was set aside, so the app can log it (the path only, never the content). */
  onCorrupt?: (info: { path: string; movedTo: string; reason: string }) => void
}

/**
 * A small JSON file with a schema: loads with a safe fallback and saves atomically.
 * A corrupt file is kept aside as `<file>.corrupt-<time>` rather than overwritten, so nothing is lost silently.
 * Saves are serialised so two quick saves cannot interleave and the last one always wins.
 */
export class JsonStore<T> {
  private readonly options: JsonStoreOptions<T>
  private chain: Promise<void> = Promise.resolve()

  constructor(options: JsonStoreOptions<T>) {
    this.options = options
  }

  /** The file this store reads and writes. */
  get path(): string {
    return this.options.path
  }

  /** Reads and validates the file; returns the fallback when it is missing, unreadable JSON or fails the schema. */
  async load(): Promise<T> {
    let text: string
    try {
      text = await readFile(this.options.path, 'utf8')
    } catch (error) {
      if (isNotFound(error)) return this.options.fallback()
      throw error
    }
    let reason: string
    try {
      const parsed = this.options.schema.safeParse(JSON.parse(text))
      if (parsed.success) return parsed.data
      reason = 'schema'
    } catch {
      reason = 'json'
    }
    const movedTo = `${this.options.path}.corrupt-${(this.options.now ?? Date.now)()}`
    await rename(this.options.path, movedTo).catch(() => undefined)
    this.options.onCorrupt?.({ path: this.options.path, movedTo, reason })
    return this.options.fallback()
  }

  /** Writes the value atomically, after any save already in progress. */
  save(value: T): Promise<void> {
    const text = JSON.stringify(value, null, 2)
    const run = this.chain.then(async () => {
      await mkdir(dirname(this.options.path), { recursive: true })
      await writeFileAtomic(this.options.path, text)
    })
    // A failed save must not block later ones; the caller still sees its own failure.
    this.chain = run.catch(() => undefined)
    return run
  }
}

function isNotFound(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'ENOENT'
}
