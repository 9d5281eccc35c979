import { randomUUID } from 'node:crypto'
import type {
  CaptureSettings,
  HotFolder,
  HotFolderActivity,
  HotFolderStatus,
  HotFoldersView
} from '../../../shared/contract'
import { createFileIntake, type ActivityDraft, type IntakeDeps, type IntakeTiming } from './file-intake'
import { FolderWatch, type StabilityTiming, type WatchState } from './folder-watch'
import { deleteDue, setAsideExisting } from './folder-upkeep'
import type { SeenLedger } from './seen-ledger'
import { t } from '../i18n/main-language'

/** Every wait of the hot folders. */
export interface HotFolderTiming extends StabilityTiming, IntakeTiming {
  presenceCheckMs: number
  /** How often "delete after N days" folders are tidied. */
  sweepEveryMs: number
}

/**
 * The waits used in the app. A file counts as written once its size has not changed for 0.6 s (checked every
 * 0.1 s): long enough for a USB camera's pauses between pieces, short enough to queue within 1.5 s of the last
 * byte (the bench measures it). JPEGs also need their end marker.
 */
export const DEFAULT_TIMING: HotFolderTiming = {
  stabilityMs: 600,
  pollMs: 100,
  presenceCheckMs: 2000,
  rawGraceMs: 3000,
  lockedRetryMs: 1000,
  lockedGiveUpMs: 120_000,
  incompleteRetryMs: 1000,
  incompleteGiveUpMs: 30_000,
  notNowRetryMs: 60_000,
  sweepEveryMs: 60 * 60 * 1000
}

/** Options for the hot folders. */
export interface HotFoldersOptions {
  ledger: SeenLedger
  submit: IntakeDeps['submit']
  now?: () => number
  timing?: Partial<HotFolderTiming>
  /** Told after every change: a file handled, a folder's state. */
  onChange?: (view: HotFoldersView) => void
  /** A folder went missing (true) or came back (false), for a notice in the app shell. */
  onMissing?: (folder: HotFolder, missing: boolean) => void
  maxBytes?: number
}

interface Running {
  folder: HotFolder
  watch: FolderWatch
  state: HotFolderStatus['state']
  message: string | null
  /** Went missing and has not been watched since (coming back goes missing → starting → watching). */
  lost: boolean
  chain: Promise<void>
  waiting: Set<string>
  current: string | null
  again: Set<string>
  retries: Map<string, NodeJS.Timeout>
}

const ACTIVITY_KEPT = 100

/**
 * The watched folders: one chokidar watch per folder, one file at a time per folder through the intake, with the
 * activity the operator sees. Settings are applied as a whole; pausing stops every watch, resuming starts them
 * again (files that arrived meanwhile are then queued).
 */
export class HotFolders {
  private readonly running = new Map<string, Running>()
  private readonly timing: HotFolderTiming
  private readonly now: () => number
  private readonly intake: ReturnType<typeof createFileIntake>
  private settings: CaptureSettings['hotFolders'] = { paused: false, folders: [] }
  private activity: HotFolderActivity[] = []
  private sweepTimer: NodeJS.Timeout | null = null
  private closed = false
  private revision = 0

  constructor(private readonly options: HotFoldersOptions) {
    this.timing = { ...DEFAULT_TIMING, ...options.timing }
    this.now = options.now ?? Date.now
    this.intake = createFileIntake({
      ledger: options.ledger,
      submit: options.submit,
      now: this.now,
      maxBytes: options.maxBytes ?? 200 * 1024 * 1024,
      timing: this.timing
    })
    this.sweepTimer = setInterval(() => void this.sweep(), this.timing.sweepEveryMs)
    this.sweepTimer.unref?.()
  }

  /** Starts, stops, restarts or updates watches to match the settings. */
  async apply(settings: CaptureSettings['hotFolders']): Promise<void> {
    this.settings = settings
    const wanted = new Map(settings.folders.map((f) => [f.id, f]))
    for (const [id, run] of this.running) {
      const next = wanted.get(id)
      const restart =
        !next || next.path !== run.folder.path || next.networkFolder !== run.folder.networkFolder
      if (restart || settings.paused) await this.stop(id)
      else run.folder = next
    }
    if (!settings.paused && !this.closed) {
      for (const folder of settings.folders) if (!this.running.has(folder.id)) this.start(folder)
    }
    this.changed()
  }

  view(): HotFoldersView {
    const folders = this.settings.folders.map((folder): HotFolderStatus => {
      const run = this.running.get(folder.id)
      const counts = this.options.ledger.countsOf(folder.id)
      return {
        folder,
        state: this.settings.paused ? 'paused' : (run?.state ?? 'starting'),
        message: this.settings.paused
          ? 'Paused: new photos wait in the folder until you resume.'
          : (run?.message ?? null),
        ...counts
      }
    })
    return { revision: this.revision, paused: this.settings.paused, folders, activity: this.activity }
  }

  /** Deletes queued photos whose "delete after N days" has come, if they are still the file that was queued. */
  async sweep(): Promise<void> {
    const deleted = await deleteDue(this.options.ledger, this.now())
    for (const [folderId, count] of deleted) {
      const folder = this.settings.folders.find((f) => f.id === folderId)
      if (!folder) continue
      this.record(folder, {
        kind: 'deleted',
        message: t('capture.hot.deleted', { count, path: folder.path, days: folder.deleteAfterDays })
      })
    }
  }

  /** Resolves once no folder has a file in hand (retries scheduled for later do not count). */
  async idle(): Promise<void> {
    for (const run of this.running.values()) await run.chain
  }

  async close(): Promise<void> {
    this.closed = true
    if (this.sweepTimer) clearInterval(this.sweepTimer)
    for (const id of [...this.running.keys()]) await this.stop(id)
    await this.options.ledger.flush().catch(() => undefined)
  }

  private start(folder: HotFolder): void {
    const run: Running = {
      folder,
      state: 'starting',
      message: null,
      lost: false,
      chain: Promise.resolve(),
      waiting: new Set(),
      current: null,
      again: new Set(),
      retries: new Map(),
      watch: new FolderWatch({
        path: folder.path,
        networkFolder: folder.networkFolder,
        stabilityMs: this.timing.stabilityMs,
        pollMs: this.timing.pollMs,
        presenceCheckMs: this.timing.presenceCheckMs,
        onFile: (path) => this.enqueue(run, path),
        onState: (state, detail) => this.stateChanged(run, state, detail),
        beforeWatch: () => this.baseline(run.folder)
      })
    }
    this.running.set(folder.id, run)
    run.watch.start()
  }

  private async stop(id: string): Promise<void> {
    const run = this.running.get(id)
    if (!run) return
    this.running.delete(id)
    for (const timer of run.retries.values()) clearTimeout(timer)
    await run.watch.close()
    await run.chain
  }

  /** A folder watched for the first time: the files already in it are left alone, and the operator is told. */
  private async baseline(folder: HotFolder): Promise<void> {
    const count = await setAsideExisting(this.options.ledger, folder, this.now())
    if (count > 0) {
      this.record(folder, {
        kind: 'left-alone',
        message: t('capture.hot.leftAlone', { count, path: folder.path })
      })
    }
  }

  private enqueue(run: Running, path: string): void {
    if (this.running.get(run.folder.id) !== run) return
    if (run.waiting.has(path)) return
    if (run.current === path) {
      run.again.add(path)
      return
    }
    run.waiting.add(path)
    run.chain = run.chain.then(() => this.process(run, path))
  }

  private async process(run: Running, path: string): Promise<void> {
    run.waiting.delete(path)
    const timer = run.retries.get(path)
    if (timer) clearTimeout(timer)
    run.retries.delete(path)
    if (this.running.get(run.folder.id) !== run) return
    run.current = path
    try {
      const result = await this.intake.handle(run.folder, path)
      if (result.activity) this.record(run.folder, result.activity, path)
      if (result.retryAfterMs !== null) {
        const retry = setTimeout(() => this.enqueue(run, path), result.retryAfterMs)
        retry.unref?.()
        run.retries.set(path, retry)
      }
    } catch (error) {
      // Never leaves the folder stuck; the file is looked at again when it next changes.
      this.record(
        run.folder,
        {
          kind: 'refused',
          message: t('capture.intake.failed', {
            reason: error instanceof Error ? error.message : String(error)
          })
        },
        path
      )
    } finally {
      run.current = null
    }
    if (run.again.delete(path)) this.enqueue(run, path)
  }

  private stateChanged(run: Running, state: WatchState, detail: string | null): void {
    run.state = state
    run.message =
      state === 'missing'
        ? t('capture.hot.missing')
        : state === 'error'
          ? t('capture.hot.cannotWatch', { detail: detail ?? t('capture.hot.unknownError') })
          : null
    if (state === 'missing' && !run.lost) {
      run.lost = true
      this.record(run.folder, {
        kind: 'folder-missing',
        message: t('capture.hot.unreachable', { path: run.folder.path, reason: run.message })
      })
      this.options.onMissing?.(run.folder, true)
    } else if (state === 'watching' && run.lost) {
      run.lost = false
      this.record(run.folder, {
        kind: 'folder-back',
        message: t('capture.hot.back', { path: run.folder.path })
      })
      this.options.onMissing?.(run.folder, false)
    } else {
      this.changed()
    }
  }

  private record(folder: HotFolder, draft: ActivityDraft, path?: string): void {
    const entry: HotFolderActivity = {
      id: randomUUID(),
      at: this.now(),
      folderId: folder.id,
      folderPath: folder.path,
      fileName: path ? (path.split(/[\\/]/).pop() ?? null) : null,
      jobId: draft.jobId ?? null,
      customer: draft.customer ?? null,
      error: draft.error ?? null,
      kind: draft.kind,
      message: draft.message
    }
    this.activity = [entry, ...this.activity].slice(0, ACTIVITY_KEPT)
    this.changed()
  }

  private changed(): void {
    this.revision++
    if (!this.closed) this.options.onChange?.(this.view())
  }
}
