import { AppError } from '../../../shared/errors'
import type { JobRepository } from './job-repository'
import { canMove, isActive, SETTLED_STATES } from './job-rules'
import type { JobRecord, MadePhoto } from './job-types'
import { t } from '../i18n/main-language'

/** What the ledger tells the app after each committed change. */
export interface LedgerEvents {
  now: () => number
  onChange?: (job: JobRecord) => void
  onJobSettled?: (job: JobRecord) => void
}

/**
 * The one way a job's record changes: under the job's own lock, checked against the transition rules, committed
 * to the repository, and only then kept in memory and told to the window. A change that cannot be committed
 * throws, so no caller goes on as if it were saved.
 */
export class JobLedger {
  /** Active jobs, the only records kept in memory; the rest are read from the repository. */
  private readonly live = new Map<string, JobRecord>()
  private readonly locks = new Map<string, Promise<unknown>>()

  constructor(
    private readonly repository: JobRepository,
    private readonly events: LedgerEvents
  ) {}

  /** The job's current record, or null. */
  async read(id: string): Promise<JobRecord | null> {
    const held = this.live.get(id)
    return held ? structuredClone(held) : this.repository.get(id)
  }

  /** The job's current record; NOT_FOUND when it is not in the history. */
  async mustRead(id: string): Promise<JobRecord> {
    const job = await this.read(id)
    if (!job) throw new AppError('NOT_FOUND', t('jobs.error.notInList'))
    return job
  }

  /** Stores a new job. */
  async insert(record: JobRecord): Promise<JobRecord> {
    const stored = await this.repository.insert(record)
    this.remember(stored)
    this.events.onChange?.(structuredClone(stored))
    return stored
  }

  /**
   * Changes a job: `decide` sees the current record and returns the change (or null for none, or throws to
   * refuse). Runs after any earlier change of the same job has finished.
   */
  change(id: string, decide: (current: JobRecord) => Partial<JobRecord> | null): Promise<JobRecord> {
    return this.locked(id, async () => {
      const current = await this.mustRead(id)
      const change = decide(current)
      if (change === null) return current
      return this.commit(current, change, (next) => this.repository.put(next, current))
    })
  }

  /** Keeps the service's answer, and the photo that came inside it, in one commit: the job is then downloading. */
  keepAnswer(id: string, made: MadePhoto, photo: Uint8Array | null): Promise<JobRecord> {
    return this.locked(id, async () => {
      const current = await this.mustRead(id)
      return this.commit(current, { state: 'downloading', made }, (next) =>
        this.repository.keepAnswer(next, photo, current)
      )
    })
  }

  /** Deletes a job from the history. */
  remove(id: string): Promise<void> {
    return this.locked(id, async () => {
      await this.repository.remove(id)
      this.live.delete(id)
    })
  }

  private async commit(
    current: JobRecord,
    change: Partial<JobRecord>,
    write: (next: JobRecord) => Promise<void>
  ): Promise<JobRecord> {
    const next: JobRecord = { ...current, ...change, updatedAt: this.events.now() }
    for (const key of Object.keys(next) as (keyof JobRecord)[]) if (next[key] === undefined) delete next[key]
    if (!canMove(current.state, next.state)) {
      throw new Error(`A job cannot move from ${current.state} to ${next.state}.`)
    }
    await write(next)
    this.remember(next)
    this.events.onChange?.(structuredClone(next))
    if (next.state !== current.state && SETTLED_STATES.includes(next.state))
      this.events.onJobSettled?.(structuredClone(next))
    return structuredClone(next)
  }

  private remember(job: JobRecord): void {
    if (isActive(job.state)) this.live.set(job.id, structuredClone(job))
    else this.live.delete(job.id)
  }

  private locked<T>(id: string, work: () => Promise<T>): Promise<T> {
    const previous = this.locks.get(id) ?? Promise.resolve()
    const run = previous.then(work, work)
    const tail = run.catch(() => undefined)
    this.locks.set(id, tail)
    void tail.then(() => {
      if (this.locks.get(id) === tail) this.locks.delete(id)
    })
    return run
  }
}
