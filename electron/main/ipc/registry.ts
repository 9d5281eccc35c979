import type { Channel, ChannelInput, ChannelOutput } from '../../shared/contract'

/** Context passed to each handler. */
export interface HandlerContext {
  /** Aborted when the sender goes away (window closed or reloaded). */
  signal?: AbortSignal
}

/** A main-side handler for one channel: validated input in, plain value out, AppError on failure. */
export type Handler<C extends Channel> = (
  input: ChannelInput<C>,
  context: HandlerContext
) => Promise<ChannelOutput<C>>

/** One handler per channel. Electron's ipcMain and the browser harness both serve this same registry. */
export type HandlerRegistry = { [C in Channel]: Handler<C> }

/** A part of the registry, as each feature module provides it. */
export type PartialRegistry<C extends Channel> = { [K in C]: Handler<K> }
