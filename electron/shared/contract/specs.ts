import { z } from 'zod'
import { channel } from './define'
import { noInput } from './common'
import { DESCRIBE_MAX } from '../spec-limits'

/** What tells look-alike specs apart on a row of the list: size and background colour. */
export interface SpecFacts {
  /** In the spec's own unit: "2 × 2 in", "35 × 45 mm", or "600 × 600 px" for a digital-only spec. */
  size: string | null
  digitalOnly: boolean
  background: { name: string; hex: string | null } | null
}

/** One entry of the spec list. */
export interface SpecSummary {
  specCode: string
  name: string
  /** Known once the spec's details have been read (they are kept); null until then. */
  facts: SpecFacts | null
}

/** The spec list as the browser shows it. */
export interface SpecList {
  specs: SpecSummary[]
  /** Epoch ms of the last successful fetch, or null when never fetched. */
  fetchedAt: number | null
  fromCache: boolean
}

/** A measured range from a spec, such as a head height of 1 to 1 3/8 inches or 37 % of the photo height. */
export interface SpecRange {
  min: number
  max: number
  unit: 'in' | 'mm' | 'px' | '%'
}

/** A photo spec with its strings turned into numbers. Anything that could not be read is null. */
export interface ParsedSpec {
  specCode: string
  name: string
  unit: 'in' | 'mm' | 'px' | null
  widthMm: number | null
  heightMm: number | null
  pixelWidth: number | null
  pixelHeight: number | null
  dpi: number | null
  /** True for a px-only spec or one without a physical size: it cannot be printed to scale. */
  digitalOnly: boolean
  headHeight: SpecRange | null
  eyeToBottom: SpecRange | null
  background: { hex: string | null; name: string }
}

/** Every field of getIdPhotoSpec, with numbers parsed where they could be. */
export interface SpecDetailsView extends ParsedSpec {
  /** The raw strings, exactly as the API sent them. */
  raw: Record<string, string>
  /** The smallest source photo the app accepts for this spec. */
  minimumSource: { width: number; height: number }
}

/** Sensitivity knob levels. */
export const sensitivityLevel = z.enum(['VERY_LOW', 'LOW', 'MEDIUM', 'HIGH', 'VERY_HIGH'])

/** The four documented sensitivity overrides. */
export const sensitivitySchema = z
  .object({
    ISSUE_FACE_LIGHT_NOT_BALANCE: sensitivityLevel,
    ISSUE_FACE_BRIGHTNESS_BAD: sensitivityLevel,
    ISSUE_HEAD_YAW_OVER_THRESHOLD: sensitivityLevel,
    ISSUE_HEAD_PITCH_OVER_THRESHOLD: sensitivityLevel
  })
  .partial()
  .strict()

/** Sensitivity overrides for one job. */
export type Sensitivity = z.infer<typeof sensitivitySchema>

/** Favourites, recent specs and per-spec sensitivity. */
export interface SpecPrefs {
  favourites: string[]
  recent: string[]
  /** The studio's most used specs, most used first (used at least twice). */
  mostUsed: string[]
  last: string | null
  sensitivityBySpec: Record<string, Sensitivity>
}

const specCode = z
  .string()
  .min(1)
  .max(100)
  .regex(/^[A-Za-z0-9._-]+$/, 'A spec code has letters, digits, dots, dashes and underscores only.')

/** Spec channels. */
export const specsChannels = {
  'specs:list': channel<SpecList>()(z.object({ refresh: z.boolean().optional() }).strict()),
  'specs:details': channel<SpecDetailsView>()(
    z.object({ specCode, refresh: z.boolean().optional() }).strict()
  ),
  /** Size and background of the specs on screen, read (and kept) on demand; null where the service had none. */
  'specs:describe': channel<Record<string, SpecFacts | null>>()(
    z.object({ specCodes: z.array(specCode).min(1).max(DESCRIBE_MAX) }).strict()
  ),
  'specs:get-prefs': channel<SpecPrefs>()(noInput),
  'specs:toggle-favourite': channel<SpecPrefs>()(z.object({ specCode }).strict()),
  'specs:set-sensitivity': channel<SpecPrefs>()(
    z.object({ specCode, sensitivity: sensitivitySchema }).strict()
  )
}

export { specCode as specCodeSchema }
