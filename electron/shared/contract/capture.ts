import { z } from 'zod'
import { channel } from './define'
import { bytesSchema, noInput } from './common'
import { sensitivitySchema, specCodeSchema } from './specs'
import type { IpcError } from '../errors'

/** How a hot folder names the customer: not at all, the whole file name, or the text before the first `_`. */
export const customerRuleSchema = z.enum(['none', 'file-name', 'before-underscore'])

/** What happens to a file once its job is queued. */
export const afterQueuedSchema = z.enum(['leave', 'move-to-done', 'delete-after-days'])

/** One watched folder and what its photos become. */
export const hotFolderSchema = z.object({
  id: z.string().min(1).max(64),
  path: z.string().min(1).max(4096),
  specCode: specCodeSchema,
  mode: z.enum(['direct', 'watermark']),
  customerRule: customerRuleSchema,
  afterQueued: afterQueuedSchema,
  deleteAfterDays: z.number().int().min(1).max(365),
  /** A network share: watched by polling, which is what sees changes made by another computer. */
  networkFolder: z.boolean()
})

/** A watched folder. */
export type HotFolder = z.infer<typeof hotFolderSchema>

/**
 * The `capture` section of settings.json: the webcam choices and the hot folders. A settings file from before it
 * existed loads with these defaults.
 */
export const captureSettingsSchema = z.object({
  camera: z.object({
    /** The camera chosen last (a browser device id), and its name to say which one it was. */
    deviceId: z.string().max(512).nullable(),
    label: z.string().max(256).nullable(),
    /** The live view is shown as a mirror; the saved photo never is. */
    mirror: z.boolean(),
    countdown: z.boolean(),
    /** KeyboardEvent.code of a USB footswitch (they type a key), or null for none. */
    footswitchKey: z.string().min(1).max(32).nullable()
  }),
  hotFolders: z.object({
    paused: z.boolean(),
    folders: z.array(hotFolderSchema).max(20)
  })
})

/** The capture settings. */
export type CaptureSettings = z.infer<typeof captureSettingsSchema>

/** The capture settings a new user starts with. */
export function defaultCaptureSettings(): CaptureSettings {
  return {
    camera: { deviceId: null, label: null, mirror: true, countdown: false, footswitchKey: null },
    hotFolders: { paused: false, folders: [] }
  }
}

/** A band from the top of the photo, as shares of its height (0 = top edge, 1 = bottom edge). */
export interface GuideBand {
  top: number
  bottom: number
}

/** The head guide drawn over the live view, from the spec's own numbers, in shares of the photo's height. */
export interface CaptureGuide {
  specCode: string
  specName: string
  /** The photo's width ÷ height. */
  aspect: number
  /** Head height (crown to chin) allowed, as shares of the photo height. */
  head: { min: number; max: number }
  /** Where the crown should be, and the chin, for a head inside the range with the eyes in their band. */
  crown: GuideBand
  chin: GuideBand
  /** The eye-line band; null when the spec gives no eye height. */
  eyes: GuideBand | null
  /** True when the head numbers come from the spec; false when it has none (a usual share is drawn). */
  fromSpec: boolean
  /** The spec's ranges in its own words, for the legend ("Head 1–1 3/8 in", "Eyes 1 1/8–1 3/8 in from the bottom"). */
  legend: string[]
  /** When the spec's own head and eye numbers cannot both be met, why. */
  conflict: string | null
}

/** The guide's state, which is also its colour: ready, something to adjust, or no usable face. */
export type FrameState = 'ready' | 'adjust' | 'no-face'

/** What the live check says about one frame. */
export interface FrameCheck {
  state: FrameState
  /** Short instructions, most important first ("Move closer", "Eyes closed"). Empty when ready. */
  messages: { code: string; text: string }[]
  /** The first face in the frame's own pixels, to draw; null when there is none. */
  face: {
    box: { left: number; top: number; width: number; height: number }
    crownY: number
    chinY: number
    eyeY: number
  } | null
  /** Other faces seen (a second person in view). */
  others: { left: number; top: number; width: number; height: number }[]
  width: number
  height: number
  elapsedMs: number
}

/** Which frame of a burst was kept, and why. */
export interface BurstChoice {
  index: number
  frames: { face: boolean; eyesOpen: boolean | null; sharpness: number | null }[]
  /** In words, for the counter: "Kept frame 2 of 3: the sharpest with eyes open." */
  reason: string
}

/** A watched folder with what it is doing. */
export interface HotFolderStatus {
  folder: HotFolder
  state: 'starting' | 'watching' | 'missing' | 'paused' | 'error'
  /** Plain words for the state ("Folder not found: it is watched again as soon as it is back."). */
  message: string | null
  queued: number
  refused: number
}

/** One thing a hot folder did, for the operator. */
export interface HotFolderActivity {
  id: string
  at: number
  folderId: string
  folderPath: string
  fileName: string | null
  kind:
    | 'queued'
    | 'refused'
    | 'duplicate'
    | 'waiting'
    | 'folder-missing'
    | 'folder-back'
    | 'left-alone'
    | 'deleted'
  jobId: string | null
  customer: string | null
  message: string
  error: IpcError | null
}

/** Every hot folder, whether watching is paused, and the latest activity (newest first). */
export interface HotFoldersView {
  /** Grows with every change, so a window keeps the newest view when an event and an answer cross. */
  revision: number
  paused: boolean
  folders: HotFolderStatus[]
  activity: HotFolderActivity[]
}

const folderOptions = hotFolderSchema.omit({ id: true, path: true })

/** Capture channels: the webcam's guide, live check, burst choice and permission gate; the hot folders. */
export const captureChannels = {
  'capture:guide': channel<CaptureGuide>()(z.object({ specCode: specCodeSchema }).strict()),
  'capture:check-frame': channel<FrameCheck>()(
    z
      .object({
        specCode: specCodeSchema,
        // A small preview frame (about 640 px): the full-resolution photo is only taken at the shutter.
        frame: bytesSchema.refine((b) => b.byteLength <= 2 * 1024 * 1024, 'A live frame is at most 2 MB.'),
        sensitivity: sensitivitySchema.optional()
      })
      .strict()
  ),
  'capture:pick-frame': channel<BurstChoice>()(
    z
      .object({
        frames: z
          .array(bytesSchema.refine((b) => b.byteLength <= 60 * 1024 * 1024, 'A frame is at most 60 MB.'))
          .min(1)
          .max(5)
      })
      .strict()
  ),
  'capture:set-camera-view': channel<null>()(z.object({ open: z.boolean() }).strict()),
  'capture:update-camera': channel<CaptureSettings>()(captureSettingsSchema.shape.camera.partial().strict()),
  'capture:hot-folders': channel<HotFoldersView>()(noInput),
  'capture:add-hot-folder': channel<HotFoldersView>()(folderOptions.strict()),
  'capture:update-hot-folder': channel<HotFoldersView>()(
    folderOptions
      .partial()
      .extend({ id: z.string().min(1).max(64) })
      .strict()
  ),
  'capture:remove-hot-folder': channel<HotFoldersView>()(
    z.object({ id: z.string().min(1).max(64) }).strict()
  ),
  'capture:pause-hot-folders': channel<HotFoldersView>()(z.object({ paused: z.boolean() }).strict())
}
