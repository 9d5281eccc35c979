import { stat } from 'node:fs/promises'
import { basename, resolve } from 'node:path'
import { watch, type FSWatcher } from 'chokidar'
import { classifyFileName } from './file-rules'

/** How long a file's size must stay the same before it counts as written, and how often it is looked at. */
export interface StabilityTiming {
  stabilityMs: number
  pollMs: number
}

/** What one watched folder is doing. */
export type WatchState = 'starting' | 'watching' | 'missing' | 'error'

/** Options for one folder's watch. */
export interface FolderWatchOptions extends StabilityTiming {
  path: string
  /** Watch by polling (network shares, where change events from other computers do not arrive). */
  networkFolder: boolean
  /** How often the folder itself is checked for being there (an unplugged drive, a dropped share). */
  presenceCheckMs: number
  /** A file whose size has been stable for `stabilityMs` (new, or changed again). */
  onFile: (path: string) => void
  onState: (state: WatchState, detail: string | null) => void
  /** Runs before watching starts (each time, also when the folder comes back). */
  beforeWatch?: () => Promise<void>
}

async function isFolder(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory()
  } catch {
    return false
  }
}

/**
 * Watches one folder with chokidar: its own files only (not done/ or other subfolders), each reported once its
 * size has stopped changing (chokidar's awaitWriteFinish), temp names and sidecars never. A folder that disappears
 * is reported as missing and watched again when it comes back.
 */
export class FolderWatch {
  private watcher: FSWatcher | null = null
  private timer: NodeJS.Timeout | null = null
  private closed = false
  private state: WatchState | null = null
  private readonly root: string

  constructor(private readonly options: FolderWatchOptions) {
    this.root = resolve(options.path)
  }

  start(): void {
    void this.run()
  }

  async close(): Promise<void> {
    this.closed = true
    if (this.timer) clearTimeout(this.timer)
    this.timer = null
    await this.stopWatcher()
  }

  private async run(): Promise<void> {
    if (this.closed) return
    if (!(await isFolder(this.root))) {
      this.setState('missing', null)
      this.schedulePresenceCheck()
      return
    }
    this.setState('starting', null)
    try {
      await this.options.beforeWatch?.()
    } catch (error) {
      this.setState('error', error instanceof Error ? error.message : String(error))
      this.schedulePresenceCheck()
      return
    }
    if (this.closed) return
    const watcher = watch(this.root, {
      depth: 0,
      ignoreInitial: false,
      persistent: true,
      awaitWriteFinish: { stabilityThreshold: this.options.stabilityMs, pollInterval: this.options.pollMs },
      usePolling: this.options.networkFolder,
      ...(this.options.networkFolder ? { interval: 1000, binaryInterval: 1000 } : {}),
      ignored: (path, stats) =>
        resolve(path) !== this.root &&
        (stats?.isDirectory() === true || classifyFileName(basename(path)) === 'ignore')
    })
    this.watcher = watcher
    watcher.on('add', (path) => this.options.onFile(resolve(path)))
    watcher.on('change', (path) => this.options.onFile(resolve(path)))
    watcher.on('unlinkDir', (path) => {
      if (resolve(path) === this.root) void this.lost()
    })
    watcher.on('error', (error) => void this.failed(error))
    watcher.on('ready', () => {
      if (this.watcher === watcher) this.setState('watching', null)
    })
    this.schedulePresenceCheck()
  }

  /** The folder is gone: stop watching it and look for it again every presenceCheckMs. */
  private async lost(): Promise<void> {
    if (this.state === 'missing') return
    await this.stopWatcher()
    this.setState('missing', null)
    this.schedulePresenceCheck()
  }

  private async failed(error: unknown): Promise<void> {
    if (!(await isFolder(this.root))) return this.lost()
    this.setState('error', error instanceof Error ? error.message : String(error))
  }

  private schedulePresenceCheck(): void {
    if (this.closed) return
    if (this.timer) clearTimeout(this.timer)
    this.timer = setTimeout(() => void this.checkPresence(), this.options.presenceCheckMs)
    this.timer.unref?.()
  }

  private async checkPresence(): Promise<void> {
    this.timer = null
    if (this.closed) return
    const present = await isFolder(this.root)
    if (this.watcher && !present) return this.lost()
    if (!this.watcher && present) return this.run()
    this.schedulePresenceCheck()
  }

  private async stopWatcher(): Promise<void> {
    const active = this.watcher
    this.watcher = null
    if (active) await active.close().catch(() => undefined)
  }

  private setState(state: WatchState, detail: string | null): void {
    if (this.state === state && state !== 'error') return
    this.state = state
    this.options.onState(state, detail)
  }
}
