import { z } from 'zod'
import { channel } from './define'
import { noInput, type ImageView, type SavedFile } from './common'

/** Front or back of the identity document. */
export const sideSchema = z.enum(['front', 'back'])

/** A document side. */
export type Side = z.infer<typeof sideSchema>

/** One side of the viewing session, without bytes or tokens. */
export interface DocumentSideView {
  side: Side
  hasToken: boolean
  tokenFingerprint: string | null
  status: 'empty' | 'queued' | 'loading' | 'loaded' | 'error'
  format: string | null
  width: number | null
  height: number | null
  /** The size asked of the service, if any. */
  requestedSize: { width: number; height: number } | null
  error: { code: string; message: string } | null
  rateLimit: { inWindow: number; nextSlotAt: number | null; queued: number }
}

/** The whole viewing session. */
export interface DocumentSessionView {
  environment: 'demo' | 'sandbox' | 'production'
  sides: Record<Side, DocumentSideView>
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
  'documents:tokens-from-access-token': channel<DocumentSessionView>()(z.object({ accessToken: token }).strict()),
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
