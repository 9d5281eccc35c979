import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach } from 'vitest'
import type { AuditLog } from '../../../../electron/main/services/audit/audit-log'
import { openTestAuditLog } from '../../../helpers/test-audit-log'
import type { DocumentPassbackClient } from '../../../../electron/main/services/documents/client'
import { createDocumentSession } from '../../../../electron/main/services/documents/document-session'
import type { DocumentSession } from '../../../../electron/main/services/documents/document-session'
import type { SessionState } from '../../../../electron/main/services/documents/session-state'
import { type FakeClock, createFakeClock } from './fake-clock'
import { type DocumentDemo, recordingTokens, startDocumentDemo } from './demo-harness'

// What the document-session test files share: before each test a fake clock, the demo Document Passback
// service, an audit log in a fresh data folder, and a session over them whose tokens are recorded.

export const HOUR = 60 * 60_000

/** One test's world, made fresh before each test (a test may replace `session`; the one left is disposed). */
export interface SessionWorld {
  clock: FakeClock
  demo: DocumentDemo
  dataDir: string
  audit: AuditLog
  /** Every state the session reported, in order. */
  states: SessionState[]
  /** Every token the demo handed out. */
  tokens: Set<string>
  session: DocumentSession
  makeSession(client: DocumentPassbackClient, idleMs?: number): DocumentSession
  /** The audit log as exported (JSON lines, oldest first). */
  auditText(): Promise<string>
  auditLines(): Promise<Array<Record<string, unknown>>>
}

/** Sets up (and tears down) the world around each test of the calling file. Call it once, at the top level. */
export function useDocumentSession(): SessionWorld {
  let closeAudit: () => Promise<void> = async () => undefined
  const world = {
    states: [] as SessionState[],
    makeSession(client: DocumentPassbackClient, idleMs = HOUR): DocumentSession {
      return createDocumentSession({
        client,
        environment: 'demo',
        audit: world.audit,
        clock: world.clock,
        idleMs,
        id: 'viewing-1',
        onChange: (state) => world.states.push(state)
      })
    },
    async auditText(): Promise<string> {
      const file = join(world.dataDir, 'audit-export.jsonl')
      await world.audit.exportTo(file)
      return readFile(file, 'utf8')
    },
    async auditLines(): Promise<Array<Record<string, unknown>>> {
      const text = await world.auditText()
      return text
        .trimEnd()
        .split('\n')
        .map((line) => JSON.parse(line) as Record<string, unknown>)
    }
  } as SessionWorld

  beforeEach(async () => {
    world.clock = createFakeClock()
    world.demo = await startDocumentDemo({ now: world.clock.now })
    world.dataDir = await mkdtemp(join(tmpdir(), 'doc-session-test-'))
    ;({ audit: world.audit, close: closeAudit } = await openTestAuditLog({
      dataDir: world.dataDir,
      osUser: () => 'counter-user',
      now: world.clock.now
    }))
    world.states = []
    const recorded = recordingTokens(world.demo.client())
    world.tokens = recorded.tokens
    world.session = world.makeSession(recorded.client)
  })
  afterEach(async () => {
    world.session.dispose()
    await world.demo.close()
    await closeAudit()
    await rm(world.dataDir, { recursive: true, force: true })
  })
  return world
}
