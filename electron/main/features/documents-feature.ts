import { AppError, isAppError } from '../../shared/errors'
import { t } from '../services/i18n/main-language'
import type { DocumentSessionView, ImageView } from '../../shared/contract'
import type { Core } from '../core'
import { followingFetch } from '../connections'
import { createAuditLog } from '../services/audit/audit-log'
import { createDocumentPassbackClient } from '../services/documents/client'
import { createDocumentKeys } from '../services/documents/document-keys'
import { createDocumentSession, type DocumentSession } from '../services/documents/document-session'
import { createRateLimiter } from '../services/documents/rate-limiter'
import { exportDetail, extensionOf, suggestedDocumentName } from '../services/documents/export-name'
import type { DocumentSide } from '../services/documents/session-state'
import { fingerprint } from '../services/documents/tokens'
import { writeFileAtomic } from '../services/storage/write-file-atomic'
import { firstFreeName, saveNoClobber, saveWithDialog } from '../services/files/save-file'
import { saveFileName } from '../services/files/save-name'
import { rm } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import type { DocumentsFeature } from './feature-types'
import { importOldAuditLog } from './history-store'
import { verifyAuditLogs } from './shared-db-feature'

const MIME = {
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  gif: 'image/gif',
  tiff: 'image/tiff',
  bmp: 'image/bmp'
} as const

/**
 * The document viewer's main side. Document images and tokens live only in the session's memory; an image is
 * written to disk only by an explicit, audited "Save as…". A new environment gets a new session, so nothing from
 * one environment is ever shown in another.
 */
export async function createDocumentsFeature(core: Core): Promise<DocumentsFeature> {
  // The audit log is a table of the studio database; the old audit.jsonl is imported into it once.
  await importOldAuditLog({
    store: core.store,
    notices: core.notices,
    dataDir: core.host.dataDir,
    now: core.now
  })
  const audit = createAuditLog({
    db: core.store.db,
    osUser: () => core.host.osUser,
    now: core.now,
    // In a studio chain each row is also queued for the shared audit log, in the same transaction.
    outbox: core.chain.outbox
  })
  // One limiter, keyed on the document (a token and every token refreshed from it), for the app's lifetime: a
  // document's budget of 2 requests a minute survives a new session, and another person's documents get their own.
  const limiter = createRateLimiter({ clock: { now: core.now } })
  const keys = createDocumentKeys(limiter, { now: core.now })
  const client = createDocumentPassbackClient({
    fetch: followingFetch(core.documents),
    baseUrl: () => core.documents().baseUrl,
    apiToken: () => core.documents().credentials()
  })

  let session: DocumentSession | null = null
  let sessionKey = ''
  // Once disposed, the window (or the harness's event stream) may already be gone: the final wipe emits nothing.
  let disposed = false

  const current = (): DocumentSession => {
    const settings = core.currentSettings().documents
    const key = `${settings.environment}:${settings.idleTimeoutMinutes}`
    if (session === null || key !== sessionKey) {
      session?.dispose()
      sessionKey = key
      session = createDocumentSession({
        client,
        environment: settings.environment,
        audit,
        limiter,
        keys,
        clock: { now: core.now },
        idleMs: settings.idleTimeoutMinutes * 60_000,
        onChange: (state) => {
          if (!disposed) core.host.emit('documents:changed', view(state))
        }
      })
    }
    return session
  }

  const state = (): DocumentSessionView => view(current().state())

  const image = (side: DocumentSide) => {
    const held = current().image(side)
    if (held === null) {
      throw new AppError('NOT_FOUND', t('documentsApi.error.noImage', { side }))
    }
    return held
  }

  return {
    handlers: {
      'documents:state': async () => state(),
      'documents:set-tokens': async (tokens) => {
        if (tokens.front === undefined && tokens.back === undefined) {
          throw new AppError('INVALID_TOKEN', t('documentsApi.error.noTokenPasted'))
        }
        current().setTokens(tokens)
        return state()
      },
      'documents:tokens-from-access-token': async ({ accessToken }) => {
        await current().loadTokens(accessToken)
        return state()
      },
      'documents:fetch': async ({ side, size }) => {
        try {
          await current().fetch(side, size ?? undefined)
        } catch (error) {
          // The session records the error on the side; the view carries it to the screen as well.
          if (!isAppError(error)) throw error
          if (error.code === 'INVALID_TOKEN' || error.code === 'BAD_REQUEST') throw error
        }
        return state()
      },
      'documents:get-image': async ({ side }): Promise<ImageView> => {
        const held = image(side)
        current().touch()
        // A copy: the session zeroes its own buffer on clear, and the IPC may still be serialising this one.
        return { bytes: held.bytes.slice(), mime: MIME[held.format], width: held.width, height: held.height }
      },
      'documents:refresh': async ({ side }) => {
        await current().refresh(side)
        return state()
      },
      'documents:clear': async () => {
        current().clear()
        return state()
      },
      'documents:touch': async () => {
        current().touch()
        return null
      },
      'documents:save-as': async ({ side }) => {
        const held = image(side)
        const sideState = current().state().sides[side]
        const environment = core.currentSettings().documents.environment
        let chosen = ''
        let path: string | null
        try {
          path = await saveWithDialog(core.host.dialogs, {
            title: t('dialogs.documentImage.title'),
            folder: core.currentSettings().jobs.outputFolder,
            name: suggestedDocumentName(side, held.format, core.now()),
            filters: [{ name: t('dialogs.filter.image'), extensions: [extensionOf(held.format)] }],
            bytes: () => held.bytes,
            // The save dialog has already asked about replacing an existing file, so replace it; atomically, so a
            // failed write never leaves half an image where a whole one was.
            write: (to, bytes) => {
              chosen = to
              return writeFileAtomic(to, bytes)
            }
          })
        } catch (error) {
          const path = chosen
          await audit.append({
            environment,
            action: 'export',
            side,
            tokenFingerprint: sideState.tokenFingerprint,
            outcome: 'FILE_SYSTEM',
            detail: exportDetail(path)
          })
          throw new AppError('FILE_SYSTEM', t('documentsApi.error.saveFailed'), { cause: error })
        }
        if (path === null) return { path: null }
        await audit.append({
          environment,
          action: 'export',
          side,
          tokenFingerprint: sideState.tokenFingerprint,
          outcome: 'ok',
          detail: exportDetail(path)
        })
        return { path }
      },
      'audit:list': async ({ limit }) => audit.read({ limit }),
      'audit:verify': () => verifyAuditLogs(audit, core),
      'audit:export': async () => {
        // The one naming rule; a free name is suggested (audit.exportTo writes the file itself).
        const name = saveFileName({
          customer: 'audit-log',
          specCode: 'documents',
          date: core.now(),
          extension: 'jsonl'
        })
        const folder = core.currentSettings().jobs.outputFolder
        const suggested = folder === null ? name : join(folder, await firstFreeName(folder, name))
        const path = await core.host.dialogs.chooseSavePath(t('dialogs.auditExport.title'), suggested, [
          { name: t('dialogs.filter.jsonLines'), extensions: ['jsonl'] }
        ])
        if (path === null) return { path: null }
        if (core.host.dialogs.asksBeforeReplacing !== false) {
          await audit.exportTo(path)
          return { path }
        }
        // No dialog asked (the browser build): claim a free name first ('wx', numbered), then fill it.
        const claimed = await saveNoClobber(dirname(path), basename(path), new Uint8Array())
        await audit.exportTo(claimed).catch(async (error: unknown) => {
          await rm(claimed, { force: true })
          throw error
        })
        return { path: claimed }
      }
    },

    async testConnection() {
      const demo = core.documents().demo
      try {
        // A refresh of a token that cannot exist: 404 means the API token was accepted; nothing is fetched or spent.
        await client.refreshToken(`connection-test-${fingerprint(String(core.now()))}`)
        return { ok: true, message: t('documentsApi.connection.connected'), demo }
      } catch (error) {
        if (isAppError(error) && error.code === 'NOT_FOUND') {
          return {
            ok: true,
            message: demo ? t('documentsApi.connection.demo') : t('documentsApi.connection.accepted'),
            demo
          }
        }
        return {
          ok: false,
          message: isAppError(error) ? error.message : t('documentsApi.connection.failed'),
          demo
        }
      }
    },

    async clear() {
      session?.clear()
    },

    async dispose() {
      disposed = true
      session?.dispose()
      session = null
    }
  }
}

function view(state: ReturnType<DocumentSession['state']>): DocumentSessionView {
  return {
    id: state.id,
    environment: state.environment,
    sides: state.sides,
    idleClearsAt: state.idleClearsAt
  }
}
