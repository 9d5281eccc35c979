import type { DetectedFace, Point } from './face-types'

/** The part of Human's FaceResult this app reads (the package's own types describe much more). */
export interface HumanFace {
  score: number
  box: [number, number, number, number]
  mesh: [number, number, number?][]
  annotations: Record<string, [number, number, number?][]>
  rotation?: { angle: { roll: number; yaw: number; pitch: number } } | null
}

/** Mesh indices (MediaPipe face mesh, 468 points, plus 10 iris points when the iris model runs). */
const MESH = {
  forehead: 10,
  chin: 152,
  noseTip: 1,
  irisA: 468,
  irisB: 473,
  // Eye A is MediaPipe's "right eye" (the subject's right: image-left in an unmirrored photo).
  eyeA: { outer: 33, inner: 133, upper: 159, lower: 145 },
  eyeB: { outer: 263, inner: 362, upper: 386, lower: 374 },
  mouth: { innerLeft: 78, innerRight: 308, outerLeft: 61, outerRight: 291 },
  /** Upper and lower inner-lip points facing each other: the middle, and two on each side of it. */
  lipPairs: [
    [13, 14],
    [82, 87],
    [312, 317],
    [81, 178],
    [311, 402]
  ]
} as const

/**
 * Human's pitch reads about +6.5° on a level, frontal face (measured on the astronaut, the specimen passport
 * and ID card faces, the walk-in portrait and the synthetic portrait: 5.8° to 7.8°), so it is taken off.
 */
export const PITCH_BIAS_DEGREES = 6.5

const DEGREES = 180 / Math.PI

function point(mesh: HumanFace['mesh'], index: number): Point {
  const p = mesh[index]
  if (!p) throw new Error(`face mesh has no point ${index}`)
  return { x: p[0], y: p[1] }
}

function distance(a: Point, b: Point): number {
  return Math.hypot(a.x - b.x, a.y - b.y)
}

function openness(mesh: HumanFace['mesh'], eye: typeof MESH.eyeA | typeof MESH.eyeB): number {
  const width = distance(point(mesh, eye.outer), point(mesh, eye.inner))
  return width > 0 ? distance(point(mesh, eye.upper), point(mesh, eye.lower)) / width : 0
}

/** The median gap between the inner lips: one stray point (a shadow across the mouth) does not open it. */
function lipGap(mesh: HumanFace['mesh']): number {
  const gaps = MESH.lipPairs
    .map(([upper, lower]) => distance(point(mesh, upper), point(mesh, lower)))
    .sort((a, b) => a - b)
  return gaps[Math.floor(gaps.length / 2)] ?? 0
}

/** Turns one of Human's face results into the app's plain landmarks. Needs the 478-point mesh (iris on). */
export function toDetectedFace(face: HumanFace): DetectedFace {
  const { mesh } = face
  const irisA = point(mesh, MESH.irisA)
  const irisB = point(mesh, MESH.irisB)
  const opennessA = openness(mesh, MESH.eyeA)
  const opennessB = openness(mesh, MESH.eyeB)
  const aIsLeft = irisA.x <= irisB.x
  const eyes: [Point, Point] = aIsLeft ? [irisA, irisB] : [irisB, irisA]
  const eyeOpenness: [number, number] = aIsLeft ? [opennessA, opennessB] : [opennessB, opennessA]
  const m = MESH.mouth
  const mouthWidth = distance(point(mesh, m.innerLeft), point(mesh, m.innerRight))
  const eyeDistance = distance(eyes[0], eyes[1])
  const [x, y, width, height] = face.box
  const angle = face.rotation?.angle
  return {
    score: face.score,
    box: { left: x, top: y, width, height },
    eyes,
    forehead: point(mesh, MESH.forehead),
    chin: point(mesh, MESH.chin),
    noseTip: point(mesh, MESH.noseTip),
    eyeOpenness,
    mouthOpenness: mouthWidth > 0 ? lipGap(mesh) / mouthWidth : 0,
    mouthWidthRatio:
      eyeDistance > 0 ? distance(point(mesh, m.outerLeft), point(mesh, m.outerRight)) / eyeDistance : 0,
    pose: {
      // Roll straight from the eye line: the most direct measure there is.
      roll: Math.atan2(eyes[1].y - eyes[0].y, eyes[1].x - eyes[0].x) * DEGREES,
      yaw: angle ? angle.yaw * DEGREES : 0,
      pitch: angle ? angle.pitch * DEGREES - PITCH_BIAS_DEGREES : 0
    },
    outline: (face.annotations['silhouette'] ?? []).map(([px, py]) => ({ x: px, y: py }))
  }
}
