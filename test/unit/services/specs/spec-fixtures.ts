import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import {
  parseSpec,
  SpecDetailsSchema,
  type ParsedSpec,
  type SpecDetails
} from '../../../../electron/main/services/specs/spec-parse'

// What the spec-parse test files share: the real table of specs (test/fixtures/idphoto-specs.json) and ways to
// turn a row, or a few hand-written fields, into what the API answers.

export interface FixtureSpec {
  specCode: string
  specCodeName: string
  unit: string
  width: number
  height: number
  widthPx: number
  heightPx: number
  dpi: number
  headHeight: string
  eyeToBottom: string
  backgroundColorName: string
}

const fixturePath = fileURLToPath(new URL('../../../fixtures/idphoto-specs.json', import.meta.url))
export const fixtures = JSON.parse(readFileSync(fixturePath, 'utf8')) as FixtureSpec[]

/** Formats a fixture row the way the API answers getIdPhotoSpec: every field a string. */
export function asApiResponse(row: FixtureSpec): unknown {
  return {
    specCode: row.specCode,
    specCodeName: row.specCodeName,
    photoSizeUnit: row.unit,
    photoSize: `${row.width} x ${row.height} ${row.unit}`,
    photoPixel: `${row.widthPx} x ${row.heightPx} px`,
    photoDpi: `${row.dpi} DPI`,
    headHeight: row.headHeight,
    eyeToBottom: row.eyeToBottom,
    backgroundColor: row.backgroundColorName === 'white' ? '#FFFFFF' : '',
    backgroundColorName: row.backgroundColorName
  }
}

export function parseRow(code: string): ParsedSpec {
  const row = fixtures.find((candidate) => candidate.specCode === code)
  if (!row) throw new Error(`fixture ${code} missing`)
  return parseSpec(SpecDetailsSchema.parse(asApiResponse(row)))
}

export function details(overrides: Partial<SpecDetails>): SpecDetails {
  return SpecDetailsSchema.parse({
    specCode: 'test-spec',
    specCodeName: 'Test Spec',
    ...overrides
  })
}
