import { isAppError } from '../../shared/errors'
import type { AppLog } from '../services/log/app-log'
import { redact } from '../services/log/redact'
import { t } from '../services/i18n/main-language'

/** What the start-up guard needs from Electron, passed in so that it is tested without Electron. */
export interface StartFailureDeps {
  log: AppLog
  /** A native, modal error box (dialog.showErrorBox). */
  showErrorBox: (title: string, content: string) => void
  /** Ends the process at once with this exit code (app.exit), releasing the single-instance lock. */
  exit: (code: number) => void
}

/** The title of the error box, in main's current language (the system's until the settings are read). */
export function startFailureTitle(): string {
  return t('start.failure.title')
}

/** The error box's text: what happened, where the log is, what to do. */
export function startFailureMessage(error: unknown, logPath: string): string {
  const what = isAppError(error)
    ? error.message
    : t('start.failure.unexpected', { detail: redact(firstLine(error)) })
  return t('start.failure.message', { what, logPath })
}

/**
 * Logs a failed start, says so in a native error box, and quits. Without this, a start that threw left a
 * process with no window holding the single-instance lock, and every later launch quit at the lock.
 */
export function reportStartFailure(error: unknown, deps: StartFailureDeps): void {
  deps.log.write('error', 'The app could not start.', error)
  try {
    deps.showErrorBox(startFailureTitle(), startFailureMessage(error, deps.log.path))
  } finally {
    deps.exit(1)
  }
}

/** Runs the start-up and turns any failure, thrown or rejected, into reportStartFailure. */
export async function startGuarded(start: () => Promise<void>, deps: StartFailureDeps): Promise<void> {
  try {
    await start()
  } catch (error) {
    reportStartFailure(error, deps)
  }
}

function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error)
  return (text.split('\n')[0] ?? '').slice(0, 300) || t('start.failure.noDetails')
}
