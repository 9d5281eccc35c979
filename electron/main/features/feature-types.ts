import type { Channel, ConnectionTest } from '../../shared/contract'
import type { PartialRegistry } from '../ipc/registry'
import type { ParsedSpec } from '../services/specs/spec-parse'

type ChannelsOf<P extends string> = Extract<Channel, `${P}:${string}`>

/** The photo workflow: specs, jobs, the history, account. */
export interface PhotosFeature {
  handlers: PartialRegistry<
    ChannelsOf<'photos'> | ChannelsOf<'specs'> | ChannelsOf<'history'> | 'account:status'
  >
  testConnection(): Promise<ConnectionTest>
  /** The final (unlocked or direct) photo of a finished job, for print sheets. Throws an AppError if there is none. */
  finalPhoto(jobId: string): Promise<{
    jpeg: Uint8Array
    spec: ParsedSpec
    customer: string | null
    specName: string
    createdAt: number
  }>
  dispose(): Promise<void>
}

/** Print sheets and printer calibration. */
export interface SheetsFeature {
  handlers: PartialRegistry<ChannelsOf<'sheets'>>
}

/** The document viewer and its audit log. */
export interface DocumentsFeature {
  handlers: PartialRegistry<ChannelsOf<'documents'> | ChannelsOf<'audit'>>
  testConnection(): Promise<ConnectionTest>
  /** Wipes document images and tokens from memory (lock, environment switch, window closed). */
  clear(reason: string): Promise<void>
  dispose(): Promise<void>
}
