// @ts-check
// The database thread. It owns the one SQLite connection and runs the SQL that the main thread's Kysely driver
// (worker-driver.ts) has already compiled, one statement at a time, in the order they arrive. The main thread's
// event loop therefore never waits on the disk, not even for the fsync of a durable commit.
//
// Plain JavaScript on purpose: the same file runs from source (tests, the browser harness, the bench, all on plain
// Node, which cannot start a TypeScript worker) and, bundled by electron-vite as out/main/sqlite-worker.js, in the
// app. It imports nothing from the app.
import { parentPort, workerData } from 'node:worker_threads'
import Database from 'better-sqlite3'

/** @type {{ path: string, nativeBinding?: string | null }} */
const options = workerData
const port = parentPort
if (!port) throw new Error('sqlite-worker.js runs only as a worker thread')

/** @type {import('better-sqlite3').Database} */
let db
try {
  db = new Database(options.path, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {})
  // WAL lets readers and the writer work at once; FULL syncs the WAL at every commit, so a commit that has
  // returned survives a crash or a power cut. The busy timeout covers a second process briefly holding the lock.
  db.pragma('journal_mode = WAL')
  db.pragma('synchronous = FULL')
  db.pragma('foreign_keys = ON')
  db.pragma('busy_timeout = 5000')
  port.postMessage({ type: 'ready' })
} catch (error) {
  // The main thread reports it and ends this thread; no statement is ever sent to a database that did not open.
  port.postMessage({ type: 'failed', error: describe(error) })
}

/** Prepared statements, kept for reuse: the app runs a few dozen distinct statements. */
const statements = new Map()
const MAX_STATEMENTS = 500

/** @param {string} sql */
function statement(sql) {
  let stmt = statements.get(sql)
  if (!stmt) {
    stmt = db.prepare(sql)
    if (statements.size >= MAX_STATEMENTS) statements.delete(statements.keys().next().value)
    statements.set(sql, stmt)
  }
  return stmt
}

/** SQLite binds numbers, strings, bigints, buffers and null; booleans become 0/1, bytes a Buffer. */
function bindable(value) {
  if (typeof value === 'boolean') return value ? 1 : 0
  if (value instanceof Uint8Array && !Buffer.isBuffer(value))
    return Buffer.from(value.buffer, value.byteOffset, value.byteLength)
  if (value === undefined) return null
  return value
}

function describe(error) {
  const e = /** @type {{ message?: unknown, code?: unknown }} */ (error ?? {})
  return {
    message: typeof e.message === 'string' ? e.message : String(error),
    code: typeof e.code === 'string' ? e.code : 'SQLITE_ERROR'
  }
}

port.on('message', (message) => {
  const { id } = message
  if (message.type === 'close') {
    try {
      db.close()
      port.postMessage({ id, closed: true })
    } catch (error) {
      port.postMessage({ id, error: describe(error) })
    }
    return
  }
  try {
    const stmt = statement(message.sql)
    const params = message.params.map(bindable)
    if (stmt.reader) {
      port.postMessage({ id, rows: stmt.all(params) })
    } else {
      const result = stmt.run(params)
      port.postMessage({ id, changes: result.changes, lastInsertRowid: Number(result.lastInsertRowid) })
    }
  } catch (error) {
    port.postMessage({ id, error: describe(error) })
  }
})
