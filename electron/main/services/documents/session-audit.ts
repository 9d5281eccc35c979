import { type ErrorCode, isAppError } from '../../../shared/errors'
import type { AuditAction, AuditEnvironment, AuditLog } from '../audit/audit-log'
import type { DocumentSide } from './session-state'
import { fingerprint } from './tokens'

/** Writes a session's audit lines: the token goes in as a fingerprint only. */
export interface SessionAudit {
  /** Writes one line; a write failure is thrown (a successful view must leave a trace). */
  record(
    action: AuditAction,
    side: DocumentSide | null,
    token: string | null,
    outcome: 'ok' | unknown,
    detail?: string
  ): Promise<void>
  /** Writes one line for a failure; a write failure is swallowed so the request's own error is what the person sees. */
  recordFailure(
    action: AuditAction,
    side: DocumentSide | null,
    token: string | null,
    error: unknown,
    detail?: string
  ): Promise<void>
}

function codeOf(error: unknown): ErrorCode {
  return isAppError(error) ? error.code : 'INTERNAL'
}

/** Creates the writer for one session's environment. */
export function createSessionAudit(audit: AuditLog, environment: AuditEnvironment): SessionAudit {
  async function record(
    action: AuditAction,
    side: DocumentSide | null,
    token: string | null,
    outcome: unknown,
    detail?: string
  ): Promise<void> {
    await audit.append({
      environment,
      action,
      side,
      tokenFingerprint: token === null ? null : fingerprint(token),
      outcome: outcome === 'ok' ? 'ok' : codeOf(outcome),
      ...(detail === undefined ? {} : { detail })
    })
  }
  return {
    record,
    async recordFailure(action, side, token, error, detail) {
      try {
        await record(action, side, token, error, detail)
      } catch {
        // Deliberately ignored: see the interface.
      }
    }
  }
}
