import { useEffect, useRef } from 'react'
import type {
  Channel,
  ChannelArg,
  ChannelOutput,
  EventMap,
  EventName,
  StudioApi
} from '../../../electron/shared/contract'
import type { IpcError } from '../../../electron/shared/errors'
import { translateNow } from './i18n'

declare global {
  interface Window {
    /** Exposed by the preload (or, in browser tests, by the harness bridge). */
    studio: StudioApi
  }
}

/** An error from main, with the code and the message written for the person at the counter. */
export class StudioError extends Error {
  readonly code: IpcError['code']
  readonly retryAfterSeconds?: number

  constructor(error: IpcError) {
    super(error.message)
    this.name = 'StudioError'
    this.code = error.code
    if (error.retryAfterSeconds !== undefined) this.retryAfterSeconds = error.retryAfterSeconds
  }
}

/** Calls a channel and returns its value, or throws a StudioError with main's message. */
export async function call<C extends Channel>(
  channel: C,
  ...args: undefined extends ChannelArg<C> ? [arg?: ChannelArg<C>] : [arg: ChannelArg<C>]
): Promise<ChannelOutput<C>> {
  const fn = window.studio[channel] as unknown as (
    arg?: unknown
  ) => Promise<{ ok: true; value: ChannelOutput<C> } | { ok: false; error: IpcError }>
  const result = await fn(args[0])
  if (!result.ok) throw new StudioError(result.error)
  return result.value
}

/** The message to show for any thrown value. */
export function messageOf(error: unknown): string {
  if (error instanceof StudioError) return error.message
  return translateNow('app.error.unexpected')
}

/** Subscribes to a main → renderer event for the component's lifetime. */
export function useStudioEvent<E extends EventName>(
  event: E,
  listener: (payload: EventMap[E]) => void
): void {
  const latest = useRef(listener)
  latest.current = listener
  useEffect(() => window.studio.on(event, (payload) => latest.current(payload)), [event])
}
