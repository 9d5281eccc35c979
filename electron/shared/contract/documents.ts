import { z } from 'zod'
import { channel } from './define'
import { noInput, type ImageView, type SavedFile } from './common'
import type { IpcError } from '../errors'

/** Front or back of the identity document. */
export const sideSchema = z.enum(['front', 'back'])

/** A document side. */
export type Side = z.infer<typeof sideSchema>

/** One side of the viewing session, without bytes or tokens (only a token's short fingerprint). */
export interface DocumentSideView {
  /** no-token; ready (token, no image); waiting (for a rate-limit slot); loading; loaded; error. */
  status: 'no-token' | 'ready' | 'waiting' | 'loading' | 'loaded' | 'error'
  format: string | null
  width: number | null
  height: number | null
  /** The size last asked of the service, or null for the original resolution. */
  requestedSize: { width: number; height: number } | null
  /** The original's size, once an original-size image has come for this document; null until then. */
  originalSize: { width: number; height: number } | null
  tokenFingerprint: string | null
  error: IpcError | null
  rateLimit: { inWindow: number; nextSlotAt: number | null; queued: number; blockedUntil: number | null }
}

/** The whole viewing session. */
export interface DocumentSessionView {
  id: string
  environment: 'demo' | 'sandbox' | 'production'
  sides: Record<Side, DocumentSideView>
  /** When the idle timer clears everything (epoch ms), or null when there is nothing to clear. */
  idleClearsAt: number | null
}

/** One audit line, as shown in the app. */
export interface AuditEntryView {
  time: string
  osUser: string
  environment: string
  action: string
  side: string | null
  tokenFingerprint: string | null
  outcome: string
  detail?: string
}

const token = z.string().trim().min(1).max(256)
const size = z.object({ width: z.number().int(), height: z.number().int() }).strict()

/** Document viewer channels. */
export const documentsChannels = {
  'documents:state': channel<DocumentSessionView>()(noInput),
  'documents:set-tokens': channel<DocumentSessionView>()(
    z.object({ front: token.optional(), back: token.optional() }).strict()
  ),
  'documents:tokens-from-access-token': channel<DocumentSessionView>()(
    z.object({ accessToken: token }).strict()
  ),
  'documents:fetch': channel<DocumentSessionView>()(
    z.object({ side: sideSchema, size: size.nullable() }).strict()
  ),
  'documents:get-image': channel<ImageView>()(z.object({ side: sideSchema }).strict()),
  'documents:refresh': channel<DocumentSessionView>()(z.object({ side: sideSchema }).strict()),
  'documents:clear': channel<DocumentSessionView>()(noInput),
  'documents:touch': channel<null>()(noInput),
  'documents:save-as': channel<SavedFile>()(z.object({ side: sideSchema }).strict()),
  'audit:list': channel<AuditEntryView[]>()(z.object({ limit: z.number().int().min(1).max(5000) }).strict()),
  'audit:export': channel<SavedFile>()(noInput)
}
