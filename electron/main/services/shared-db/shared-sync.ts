import type { SharedDbStatus } from '../../../shared/contract'
import { isAppError } from '../../../shared/errors'
import { outboxCount } from './outbox'
import { openSharedStore, sharedDbError, type SharedStore } from './pg-connection'
import { pushOutbox } from './push'
import type { SharedConfigResult } from './shared-config'
import { counterIdOf, joinSharedDatabase, NeedsSetup } from './shared-join'
import { purgedElsewhere, purgeSharedPhotos } from './shared-photos'
import type { Connected, SharedSyncDeps } from './shared-sync-types'
import { statusMessage } from './sync-status'

export { QUEUED_FOR_FACT } from './shared-join'

export type { Connected, SharedSyncDeps } from './shared-sync-types'

const DAY_MS = 86_400_000

/**
 * Keeps the shared studio database up to date with this counter: sends the outbox, in order and each change
 * once, whenever something was queued; when the server cannot be reached, says so, keeps the changes (they are in
 * studio.db) and tries again, less and less often; runs the agreed photo purge. It never calls the photo service
 * and never changes a job's record here: it only reads them and sends them.
 */
export class SharedSync {
  private store: SharedStore | null = null
  private storeKey = ''
  private connectedTo: Connected | null = null
  private current: SharedDbStatus = {
    state: 'off',
    message: '',
    pending: 0,
    counterName: null,
    lastSentAt: null
  }
  private loop: Promise<void> | null = null
  private stopped = false
  private wake: (() => void) | null = null
  private failures = 0
  private lastHousekeeping = 0
  private flushers: ((sent: boolean) => void)[] = []
  private pendingTimer: NodeJS.Timeout | null = null
  private reason = ''
  private name: string | null = null
  private id: string | null = null
  /** Something was queued since the last read of the outbox. */
  private dirty = false
  private readonly statusListeners = new Set<(status: SharedDbStatus) => void>()
  private readonly purgeListeners = new Set<() => void>()

  constructor(private readonly deps: SharedSyncDeps) {
    this.current.message = statusMessage(this.current, '', '')
  }

  /** The status, its line worded in the language main speaks now. */
  status(): SharedDbStatus {
    return { ...this.current, message: statusMessage(this.current, this.reason, this.store?.target ?? '') }
  }

  /** Told of every change of the status. */
  onStatus(listener: (status: SharedDbStatus) => void): () => void {
    this.statusListeners.add(listener)
    return () => this.statusListeners.delete(listener)
  }

  /** Told when another counter has purged photos of this counter's jobs: this counter's purge should run. */
  onPurgedElsewhere(listener: () => void): () => void {
    this.purgeListeners.add(listener)
    return () => this.purgeListeners.delete(listener)
  }

  start(): void {
    this.loop ??= this.run()
  }

  /** The settings or the password changed: start again with what they say now. */
  restart(): void {
    this.storeKey = ''
    this.failures = 0
    this.wake?.()
  }

  /** Something was queued: count it, and send it at once when connected. */
  nudge(): void {
    this.dirty = true
    this.pendingTimer ??= setTimeout(() => {
      this.pendingTimer = null
      void this.refreshPending()
    }, 100)
    if (this.current.state === 'online') this.wake?.()
  }

  /** Resolves true once everything queued so far has been sent, or false when the database is away. */
  flush(timeoutMs = 30_000): Promise<boolean> {
    if (this.current.state === 'offline' || this.stopped) return Promise.resolve(false)
    return new Promise((resolve) => {
      const timer = setTimeout(() => resolve(false), timeoutMs)
      this.flushers.push((sent) => {
        clearTimeout(timer)
        resolve(sent)
      })
      this.wake?.()
    })
  }

  /** The shared database, while connected; null otherwise (read this counter's own history instead). */
  connected(): Connected | null {
    return this.current.state === 'online' ? this.connectedTo : null
  }

  /** A read of the shared database failed: it may be gone; the sync finds out and says so. */
  readFailed(error: unknown): void {
    this.deps.log?.('warn', 'A read of the shared database failed.', error)
    this.failures = Math.max(this.failures, 1)
    this.wake?.()
  }

  /** This counter's id in the studio chain, made once and kept in studio.db. */
  async counterId(): Promise<string> {
    return (this.id ??= await counterIdOf(this.deps.local))
  }

  async stop(): Promise<void> {
    this.stopped = true
    if (this.pendingTimer) clearTimeout(this.pendingTimer)
    this.wake?.()
    await this.loop
    await this.closeStore()
    this.settleFlushers(false)
  }

  private async run(): Promise<void> {
    while (!this.stopped) {
      const config = await this.deps.config()
      this.name = config.kind === 'ready' ? config.counterName : null
      if (config.kind !== 'ready') {
        await this.closeStore()
        await this.setStatus(
          config.kind === 'off' ? 'off' : 'setup-needed',
          config.kind === 'off' ? '' : config.message
        )
        this.settleFlushers(false)
        await this.sleep(null)
        continue
      }
      try {
        this.dirty = false
        const connected = await this.connect(config)
        await this.drain(connected)
        await this.housekeeping(connected)
        this.failures = 0
        await this.setStatus('online', '')
        // Queued while sending: send that too before anyone is told everything has been sent.
        if (this.dirty) continue
        this.settleFlushers(true)
        await this.sleep(this.deps.timing?.housekeepingMs ?? 3_600_000)
      } catch (error) {
        this.connectedTo = null
        this.settleFlushers(false)
        if (error instanceof NeedsSetup) {
          await this.setStatus('setup-needed', error.message)
          await this.sleep(null)
          continue
        }
        const reason = sharedDbError(error, this.store?.target ?? '').message
        if (this.current.state !== 'offline')
          this.deps.log?.('warn', 'The shared database is offline.', error)
        await this.setStatus('offline', reason)
        const waits = this.deps.timing?.retryMs ?? [1000, 2000, 5000, 10_000, 30_000]
        await this.sleep(waits[Math.min(this.failures++, waits.length - 1)] ?? 30_000, false)
      }
    }
  }

  private async connect(config: Extract<SharedConfigResult, { kind: 'ready' }>): Promise<Connected> {
    const key = JSON.stringify(config)
    const counter = { id: await this.counterId(), name: config.counterName }
    if (this.store && this.storeKey === key && this.connectedTo) return this.connectedTo
    await this.closeStore()
    if (this.current.state === 'off' || this.current.state === 'setup-needed')
      await this.setStatus('connecting', '')
    const store = openSharedStore(config.config, {
      onIdleError: (error) => this.deps.log?.('warn', 'A shared database connection was dropped.', error)
    })
    this.store = store
    this.storeKey = key
    const repository = await joinSharedDatabase(store, counter, {
      local: this.deps.local,
      now: this.deps.now,
      ...(this.deps.log ? { log: this.deps.log } : {})
    })
    this.connectedTo = { store, repository, counter }
    return this.connectedTo
  }

  private async drain(connected: Connected): Promise<void> {
    const deps = {
      local: this.deps.local,
      shared: connected.store.db,
      counter: connected.counter,
      files: this.deps.files,
      now: this.deps.now
    }
    for (;;) {
      const sent = await pushOutbox(deps, this.deps.timing?.batch ?? 500)
      if (sent === 0) break
      this.current.lastSentAt = this.deps.now()
      await this.refreshPending()
    }
    await this.refreshPending()
  }

  private async housekeeping(connected: Connected): Promise<void> {
    const every = this.deps.timing?.housekeepingMs ?? 3_600_000
    if (this.deps.now() - this.lastHousekeeping < every) return
    this.lastHousekeeping = this.deps.now()
    const cutoff = this.deps.now() - this.deps.retentionDays() * DAY_MS
    await purgeSharedPhotos(connected.store.db, cutoff, this.deps.now())
    if ((await purgedElsewhere(connected.store.db, connected.counter.id, 1)).length > 0)
      for (const listener of this.purgeListeners) listener()
  }

  private async refreshPending(): Promise<void> {
    try {
      const pending = await outboxCount(this.deps.local)
      if (pending !== this.current.pending) {
        this.current.pending = pending
        this.emit()
      }
    } catch (error) {
      if (!isAppError(error)) this.deps.log?.('error', 'Could not count the changes waiting.', error)
    }
  }

  private async setStatus(state: SharedDbStatus['state'], reason: string): Promise<void> {
    await this.refreshPending()
    const name = this.name
    if (this.current.state === state && this.reason === reason && this.current.counterName === name) return
    this.reason = reason
    this.current.state = state
    this.current.counterName = name
    this.emit()
  }

  private emit(): void {
    const status = this.status()
    this.current.message = status.message
    for (const listener of this.statusListeners) listener(status)
  }

  /** Waits for `ms` (null: until woken). A nudge wakes it only when `nudgeable` (not while backing off). */
  private sleep(ms: number | null, nudgeable = true): Promise<void> {
    // Stopped while an iteration was under way: no one would wake this wait.
    if (this.stopped) return Promise.resolve()
    return new Promise((resolve) => {
      let timer: NodeJS.Timeout | null = null
      const done = () => {
        if (timer) clearTimeout(timer)
        if (this.wake === wake) this.wake = null
        resolve()
      }
      // While backing off, only a restart (new settings) or stop cuts the wait short.
      const wake = nudgeable ? done : () => (this.stopped || this.storeKey === '' ? done() : undefined)
      if (ms !== null) timer = setTimeout(done, ms)
      this.wake = wake
    })
  }

  private settleFlushers(sent: boolean): void {
    const waiting = this.flushers
    this.flushers = []
    for (const settle of waiting) settle(sent)
  }

  private async closeStore(): Promise<void> {
    const store = this.store
    this.store = null
    this.connectedTo = null
    this.storeKey = ''
    await store?.close().catch(() => undefined)
  }
}
