import { z } from 'zod'
import { ERROR_CODES } from '../../../shared/errors'

/** Where the document viewer was pointed. */
export const AUDIT_ENVIRONMENTS = ['demo', 'sandbox', 'production'] as const
/** What was done. */
export const AUDIT_ACTIONS = ['fetch', 'resize-request', 'refresh', 'export', 'tokens'] as const

/** Where the document viewer was pointed. */
export type AuditEnvironment = (typeof AUDIT_ENVIRONMENTS)[number]
/** What was done. */
export type AuditAction = (typeof AUDIT_ACTIONS)[number]

/** One line of the audit log. It never holds a token or image bytes, only a token fingerprint. */
export const auditEntrySchema = z.object({
  time: z.iso.datetime(),
  osUser: z.string(),
  environment: z.enum(AUDIT_ENVIRONMENTS),
  action: z.enum(AUDIT_ACTIONS),
  side: z.enum(['front', 'back']).nullable(),
  tokenFingerprint: z
    .string()
    .regex(/^[0-9a-f]{8,12}$/)
    .nullable(),
  outcome: z.union([z.literal('ok'), z.enum(ERROR_CODES)]),
  detail: z.string().max(500).optional()
})

/** One line of the audit log. */
export type AuditEntry = z.infer<typeof auditEntrySchema>

/** What a caller supplies; time and OS user are filled in by the log. */
export type AuditInput = Omit<AuditEntry, 'time' | 'osUser'>
