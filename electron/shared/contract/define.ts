import type { z } from 'zod'

/** One IPC channel: its input schema, and (as a phantom type) its result value. */
export interface ChannelDef<Input extends z.ZodType, Output> {
  readonly input: Input
  /** Never set at run time; carries the output type for the compiler. */
  readonly output?: Output
}

/**
 * Declares a channel. Usage: `channel<SecretStatus>()(z.object({ ... }))`.
 * The curried form lets the output type be given while the input type is inferred.
 */
export function channel<Output>() {
  return <Input extends z.ZodType>(input: Input): ChannelDef<Input, Output> => ({ input })
}

/** A map of channel names to their definitions. */
export type ChannelMap = Record<string, ChannelDef<z.ZodType, unknown>>
