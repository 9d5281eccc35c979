import { Worker } from 'node:worker_threads'
import {
  CompiledQuery,
  SqliteAdapter,
  SqliteIntrospector,
  SqliteQueryCompiler,
  type DatabaseConnection,
  type DatabaseIntrospector,
  type Dialect,
  type DialectAdapter,
  type Driver,
  type Kysely,
  type QueryCompiler,
  type QueryResult
} from 'kysely'

/** Where the database thread finds its file and, under Electron, the native module built for Electron. */
export interface WorkerDialectOptions {
  path: string
  /** better-sqlite3's `nativeBinding`: the Electron build of the module; absent under plain Node. */
  nativeBinding?: string | undefined
  /** The worker script (sqlite-worker.js, from source or as bundled). */
  workerUrl: URL
}

/** An error raised by SQLite in the database thread, with SQLite's code (SQLITE_FULL, SQLITE_CORRUPT, …). */
export class SqliteWorkerError extends Error {
  readonly code: string
  constructor(message: string, code: string) {
    super(message)
    this.name = 'SqliteWorkerError'
    this.code = code
  }
}

type Reply =
  | { id: number; rows: unknown[] }
  | { id: number; changes: number; lastInsertRowid: number }
  | { id: number; closed: true }
  | { id: number; error: { message: string; code: string } }

/** The main thread's end of the database thread: sends compiled SQL, receives rows, in order. */
class WorkerChannel {
  private readonly worker: Worker
  private readonly pending = new Map<number, { resolve: (r: Reply) => void; reject: (e: Error) => void }>()
  private next = 1
  private dead: Error | null = null
  readonly ready: Promise<void>

  constructor(options: WorkerDialectOptions) {
    this.worker = new Worker(options.workerUrl, {
      workerData: { path: options.path, nativeBinding: options.nativeBinding ?? null }
    })
    this.ready = new Promise<void>((resolve, reject) => {
      this.worker.once('message', (first: { type: string; error?: { message: string; code: string } }) => {
        if (first.type === 'ready') {
          this.worker.on('message', (reply: Reply) => this.settle(reply))
          resolve()
        } else {
          const error = new SqliteWorkerError(first.error?.message ?? 'open failed', first.error?.code ?? '')
          this.fail(error)
          void this.worker.terminate()
          reject(error)
        }
      })
      this.worker.once('error', (error) => {
        this.fail(error)
        reject(error)
      })
    })
    this.worker.once('exit', () => this.fail(new SqliteWorkerError('The database thread stopped.', 'EXITED')))
  }

  send(message: { type?: 'close'; sql?: string; params?: readonly unknown[] }): Promise<Reply> {
    if (this.dead) return Promise.reject(this.dead)
    const id = this.next++
    return new Promise<Reply>((resolve, reject) => {
      this.pending.set(id, { resolve, reject })
      this.worker.postMessage({ id, ...message })
    })
  }

  async close(): Promise<void> {
    if (this.dead) return
    await this.send({ type: 'close' }).catch(() => undefined)
    await this.worker.terminate()
  }

  private settle(reply: Reply): void {
    const waiter = this.pending.get(reply.id)
    if (!waiter) return
    this.pending.delete(reply.id)
    if ('error' in reply) waiter.reject(new SqliteWorkerError(reply.error.message, reply.error.code))
    else waiter.resolve(reply)
  }

  private fail(error: Error): void {
    this.dead ??= error
    for (const waiter of this.pending.values()) waiter.reject(error)
    this.pending.clear()
  }
}

class WorkerConnection implements DatabaseConnection {
  constructor(private readonly channel: WorkerChannel) {}

  async executeQuery<R>(compiled: CompiledQuery): Promise<QueryResult<R>> {
    const reply = await this.channel.send({ sql: compiled.sql, params: compiled.parameters })
    if ('rows' in reply) return { rows: reply.rows as R[] }
    if ('changes' in reply) {
      return {
        rows: [],
        numAffectedRows: BigInt(reply.changes),
        insertId: BigInt(reply.lastInsertRowid)
      }
    }
    return { rows: [] }
  }

  // eslint-disable-next-line require-yield -- the interface asks for a generator; streaming is not offered.
  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error('Streaming is not supported by the database thread; page with limit and offset instead.')
  }
}

/** One connection, taken in turn: SQLite has a single writer, and a transaction holds the connection. */
class WorkerDriver implements Driver {
  private channel: WorkerChannel | null = null
  private connection: WorkerConnection | null = null
  private lock: Promise<void> = Promise.resolve()
  private unlock: (() => void) | null = null

  constructor(private readonly options: WorkerDialectOptions) {}

  async init(): Promise<void> {
    this.channel = new WorkerChannel(this.options)
    await this.channel.ready
    this.connection = new WorkerConnection(this.channel)
  }

  async acquireConnection(): Promise<DatabaseConnection> {
    const previous = this.lock
    let release!: () => void
    this.lock = new Promise<void>((resolve) => (release = resolve))
    await previous
    this.unlock = release
    if (!this.connection) throw new SqliteWorkerError('The database is closed.', 'CLOSED')
    return this.connection
  }

  async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'))
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('commit'))
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('rollback'))
  }

  async releaseConnection(): Promise<void> {
    const release = this.unlock
    this.unlock = null
    release?.()
  }

  async destroy(): Promise<void> {
    await this.channel?.close()
    this.channel = null
    this.connection = null
  }
}

/** Kysely's SQLite dialect, with the connection in a worker thread instead of on the main thread. */
export class WorkerSqliteDialect implements Dialect {
  constructor(private readonly options: WorkerDialectOptions) {}
  createDriver(): Driver {
    return new WorkerDriver(this.options)
  }
  createQueryCompiler(): QueryCompiler {
    return new SqliteQueryCompiler()
  }
  createAdapter(): DialectAdapter {
    return new SqliteAdapter()
  }
  createIntrospector(db: Kysely<unknown>): DatabaseIntrospector {
    return new SqliteIntrospector(db)
  }
}
