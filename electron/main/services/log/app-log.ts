import { appendFileSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, redact } from './redact'

/** How bad a log line is. */
export type LogLevel = 'info' | 'warn' | 'error'

/** The app's log file: small, rotating, and redacted. */
export interface AppLog {
  /** The file being written now; shown to the person when the app cannot start. */
  readonly path: string
  write(level: LogLevel, message: string, detail?: unknown): void
}

/** Options for createAppLog. */
export interface AppLogOptions {
  /** The folder for the log files (the data folder's `logs`). */
  dir: string
  /** A file is rotated once it would grow past this; 256 KB by default. */
  maxBytes?: number
  /** Files kept, the current one included (`main.log`, `main.1.log`, …); 3 by default. */
  files?: number
  now?: () => number
  /** Also echoed here (the terminal while developing). */
  echo?: (line: string) => void
}

/**
 * A rotating log in the data folder for what a person or support needs after something went wrong: start-up
 * failures, refused IPC, unexpected errors. Every line goes through `redact` first, so no secret, token or image
 * data is written. Writes are synchronous: the line about a failed start must be on disk before the app quits.
 * A log that cannot be written never stops the app.
 */
export function createAppLog(options: AppLogOptions): AppLog {
  const maxBytes = options.maxBytes ?? 256 * 1024
  const files = Math.max(1, options.files ?? 3)
  const now = options.now ?? Date.now
  const path = join(options.dir, 'main.log')
  const rotated = (n: number) => join(options.dir, `main.${n}.log`)

  function sizeOf(file: string): number {
    try {
      return statSync(file).size
    } catch {
      return 0
    }
  }

  function rotate(): void {
    rmSync(rotated(files - 1), { force: true })
    for (let n = files - 2; n >= 1; n--) {
      try {
        renameSync(rotated(n), rotated(n + 1))
      } catch {
        // Not there yet.
      }
    }
    if (files > 1) renameSync(path, rotated(1))
    else rmSync(path, { force: true })
  }

  return {
    path,
    write(level, message, detail) {
      const text = detail === undefined ? message : `${message}\n${describe(detail)}`
      const line = `${new Date(now()).toISOString()} ${level.toUpperCase()} ${redact(text)}\n`
      options.echo?.(line.trimEnd())
      try {
        mkdirSync(options.dir, { recursive: true })
        if (sizeOf(path) > 0 && sizeOf(path) + Buffer.byteLength(line) > maxBytes) rotate()
        appendFileSync(path, line, { mode: 0o600 })
      } catch {
        // A full disk or a read-only folder must not take the app down with it.
      }
    }
  }
}
