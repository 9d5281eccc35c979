import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { foldText, searchSpecs } from '../../../../electron/main/services/passport-photo/spec-search'

const LIST = [
  { specCode: 'us-passport', specCodeName: 'US Passport' },
  { specCode: 'uk-passport', specCodeName: 'United Kingdom Passport' },
  { specCode: 'ci-id-card', specCodeName: "Côte d'Ivoire ID card" },
  { specCode: 'de-personalausweis', specCodeName: 'Germany ID Card (Personalausweis)' },
  { specCode: 'schengen-visa', specCodeName: 'Schengen Visa' },
  { specCode: 'us-visa', specCodeName: 'US Visa' }
]

describe('searchSpecs', () => {
  it('matches the name case- and accent-insensitively', () => {
    expect(searchSpecs(LIST, 'cote divoire').map((s) => s.specCode)).toEqual(['ci-id-card'])
    expect(searchSpecs(LIST, "COTE D'IVOIRE").map((s) => s.specCode)).toEqual(['ci-id-card'])
    expect(searchSpecs(LIST, 'côte').map((s) => s.specCode)).toEqual(['ci-id-card'])
  })

  it('matches the code, and every word must match (country + document)', () => {
    expect(searchSpecs(LIST, 'us visa').map((s) => s.specCode)).toEqual(['us-visa'])
    expect(searchSpecs(LIST, 'uk-passport').map((s) => s.specCode)).toEqual(['uk-passport'])
    expect(searchSpecs(LIST, 'passport').map((s) => s.specCode)).toEqual(['us-passport', 'uk-passport'])
    expect(searchSpecs(LIST, 'id card').map((s) => s.specCode)).toEqual(['ci-id-card', 'de-personalausweis'])
  })

  it('ranks whole-word and exact-code matches before partial ones', () => {
    const list = [
      { specCode: 'russia-visa', specCodeName: 'Russia Visa' },
      { specCode: 'us-visa', specCodeName: 'US Visa' }
    ]
    expect(searchSpecs(list, 'us').map((s) => s.specCode)).toEqual(['us-visa', 'russia-visa'])
  })

  it('knows a few country aliases', () => {
    expect(searchSpecs(LIST, 'usa passport').map((s) => s.specCode)).toEqual(['us-passport'])
    expect(searchSpecs(LIST, 'uk').map((s) => s.specCode)).toContain('uk-passport')
  })

  it('returns the whole list for an empty query', () => {
    expect(searchSpecs(LIST, '  ')).toHaveLength(LIST.length)
  })

  it('folds text consistently', () => {
    expect(foldText('  Ñandú—Perú ')).toBe('nandu peru')
  })

  it('searches the real 297-spec list (test/fixtures) and finds the US passport', () => {
    const specs = JSON.parse(
      readFileSync(join(__dirname, '../../../fixtures/idphoto-specs.json'), 'utf8')
    ) as { specCode: string; specCodeName: string }[]
    expect(specs.length).toBeGreaterThan(290)
    const hits = searchSpecs(specs, 'passport')
    expect(hits.length).toBeGreaterThan(10)
    expect(hits.every((s) => foldText(`${s.specCodeName} ${s.specCode}`).includes('passport'))).toBe(true)
    expect(searchSpecs(specs, 'us-passport')[0]?.specCode).toBe('us-passport')
  })
})
