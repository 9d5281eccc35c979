import { randomUUID } from 'node:crypto'
import { join, resolve } from 'node:path'
import { submitSchema, type CaptureSettings, type HotFolder } from '../../shared/contract'
import { AppError, isAppError } from '../../shared/errors'
import type { Core } from '../core'
import { analyseFrame } from '../services/face/analyse-photo'
import type { FaceEngine } from '../services/face/face-engine'
import { sharedFaceEngine } from '../services/face/shared-engine'
import { captureGuide } from '../services/capture/capture-guide'
import type { SubmitResult } from '../services/capture/file-intake'
import { customerFromFileName } from '../services/capture/file-rules'
import { frameFeedback } from '../services/capture/frame-feedback'
import { HotFolders, type HotFolderTiming } from '../services/capture/hot-folders'
import { pickFrame } from '../services/capture/pick-frame'
import { SeenLedger } from '../services/capture/seen-ledger'
import { parseSpecRequirements, SpecDetailsSchema, type SpecRequirements } from '../services/specs/spec-parse'
import type { CaptureFeature, PhotosFeature } from './feature-types'
import { t } from '../services/i18n/main-language'

/** Options a test or the bench can give: its own face engine, short waits for the hot folders. */
export interface CaptureFeatureOptions {
  engine?: FaceEngine
  timing?: Partial<HotFolderTiming>
}

/**
 * Capture at the counter: the webcam's head guide, live check and burst choice (the photo itself then goes
 * through photos:submit like a dropped one), the permission gate for the camera, and the hot folders, whose
 * photos go through the Photos feature's own submit and pre-flight.
 */
export async function createCaptureFeature(
  core: Core,
  photos: PhotosFeature,
  options: CaptureFeatureOptions = {}
): Promise<CaptureFeature> {
  const { host } = core
  const engine = () => options.engine ?? sharedFaceEngine()
  const requirementsCache = new Map<string, SpecRequirements>()
  let cameraViewOpen = false

  /** The spec's numbers, read through the Photos feature's own (cached) spec catalogue. */
  async function requirementsFor(specCode: string): Promise<SpecRequirements> {
    const key = `${core.passportPhoto().demo ? 'demo' : 'live'}:${specCode}`
    const cached = requirementsCache.get(key)
    if (cached) return cached
    const view = await photos.handlers['specs:details']({ specCode }, {})
    const requirements = parseSpecRequirements(SpecDetailsSchema.parse(view.raw))
    requirementsCache.set(key, requirements)
    return requirements
  }

  async function submitToQueue(
    file: { name: string; bytes: Uint8Array },
    folder: HotFolder
  ): Promise<SubmitResult> {
    try {
      await requirementsFor(folder.specCode)
    } catch (error) {
      if (isAppError(error)) return { kind: 'not-now', error: error.toIpcError() }
      throw error
    }
    const prefs = await photos.handlers['specs:get-prefs'](undefined, {})
    const sensitivity = prefs.sensitivityBySpec[folder.specCode]
    const customer = customerFromFileName(folder.customerRule, file.name)
    const outcome = await photos.submitFiles(
      submitSchema.parse({
        files: [{ name: file.name.slice(-255), bytes: file.bytes }],
        specCode: folder.specCode,
        mode: folder.mode,
        ...(customer ? { customer } : {}),
        ...(sensitivity && Object.keys(sensitivity).length > 0 ? { sensitivity } : {})
      })
    )
    const accepted = outcome.accepted[0]
    if (accepted) return { kind: 'queued', jobId: accepted.jobId, customer }
    const refused = outcome.refused[0]
    if (refused) return { kind: 'refused', error: refused.error }
    throw new Error('The queue gave no answer for the file.')
  }

  const ledger = await SeenLedger.open(join(host.dataDir, 'capture', 'hot-folder-ledger.json'))
  if (ledger.damaged) {
    core.notices.add({
      id: 'hot-folder-ledger-damaged',
      level: 'warning',
      title: () => t('capture.notice.ledgerDamaged.title'),
      message: () => t('capture.notice.ledgerDamaged.message')
    })
  }
  const hotFolders = new HotFolders({
    ledger,
    submit: submitToQueue,
    now: core.now,
    ...(options.timing ? { timing: options.timing } : {}),
    onChange: (view) => host.emit('capture:hot-folders', view),
    onMissing: (folder, missing) => {
      const id = `hot-folder-missing:${folder.id}`
      if (!missing) return void core.notices.dismiss(id)
      core.notices.add({
        id,
        level: 'warning',
        title: () => t('capture.notice.missing.title'),
        message: () => t('capture.notice.missing.message', { path: folder.path })
      })
    }
  })
  await hotFolders.apply(core.currentSettings().capture.hotFolders)
  void hotFolders.sweep()

  const capture = () => core.currentSettings().capture
  async function saveHotFolders(next: CaptureSettings['hotFolders']) {
    await core.settings.setCapture({ ...capture(), hotFolders: next })
    await hotFolders.apply(next)
    return hotFolders.view()
  }
  const folderById = (id: string): HotFolder => {
    const folder = capture().hotFolders.folders.find((f) => f.id === id)
    if (!folder) throw new AppError('NOT_FOUND', t('capture.error.folderGone'))
    return folder
  }

  return {
    handlers: {
      'capture:guide': async ({ specCode }) => captureGuide(await requirementsFor(specCode)),
      'capture:check-frame': async ({ specCode, frame, sensitivity }) => {
        const requirements = await requirementsFor(specCode)
        const result = await analyseFrame(engine(), frame, requirements, sensitivity).catch(
          (error: unknown) => {
            if (isAppError(error)) throw error
            throw new AppError('CORRUPT_IMAGE', t('capture.error.badFrame'))
          }
        )
        return frameFeedback(result.findings, result.overlay, captureGuide(requirements), result.elapsedMs)
      },
      'capture:pick-frame': async ({ frames }) => {
        try {
          return await pickFrame(engine(), frames)
        } catch (error) {
          // The photo is never lost to the check: without it, the middle frame of the burst is kept.
          const index = Math.floor(frames.length / 2)
          const why = isAppError(error) ? 'engine' : 'frame'
          return {
            index,
            frames: frames.map(() => ({ face: false, eyesOpen: null, sharpness: null })),
            reason: t('capture.pick.unchosen', { frame: index + 1, count: frames.length, why })
          }
        }
      },
      'capture:set-camera-view': async ({ open }) => {
        cameraViewOpen = open
        // The models load while the camera starts, so the first live check is as quick as the rest.
        if (open)
          void engine()
            .start()
            .catch(() => undefined)
        return null
      },
      'capture:update-camera': async (patch) => {
        const next = await core.settings.setCapture({
          ...capture(),
          camera: { ...capture().camera, ...patch }
        })
        return next.capture
      },
      'capture:hot-folders': async () => hotFolders.view(),
      'capture:add-hot-folder': async (input) => {
        await requirementsFor(input.specCode)
        const chosen = await host.dialogs.chooseFolder(t('capture.dialog.chooseFolder'))
        if (chosen === null) return hotFolders.view()
        const path = resolve(chosen)
        const current = capture().hotFolders
        if (current.folders.some((f) => resolve(f.path) === path)) {
          throw new AppError('BAD_REQUEST', t('capture.error.alreadyWatched'))
        }
        const output = core.currentSettings().jobs.outputFolder
        if (output !== null && resolve(output) === path) {
          throw new AppError('BAD_REQUEST', t('capture.error.outputFolder'))
        }
        return saveHotFolders({
          ...current,
          folders: [...current.folders, { id: randomUUID(), path, ...input }]
        })
      },
      'capture:update-hot-folder': async ({ id, ...patch }) => {
        const folder = folderById(id)
        if (patch.specCode !== undefined) await requirementsFor(patch.specCode)
        const current = capture().hotFolders
        return saveHotFolders({
          ...current,
          folders: current.folders.map((f) => (f.id === id ? { ...folder, ...patch } : f))
        })
      },
      'capture:remove-hot-folder': async ({ id }) => {
        folderById(id)
        const current = capture().hotFolders
        core.notices.dismiss(`hot-folder-missing:${id}`)
        return saveHotFolders({ ...current, folders: current.folders.filter((f) => f.id !== id) })
      },
      'capture:pause-hot-folders': async ({ paused }) => saveHotFolders({ ...capture().hotFolders, paused })
    },
    cameraViewOpen: () => cameraViewOpen,
    closeCameraView: () => {
      cameraViewOpen = false
    },
    async dispose() {
      cameraViewOpen = false
      await hotFolders.close()
    }
  }
}
