/** Runs queued jobs, at most `limit` at once, in the order they were queued. Knows nothing about states. */
export interface JobScheduler {
  /** Queues a job to run when a slot is free. */
  add(id: string): void
  /** Takes a job out of the waiting line (cancelled before it started). */
  drop(id: string): void
  /** The running job's abort signal, when it is running. */
  signalOf(id: string): AbortSignal | undefined
  /** Aborts a running job's local work. */
  abort(id: string): void
  setLimit(limit: number): void
  /** Resolves when nothing waits and nothing runs. */
  idle(): Promise<void>
}

/** Creates the scheduler; `run` does one job and settles it (it must not throw). */
export function createJobScheduler(
  run: (id: string, signal: AbortSignal) => Promise<void>,
  initialLimit: number
): JobScheduler {
  let limit = Math.max(1, Math.floor(initialLimit))
  const waiting: string[] = []
  const running = new Map<string, AbortController>()
  const idleWaiters: (() => void)[] = []

  const checkIdle = () => {
    if (running.size === 0 && waiting.length === 0) idleWaiters.splice(0).forEach((w) => w())
  }

  const pump = () => {
    // A job queued again while its cancelled run is still winding down waits for that run to end.
    for (let i = 0; i < waiting.length && running.size < limit;) {
      const id = waiting[i] as string
      if (running.has(id)) {
        i++
        continue
      }
      waiting.splice(i, 1)
      const controller = new AbortController()
      running.set(id, controller)
      void run(id, controller.signal).finally(() => {
        if (running.get(id) === controller) running.delete(id)
        pump()
      })
    }
    checkIdle()
  }

  return {
    add(id) {
      if (!waiting.includes(id)) waiting.push(id)
      pump()
    },
    drop(id) {
      const index = waiting.indexOf(id)
      if (index >= 0) waiting.splice(index, 1)
      checkIdle()
    },
    signalOf: (id) => running.get(id)?.signal,
    abort(id) {
      running.get(id)?.abort()
    },
    setLimit(next) {
      limit = Math.max(1, Math.floor(next))
      pump()
    },
    idle: () =>
      new Promise<void>((resolve) => {
        idleWaiters.push(resolve)
        checkIdle()
      })
  }
}
