import { readdir, stat } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import type { HotFolder, HotFolderActivity } from '../../../shared/contract'
import type { IpcError } from '../../../shared/errors'
import { contentKey } from './content-key'
import { moveToDone } from './done-folder'
import { classifyFileName, isJpegTwin } from './file-rules'
import { looksComplete, readSettledFile, type FileVersion } from './read-complete'
import type { SeenLedger } from './seen-ledger'
import { t } from '../i18n/main-language'

/** What handing a photo to the queue gave. */
export type SubmitResult =
  | { kind: 'queued'; jobId: string; customer: string | null }
  /** Pre-flight refused the file, as it would a dropped one. */
  | { kind: 'refused'; error: IpcError }
  /** Nothing was queued and the file is not at fault (the spec could not be read): try again later. */
  | { kind: 'not-now'; error: IpcError }

/** An activity row before the folder and time are added. */
export type ActivityDraft = Pick<HotFolderActivity, 'kind' | 'message'> &
  Partial<Pick<HotFolderActivity, 'jobId' | 'customer' | 'error'>>

/** What became of one look at a file: an activity row to show (or none), and whether to look again later. */
export interface IntakeResult {
  activity: ActivityDraft | null
  retryAfterMs: number | null
}

/** How long the intake waits in each situation. Short values are injected in tests. */
export interface IntakeTiming {
  /** A raw file waits this long for its JPEG twin before it is refused. */
  rawGraceMs: number
  lockedRetryMs: number
  lockedGiveUpMs: number
  /** A JPEG without its end marker is looked at again after this, and sent to pre-flight after the give-up. */
  incompleteRetryMs: number
  incompleteGiveUpMs: number
  /** After "not now" (the spec could not be read). */
  notNowRetryMs: number
}

/** The intake's dependencies. */
export interface IntakeDeps {
  ledger: SeenLedger
  submit: (file: { name: string; bytes: Uint8Array }, folder: HotFolder) => Promise<SubmitResult>
  now: () => number
  maxBytes: number
  timing: IntakeTiming
}

const done = (activity: ActivityDraft | null = null): IntakeResult => ({ activity, retryAfterMs: null })
const later = (ms: number, activity: ActivityDraft | null = null): IntakeResult => ({
  activity,
  retryAfterMs: ms
})

/**
 * Takes one file of a watched folder from "its size is stable" to a queued job or a refused row, exactly once:
 * read only while it stays the same, wait while it is locked or has no end marker yet, recognise a photo already
 * handled (by version, then by content), record it before it is handed to the queue, and tidy it up afterwards.
 */
export function createFileIntake(deps: IntakeDeps) {
  const { ledger, timing } = deps
  const firstSeen = new Map<string, { at: number; reason: string }>()
  const waitingSaid = new Set<string>()

  const since = (path: string, reason: string): number => {
    const seen = firstSeen.get(path)
    if (seen && seen.reason === reason) return deps.now() - seen.at
    firstSeen.set(path, { at: deps.now(), reason })
    return 0
  }

  async function handle(folder: HotFolder, path: string): Promise<IntakeResult> {
    const name = basename(path)
    const kind = classifyFileName(name)
    if (kind === 'ignore') return done()
    let version: FileVersion
    try {
      const info = await stat(path)
      if (!info.isFile()) return done()
      version = { size: info.size, mtimeMs: info.mtimeMs }
    } catch {
      return done()
    }
    if (ledger.knownVersion(path, version) !== null) return done()
    if (kind === 'raw') return raw(folder, path, name, version)
    const result = await read(folder, path, name, version)
    if (result.retryAfterMs === null) firstSeen.delete(path)
    return result
  }

  async function raw(folder: HotFolder, path: string, name: string, version: FileVersion) {
    const waited = since(path, 'raw')
    if (waited < timing.rawGraceMs) return later(timing.rawGraceMs - waited)
    firstSeen.delete(path)
    if (await hasJpegTwin(path, name)) {
      await ledger.skip(path, version, folder.id, 'raw-twin', deps.now())
      return done()
    }
    await ledger.skip(path, version, folder.id, 'raw', deps.now())
    return done({
      kind: 'refused',
      message: t('capture.intake.raw', { name }),
      error: { code: 'UNSUPPORTED_FILE', message: t('capture.intake.raw', { name }) }
    })
  }

  async function read(folder: HotFolder, path: string, name: string, version: FileVersion) {
    const outcome = await readSettledFile(path, { maxBytes: deps.maxBytes })
    switch (outcome.kind) {
      case 'gone':
        return done()
      case 'changing':
        return later(timing.lockedRetryMs)
      case 'locked': {
        const held = since(path, 'locked')
        if (held < timing.lockedGiveUpMs) return later(timing.lockedRetryMs)
        // Still held after the give-up time: said once, then looked at again now and then, never sent half.
        const first = !waitingSaid.has(path)
        waitingSaid.add(path)
        return later(
          timing.lockedRetryMs * 10,
          first
            ? {
                kind: 'waiting',
                message: t('capture.intake.locked', { name })
              }
            : null
        )
      }
      case 'too-large':
      case 'unreadable': {
        await ledger.skip(path, version, folder.id, 'unreadable', deps.now())
        const error: IpcError =
          outcome.kind === 'too-large'
            ? { code: 'IMAGE_TOO_LARGE', message: t('capture.intake.tooLarge', { name }) }
            : {
                code: 'FILE_SYSTEM',
                message: t('capture.intake.unreadable', { name, code: outcome.code })
              }
        return done({ kind: 'refused', message: error.message, error })
      }
      case 'read':
        break
    }
    if (!looksComplete(outcome.bytes) && since(path, 'incomplete') < timing.incompleteGiveUpMs) {
      return later(timing.incompleteRetryMs)
    }
    return queue(folder, path, name, outcome.bytes, { size: outcome.size, mtimeMs: outcome.mtimeMs })
  }

  async function queue(folder: HotFolder, path: string, name: string, bytes: Uint8Array, v: FileVersion) {
    const key = contentKey(bytes)
    const known = ledger.byHash(key)
    if (known) return seenBefore(key, known, path, name, v)
    try {
      await ledger.begin({
        hash: key,
        folderId: folder.id,
        path,
        size: v.size,
        mtimeMs: v.mtimeMs,
        at: deps.now()
      })
    } catch {
      const error: IpcError = {
        code: 'FILE_SYSTEM',
        message: t('capture.intake.ledgerFailed', { name })
      }
      return done({ kind: 'refused', message: error.message, error })
    }
    let result: SubmitResult
    try {
      result = await deps.submit({ name, bytes }, folder)
    } catch {
      const message = t('capture.intake.internal', { name })
      await ledger.update(key, { status: 'failed', message }).catch(() => undefined)
      return done({ kind: 'refused', message, error: { code: 'INTERNAL', message } })
    }
    if (result.kind === 'not-now') {
      await ledger.forget(key)
      const first = !waitingSaid.has(path)
      waitingSaid.add(path)
      const message = t('capture.intake.waiting', { name, reason: result.error.message })
      return later(timing.notNowRetryMs, first ? { kind: 'waiting', message, error: result.error } : null)
    }
    waitingSaid.delete(path)
    if (result.kind === 'refused') {
      await ledger.update(key, { status: 'refused', message: result.error.message })
      return done({
        kind: 'refused',
        message: t('capture.intake.refused', { name, reason: result.error.message }),
        error: result.error
      })
    }
    const deleteAfter =
      folder.afterQueued === 'delete-after-days' ? deps.now() + folder.deleteAfterDays * 86_400_000 : null
    await ledger.update(key, { status: 'queued', jobId: result.jobId, deleteAfter })
    const tidied = await tidy(folder, path, key)
    return done({
      kind: 'queued',
      jobId: result.jobId,
      customer: result.customer,
      message: t('capture.intake.queued', {
        name,
        known: result.customer ? 'yes' : 'no',
        customer: result.customer ?? '',
        tidied
      })
    })
  }

  async function seenBefore(
    key: string,
    known: { path: string; status: string },
    path: string,
    name: string,
    v: FileVersion
  ) {
    await ledger.noteVersion(key, path, v)
    if (known.status === 'sending') {
      const message = t('capture.intake.interrupted', { name })
      await ledger.update(key, { status: 'failed', message })
      return done({ kind: 'refused', message, error: { code: 'INTERRUPTED', message } })
    }
    if (known.path === path) return done()
    return done({
      kind: 'duplicate',
      message: t('capture.intake.duplicate', { name, other: basename(known.path) })
    })
  }

  async function tidy(folder: HotFolder, path: string, key: string): Promise<string> {
    if (folder.afterQueued !== 'move-to-done') return ''
    try {
      const moved = await moveToDone(path)
      await ledger.update(key, { path: moved })
      return t('capture.intake.moved')
    } catch (error) {
      const code = (error as { code?: unknown }).code
      return t('capture.intake.notMoved', { code: typeof code === 'string' ? code : 'error' })
    }
  }

  return { handle }
}

async function hasJpegTwin(path: string, rawName: string): Promise<boolean> {
  const folder = dirname(path)
  for (const dir of [folder, join(folder, 'done')]) {
    try {
      if ((await readdir(dir)).some((n) => isJpegTwin(rawName, n))) return true
    } catch {
      // No done/ folder (yet).
    }
  }
  return false
}
