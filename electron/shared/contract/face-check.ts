import { z } from 'zod'
import { DEFAULT_HOLDS, FINDING_CODES, WARNING_CODES, type WarningCode } from '../face-codes'

/**
 * The local face check as it crosses the IPC and as it is kept on a job: what the pre-flight found before any
 * quota was spent, the operator's decision, and the app's own post-check of the returned photo. Plain data; the
 * services that make it are in main (services/face).
 */

export {
  DEFAULT_HOLDS,
  FINDING_CODES,
  REFUSAL_CODES,
  WARNING_CODES,
  type FindingCode,
  type WarningCode
} from '../face-codes'

// Each warning has its own default, so a section written before a warning existed loads with that warning's
// default and keeps the operator's other choices (the settings loader repairs field by field only inside plain
// objects).
const holdsShape = Object.fromEntries(
  WARNING_CODES.map((code) => [code, z.boolean().default(DEFAULT_HOLDS[code])])
) as { [C in WarningCode]: z.ZodDefault<z.ZodBoolean> }

/** The `faceChecks` settings section: per warning, whether it holds the job (true) or only shows (false). */
export const faceChecksSettingsSchema = z.object({ hold: z.object(holdsShape) })

/** A change of the `faceChecks` section: only the warnings named change. */
export const faceChecksUpdateSchema = z
  .object({
    hold: z
      .object(
        Object.fromEntries(WARNING_CODES.map((code) => [code, z.boolean().optional()])) as {
          [C in WarningCode]: z.ZodOptional<z.ZodBoolean>
        }
      )
      .strict()
  })
  .strict()

/** The `faceChecks` settings section. */
export type FaceChecksSettings = z.infer<typeof faceChecksSettingsSchema>

/** The defaults of the `faceChecks` section. */
export function defaultFaceChecksSettings(): FaceChecksSettings {
  return { hold: { ...DEFAULT_HOLDS } }
}

/** The `studio` settings section: the studio's name, printed on check reports (left off when empty). */
export const studioSettingsSchema = z.object({ name: z.string().trim().max(120) })

/** The `studio` settings section. */
export type StudioSettings = z.infer<typeof studioSettingsSchema>

const pixels = z.number().finite()
const rectSchema = z.object({ left: pixels, top: pixels, width: pixels, height: pixels })
const pointSchema = z.object({ x: pixels, y: pixels })

/** A rectangle in a photo's pixels. */
export type RectView = z.infer<typeof rectSchema>

/** One thing the local check found, in plain words, with what to do. */
export const findingSchema = z.object({
  code: z.enum(FINDING_CODES),
  kind: z.enum(['refusal', 'warning']),
  message: z.string(),
  advice: z.string(),
  relatedIssue: z.string().optional(),
  /** For MULTIPLE_FACES: every face's box in the checked photo's pixels, largest first. */
  faces: z.array(rectSchema).optional()
})

/** One finding. */
export type FindingView = z.infer<typeof findingSchema>

/** What the pre-flight overlay draws, in the checked photo's pixels. */
export const faceOverlaySchema = z.object({
  width: pixels,
  height: pixels,
  faces: z.array(rectSchema),
  eyes: z.tuple([pointSchema, pointSchema]).nullable(),
  chinY: pixels.nullable(),
  crownY: pixels.nullable(),
  crownMethod: z.enum(['background-scan', 'ratio', 'cut-off']).nullable()
})

/** The pre-flight overlay. */
export type FaceOverlayView = z.infer<typeof faceOverlaySchema>

/** Why a job is held for the operator (see job-rules.ts holdFor). */
export const holdSchema = z.object({
  refusals: z.array(z.string()),
  warnings: z.array(z.string()),
  unchecked: z.boolean()
})

/** The local check of the photo as it would be uploaded, kept on the job. */
export const faceCheckSchema = z.object({
  /** When it was checked (epoch ms). */
  at: z.number(),
  /** True when the face engine could not run: the photo was not checked (`message` says so). */
  unchecked: z.boolean(),
  message: z.string().optional(),
  /** Refusals first, then warnings. */
  findings: z.array(findingSchema),
  overlay: faceOverlaySchema.nullable(),
  /** With several faces: the crop for each face (the same order as the finding's boxes), in the checked photo. */
  faceCrops: z.array(rectSchema).optional(),
  /** What held the job; absent when it went on to the service. */
  hold: holdSchema.optional()
})

/** The local pre-flight check of a job. */
export type FaceCheckView = z.infer<typeof faceCheckSchema>

/** The operator's "Send anyway": which warnings they accepted, an unchecked face, and when. */
export const sendAnywaySchema = z.object({
  warnings: z.array(z.string()),
  unchecked: z.boolean(),
  at: z.number()
})

/** The operator's pick among several faces: which one (largest first), its crop of the upload, and when. */
export const faceChoiceSchema = z.object({ index: z.number().int().min(0), crop: rectSchema, at: z.number() })

const criterionSchema = z.object({
  id: z.enum([
    'head-height',
    'eye-line',
    'head-centred',
    'background-uniform',
    'background-colour',
    'colour'
  ]),
  status: z.enum(['pass', 'fail', 'no-spec-numbers', 'not-measured']),
  measured: z.number().nullable(),
  allowed: z.object({ min: z.number(), max: z.number() }).nullable(),
  unit: z.enum(['in', 'mm', 'px', '%', 'rgb', 'share', 'chroma']),
  /** "Head 1.16 in (1–1 3/8) ✓" */
  display: z.string(),
  method: z.string()
})

/** One measured criterion of the post-check. */
export type CriterionView = z.infer<typeof criterionSchema>

/**
 * The app's own measurement of the returned photo against the spec's numbers, kept apart from the service's issue
 * codes. `measured`: see verdict and criteria. `unavailable`: the engine could not run (never a pass).
 * `after-unlock`: a watermarked preview is measured once its final photo is unlocked.
 */
export const appCheckSchema = z.object({
  source: z.literal('app-measurement'),
  at: z.number(),
  status: z.enum(['measured', 'unavailable', 'after-unlock']),
  message: z.string().optional(),
  verdict: z.enum(['pass', 'fail', 'not-checked']),
  specHasNumbers: z.boolean(),
  specConflict: z.string().nullable(),
  criteria: z.array(criterionSchema),
  overlay: z
    .object({
      width: pixels,
      height: pixels,
      lines: z.array(
        z.object({
          id: z.enum(['crown', 'chin', 'eye-line', 'centre']),
          y: pixels.optional(),
          x: pixels.optional()
        })
      ),
      bands: z.array(
        z.object({
          id: z.enum(['crown-band', 'eye-band', 'centre-band']),
          from: pixels,
          to: pixels,
          axis: z.enum(['x', 'y'])
        })
      )
    })
    .nullable(),
  crownMethod: z.enum(['background-scan', 'ratio', 'cut-off']).nullable()
})

/** The app's own post-check of a job's photo. */
export type AppCheckView = z.infer<typeof appCheckSchema>
