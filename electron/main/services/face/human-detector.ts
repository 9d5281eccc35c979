import { createRequire } from 'node:module'
import { FACE_MODELS, type FaceAssets } from './face-assets'
import type { DetectedFace, RawImage } from './face-types'
import { toDetectedFace, type HumanFace } from './mesh-landmarks'
import { MODEL_SCHEME, modelRouter } from './model-io'
import { WORK_EDGE } from './resample'

/** Faces the detector is less sure of than this are dropped (a cat, a pattern on a shirt). */
export const MIN_FACE_SCORE = 0.5

/** At most this many faces are reported: enough to say "more than one" and let the operator pick. */
const MAX_FACES = 6

interface TensorLike {
  dispose(): void
}

interface HumanTf {
  tensor3d(values: Uint8Array | Int32Array, shape: [number, number, number], dtype: 'int32'): TensorLike
  io: { registerLoadRouter(router: (url: unknown) => unknown): void }
  getBackend(): string
  engine(): { memory(): { numTensors: number } }
}

interface GraphModelLike {
  inputs: { shape?: number[] }[]
  execute(input: TensorLike): TensorLike | TensorLike[]
}

interface HumanInstance {
  tf: HumanTf & { zeros(shape: number[], dtype: 'float32'): TensorLike }
  models: { loaded(): string[]; models: Record<string, GraphModelLike | null> }
  load(): Promise<void>
  detect(input: TensorLike): Promise<{ face: HumanFace[]; error?: string | null }>
}

type HumanModule = { Human: new (config: Record<string, unknown>) => HumanInstance }

/** Human's configuration: face detection, mesh and iris only, on WebAssembly, with nothing cached between calls. */
function humanConfig(assets: FaceAssets): Record<string, unknown> {
  const off = { enabled: false }
  return {
    backend: 'wasm',
    wasmPath: assets.wasmDir,
    modelBasePath: MODEL_SCHEME,
    debug: false,
    async: false,
    warmup: 'none',
    cacheModels: false,
    // Two customers in a row are not two video frames: no result is reused from the previous call.
    cacheSensitivity: 0,
    skipAllowed: false,
    filter: off,
    gesture: off,
    body: off,
    hand: off,
    object: off,
    segmentation: off,
    face: {
      enabled: true,
      detector: {
        modelPath: 'blazeface.json',
        rotation: true,
        maxDetected: MAX_FACES,
        minConfidence: MIN_FACE_SCORE,
        skipFrames: 0,
        skipTime: 0,
        return: false
      },
      mesh: { enabled: true, modelPath: 'facemesh.json' },
      iris: { enabled: true, modelPath: 'iris.json' },
      attention: off,
      emotion: off,
      description: off,
      antispoof: off,
      liveness: off
    }
  }
}

/** Face detection with landmarks, running in whatever thread creates it (the face worker). */
export interface HumanDetector {
  detect(image: RawImage): Promise<DetectedFace[]>
  /** Runs each model once on zeros, so the first photo does not pay for setting up the kernels. */
  warmUp(): Promise<void>
  /** Live tensors in the engine: stays flat from call to call, or memory is leaking. */
  tensorCount(): number
}

/** Loads Human's WebAssembly build and the three face models from disk. */
export async function createHumanDetector(assets: FaceAssets): Promise<HumanDetector> {
  const require = createRequire(import.meta.url)
  const { Human } = require(assets.humanModule) as HumanModule
  const human = new Human(humanConfig(assets))
  human.tf.io.registerLoadRouter(modelRouter(assets.modelDir))
  await human.load()
  // Human logs a model that failed to load and carries on; a face check without its models must not.
  const loaded = human.models.loaded()
  const missing = FACE_MODELS.filter((name) => !loaded.some((model) => model.toLowerCase().includes(name)))
  if (missing.length > 0)
    throw new Error(`face models did not load: ${missing.join(', ')} (from ${assets.modelDir})`)
  async function run(rgb: Uint8Array, width: number, height: number): Promise<DetectedFace[]> {
    const tensor = human.tf.tensor3d(rgb, [height, width, 3], 'int32')
    try {
      const result = await human.detect(tensor)
      if (result.error) throw new Error(result.error)
      return result.face
        .filter((face) => face.score >= MIN_FACE_SCORE && face.mesh.length >= 478)
        .map(toDetectedFace)
    } finally {
      tensor.dispose()
    }
  }
  return {
    async detect(image) {
      const rgb = toRgb(image)
      const faces = await run(rgb, image.width, image.height)
      if (faces.length > 0) return faces
      // A face that fills the frame (an ID photo with a 80–90 % head) escapes the detector, which expects some
      // surroundings: look again with a grey margin around the photo, and move the points back.
      const pad = Math.round(Math.max(image.width, image.height) * PAD_SHARE)
      const padded = padRgb(rgb, image.width, image.height, pad)
      const again = await run(padded, image.width + 2 * pad, image.height + 2 * pad)
      return again.map((face) => shiftFace(face, -pad))
    },
    async warmUp() {
      warmUp(human)
      // Then the whole pipeline once (the image's conversion, resizing, the search with a margin): run on zeros
      // alone, the first customer's photo still took about 60 % longer than the next one.
      const side = WARM_UP_SIDE
      await run(new Uint8Array(side * side * 3).fill(128), side, side)
    },
    tensorCount: () => human.tf.engine().memory().numTensors
  }
}

/**
 * Runs each model once on zeros of its input size. WebAssembly kernels are set up on first use: without this the
 * first customer's photo takes about a second longer than the rest.
 */
function warmUp(human: HumanInstance): void {
  for (const model of Object.values(human.models.models)) {
    const shape = model?.inputs[0]?.shape
    if (!model || !shape) continue
    const input = human.tf.zeros(
      shape.map((n) => (n > 0 ? n : 1)),
      'float32'
    )
    const output = model.execute(input)
    for (const tensor of Array.isArray(output) ? output : [output]) tensor.dispose()
    input.dispose()
  }
}

/** The grey picture the whole pipeline is warmed on: the engine's own working size (larger photos are shrunk). */
const WARM_UP_SIDE = WORK_EDGE

/** The margin added around a photo in which no face was found, as a share of its long side. */
const PAD_SHARE = 0.25

function padRgb(rgb: Uint8Array, width: number, height: number, pad: number): Uint8Array {
  const outWidth = width + 2 * pad
  const out = new Uint8Array(outWidth * (height + 2 * pad) * 3).fill(128)
  for (let y = 0; y < height; y++) {
    out.set(rgb.subarray(y * width * 3, (y + 1) * width * 3), ((y + pad) * outWidth + pad) * 3)
  }
  return out
}

function shiftFace(face: DetectedFace, by: number): DetectedFace {
  const move = (p: { x: number; y: number }) => ({ x: p.x + by, y: p.y + by })
  return {
    ...face,
    box: { ...face.box, left: face.box.left + by, top: face.box.top + by },
    eyes: [move(face.eyes[0]), move(face.eyes[1])],
    forehead: move(face.forehead),
    chin: move(face.chin),
    noseTip: move(face.noseTip),
    outline: face.outline.map(move)
  }
}

/** The detector takes RGB; a frame from a canvas is RGBA. */
function toRgb(image: RawImage): Uint8Array {
  if (image.channels === 3) return image.data
  const pixels = image.width * image.height
  const out = new Uint8Array(pixels * 3)
  for (let p = 0; p < pixels; p++) {
    out[p * 3] = image.data[p * 4] ?? 0
    out[p * 3 + 1] = image.data[p * 4 + 1] ?? 0
    out[p * 3 + 2] = image.data[p * 4 + 2] ?? 0
  }
  return out
}
