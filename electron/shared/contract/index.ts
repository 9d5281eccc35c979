import type { z } from 'zod'
import type { ChannelDef } from './define'
import { appChannels } from './app'
import { secretsChannels } from './secrets'
import { settingsChannels } from './settings'
import { specsChannels } from './specs'
import { photosChannels } from './photos'
import { historyChannels } from './history'
import { sheetsChannels } from './sheets'
import { documentsChannels } from './documents'
import { noticesChannels } from './notices'
import { sharedDbChannels } from './shared-db'
import { captureChannels } from './capture'
import type { Result } from '../errors'
import type { EventMap, EventName } from './events'

/** Every IPC channel, named once. Channels are `domain:verb-noun`. */
export const contract = {
  ...appChannels,
  ...secretsChannels,
  ...settingsChannels,
  ...specsChannels,
  ...photosChannels,
  ...historyChannels,
  ...sheetsChannels,
  ...documentsChannels,
  ...noticesChannels,
  ...sharedDbChannels,
  ...captureChannels
}

/** A channel name. */
export type Channel = keyof typeof contract

/** The validated input of a channel (after zod parsing: defaults applied). */
export type ChannelInput<C extends Channel> = z.output<(typeof contract)[C]['input']>

/** What the renderer passes for a channel (before defaults). */
export type ChannelArg<C extends Channel> = z.input<(typeof contract)[C]['input']>

/** The success value of a channel. */
export type ChannelOutput<C extends Channel> =
  (typeof contract)[C] extends ChannelDef<z.ZodType, infer O> ? O : never

/** All channel names, in a stable order. */
export const CHANNELS = Object.keys(contract) as Channel[]

/** True when the string names a channel. */
export function isChannel(name: string): name is Channel {
  return Object.prototype.hasOwnProperty.call(contract, name)
}

/** The API the preload exposes: one function per channel, plus event subscription. */
export type StudioApi = {
  [C in Channel]: (
    ...args: undefined extends ChannelArg<C> ? [arg?: ChannelArg<C>] : [arg: ChannelArg<C>]
  ) => Promise<Result<ChannelOutput<C>>>
} & {
  on<E extends EventName>(event: E, listener: (payload: EventMap[E]) => void): () => void
}

export * from './common'
export * from './app'
export * from './secrets'
export * from './settings'
export * from './specs'
export * from './photos'
export * from './face-check'
export * from './history'
export * from './sheets'
export * from './documents'
export * from './notices'
export * from './shared-db'
export * from './capture'
export * from './events'
