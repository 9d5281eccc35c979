import { parseSpec, SpecDetailsSchema, type ParsedSpec } from '../../electron/main/services/specs/spec-parse'

/** US Passport as getIdPhotoSpec describes it (2 × 2 in, 600 × 600 px, 300 dpi), parsed. */
export const US_PASSPORT: ParsedSpec = parseSpec(
  SpecDetailsSchema.parse({
    specCode: 'us-passport',
    specCodeName: 'US Passport',
    photoSizeUnit: 'in',
    photoSize: '2 x 2 in',
    photoPixel: '600 x 600 px',
    photoDpi: '300 DPI'
  })
)
