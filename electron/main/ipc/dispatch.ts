import { CHANNELS, contract, isChannel } from '../../shared/contract'
import { type AppError, isAppError, type Result } from '../../shared/errors'
import { t } from '../services/i18n/main-language'
import type { HandlerContext, HandlerRegistry } from './registry'

/** Who sent an IPC message, as far as the transport can tell. */
export interface SenderInfo {
  /** The URL of the frame that sent the message. */
  frameUrl: string | null
  /** True only for the top frame of the window (never an iframe). */
  isTopFrame: boolean
}

/** Logs without ever receiving secrets: callers pass codes and channel names only. */
export type DispatchLogger = (message: string) => void

/**
 * The single choke point in main (after VS Code's ValidatedIpcMain): before any handler runs it checks
 * that the sender is a top frame of our own origin, that the channel is known, and that the arguments parse.
 * Electron security checklist #17 ("Validate the sender of all IPC messages").
 */
export function createDispatcher(options: {
  registry: HandlerRegistry
  /**
   * True for our renderer's own URLs: `app://studio/…` in production, the dev server in development,
   * the harness's origin in browser tests. Takes a URL, because a custom scheme's `origin` is "null".
   */
  isTrustedUrl: (url: URL) => boolean
  log?: DispatchLogger
}) {
  const log = options.log ?? (() => undefined)

  return async function dispatch(
    channel: string,
    rawInput: unknown,
    sender: SenderInfo,
    context: HandlerContext = {}
  ): Promise<Result<unknown>> {
    if (!sender.isTopFrame || sender.frameUrl === null || !trusted(sender.frameUrl, options.isTrustedUrl)) {
      log(`ipc: refused ${safeName(channel)} from an untrusted sender`)
      return failure('IPC_FORBIDDEN_SENDER', t('errors.ipc.forbiddenSender'))
    }
    if (!isChannel(channel)) {
      log(`ipc: refused unknown channel ${safeName(channel)}`)
      return failure('IPC_UNKNOWN_CHANNEL', t('errors.ipc.unknownChannel'))
    }
    const parsed = contract[channel].input.safeParse(rawInput)
    if (!parsed.success) {
      const first = parsed.error.issues[0]
      // zod's own words are for developers; the field's path says where.
      const where = first && first.path.length > 0 ? first.path.join('.') : 'none'
      return failure('IPC_INVALID_INPUT', t('errors.ipc.invalidInput', { where }))
    }
    const handler = options.registry[channel] as (input: unknown, context: HandlerContext) => Promise<unknown>
    try {
      return { ok: true, value: await handler(parsed.data, context) }
    } catch (error) {
      if (isAppError(error)) return { ok: false, error: (error as AppError).toIpcError() }
      // An unexpected error: log its kind only, because a message could carry data we must not write down.
      log(`ipc: ${channel} failed unexpectedly (${error instanceof Error ? error.name : typeof error})`)
      return failure('INTERNAL', t('errors.internal'))
    }
  }
}

/** The dispatcher's type. */
export type Dispatch = ReturnType<typeof createDispatcher>

/** Every channel the dispatcher serves, for the transports that register them one by one. */
export const SERVED_CHANNELS = CHANNELS

function trusted(frameUrl: string, isTrustedUrl: (url: URL) => boolean): boolean {
  try {
    return isTrustedUrl(new URL(frameUrl))
  } catch {
    return false
  }
}

function failure(code: AppError['code'], message: string): Result<never> {
  return { ok: false, error: { code, message } }
}

function safeName(channel: string): string {
  return channel.replace(/[^a-z:-]/gi, '?').slice(0, 64)
}
