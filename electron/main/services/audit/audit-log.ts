import { appendFile, copyFile, mkdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import { AppError, ERROR_CODES } from '../../../shared/errors'

/** Where the document viewer was pointed. */
export const AUDIT_ENVIRONMENTS = ['demo', 'sandbox', 'production'] as const
/** What was done. */
export const AUDIT_ACTIONS = ['fetch', 'resize-request', 'refresh', 'export', 'tokens'] as const

/** Where the document viewer was pointed. */
export type AuditEnvironment = (typeof AUDIT_ENVIRONMENTS)[number]
/** What was done. */
export type AuditAction = (typeof AUDIT_ACTIONS)[number]

/** One line of the audit log. It never holds a token or image bytes, only a token fingerprint. */
export const auditEntrySchema = z.object({
  time: z.iso.datetime(),
  osUser: z.string(),
  environment: z.enum(AUDIT_ENVIRONMENTS),
  action: z.enum(AUDIT_ACTIONS),
  side: z.enum(['front', 'back']).nullable(),
  tokenFingerprint: z
    .string()
    .regex(/^[0-9a-f]{8,12}$/)
    .nullable(),
  outcome: z.union([z.literal('ok'), z.enum(ERROR_CODES)]),
  detail: z.string().max(500).optional()
})

/** One line of the audit log. */
export type AuditEntry = z.infer<typeof auditEntrySchema>

/** What a caller supplies; time and OS user are filled in by the log. */
export type AuditInput = Omit<AuditEntry, 'time' | 'osUser'>

/** Options for createAuditLog. */
export interface AuditLogOptions {
  /** The app's data folder; the log is `audit.jsonl` in it. */
  dataDir: string
  /** The signed-in OS user, e.g. `() => os.userInfo().username`. */
  osUser: () => string
  now?: () => number
}

/** An append-only JSON-lines log of who looked at which document, when, and how it went. */
export interface AuditLog {
  /** Appends one line; never rewrites the file. */
  append(entry: AuditInput): Promise<AuditEntry>
  /** The most recent entries, newest first. Lines that cannot be read (e.g. cut by a crash) are skipped. */
  read(options?: { limit?: number }): Promise<AuditEntry[]>
  /** Copies the log as it is to `path`, e.g. one chosen in a save dialog. */
  exportTo(path: string): Promise<void>
  /** The log file's path. */
  readonly path: string
}

/** The log's file name inside the data folder. */
export const AUDIT_FILE_NAME = 'audit.jsonl'

function fileError(what: string, error: unknown): AppError {
  return new AppError(
    'FILE_SYSTEM',
    `Could not ${what} the audit log. Check that the app's data folder exists and is writable, then try again.`,
    { cause: error }
  )
}

/** Creates the audit log over a data folder. */
export function createAuditLog(options: AuditLogOptions): AuditLog {
  const path = join(options.dataDir, AUDIT_FILE_NAME)
  const now = options.now ?? Date.now
  // Appends are chained so that lines are written whole and in the order they were made.
  let tail: Promise<unknown> = Promise.resolve()

  return {
    path,

    append(input: AuditInput): Promise<AuditEntry> {
      const parsed = auditEntrySchema.safeParse({
        time: new Date(now()).toISOString(),
        osUser: options.osUser(),
        ...input
      })
      // The schema is the last guard against a token or free text slipping into the file.
      if (!parsed.success) {
        return Promise.reject(
          new AppError(
            'INTERNAL',
            'An audit entry was refused because it was malformed. Please report this.',
            {
              cause: parsed.error
            }
          )
        )
      }
      const entry = parsed.data
      const line = JSON.stringify(entry) + '\n'
      const write = tail.then(async () => {
        try {
          await mkdir(options.dataDir, { recursive: true })
          await appendFile(path, line, { encoding: 'utf8', flag: 'a', mode: 0o600 })
        } catch (error) {
          throw fileError('write to', error)
        }
        return entry
      })
      tail = write.catch(() => undefined)
      return write
    },

    async read(readOptions: { limit?: number } = {}): Promise<AuditEntry[]> {
      await tail
      let text: string
      try {
        text = await readFile(path, 'utf8')
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return []
        throw fileError('read', error)
      }
      const entries: AuditEntry[] = []
      for (const line of text.split('\n')) {
        if (line.trim() === '') continue
        try {
          const parsed = auditEntrySchema.safeParse(JSON.parse(line))
          if (parsed.success) entries.push(parsed.data)
        } catch {
          // A half-written line after a crash is not worth failing the whole view for.
        }
      }
      entries.reverse()
      const limit = readOptions.limit ?? 200
      return entries.slice(0, Math.max(0, limit))
    },

    async exportTo(target: string): Promise<void> {
      await tail
      try {
        await copyFile(path, target)
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
          throw new AppError('FILE_SYSTEM', 'The audit log is empty: nothing has been viewed yet.', {
            cause: error
          })
        }
        throw fileError('export', error)
      }
    }
  }
}
