/**
 * Error codes that cross the IPC. Each one is something a person at the counter can act on;
 * the message that goes with it says what happened and what to do next.
 */
export const ERROR_CODES = [
  // Boundary
  'IPC_FORBIDDEN_SENDER',
  'IPC_UNKNOWN_CHANNEL',
  'IPC_INVALID_INPUT',
  'INTERNAL',
  // Credentials and keychain
  'KEYCHAIN_UNAVAILABLE',
  'CREDENTIALS_MISSING',
  'CREDENTIALS_REJECTED',
  // Network and remote service
  'NETWORK',
  'TIMEOUT',
  'SERVER_ERROR',
  'MALFORMED_RESPONSE',
  'RATE_LIMITED',
  'QUOTA_EXHAUSTED',
  'NOT_FOUND',
  'BAD_REQUEST',
  'UNKNOWN_SPEC',
  'CANCELLED',
  'STATE_CONFLICT',
  // A job that was running when the app closed or crashed
  'INTERRUPTED',
  // Local input
  'UNSUPPORTED_FILE',
  'CORRUPT_IMAGE',
  'IMAGE_TOO_LARGE',
  'IMAGE_TOO_SMALL',
  'INVALID_TOKEN',
  'NOT_IMAGE',
  'CONFIRMATION_REQUIRED',
  'FILE_SYSTEM',
  // Printing through the OS print system
  'NO_PRINTER',
  'PRINTER_STOPPED',
  'PRINT_REFUSED',
  'PAPER_UNSUPPORTED',
  'PRINT_SYSTEM_UNAVAILABLE',
  // The local face check could not run (its engine failed to load or crashed)
  'FACE_CHECK_UNAVAILABLE'
] as const

/** One of the known error codes. */
export type ErrorCode = (typeof ERROR_CODES)[number]

/** The error shape that crosses the IPC. */
export interface IpcError {
  code: ErrorCode
  message: string
  /** Seconds to wait before trying again, when the service said so (HTTP 429 Retry-After). */
  retryAfterSeconds?: number
}

/** The typed result of every channel. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: IpcError }

/**
 * An error that is safe to show: its message is written for a person and never contains a secret,
 * a token, a URL with a query string, or image bytes.
 */
export class AppError extends Error {
  readonly code: ErrorCode
  readonly retryAfterSeconds?: number

  constructor(code: ErrorCode, message: string, options?: { retryAfterSeconds?: number; cause?: unknown }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause })
    this.name = 'AppError'
    this.code = code
    if (options?.retryAfterSeconds !== undefined) this.retryAfterSeconds = options.retryAfterSeconds
  }

  toIpcError(): IpcError {
    return this.retryAfterSeconds === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, retryAfterSeconds: this.retryAfterSeconds }
  }
}

/** True when the value is an AppError (also across module copies). */
export function isAppError(value: unknown): value is AppError {
  return value instanceof AppError || (value instanceof Error && value.name === 'AppError' && 'code' in value)
}
