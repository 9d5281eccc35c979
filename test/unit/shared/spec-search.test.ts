import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { foldText, searchSpecs } from '../../../electron/shared/spec-search'

const LIST = [
  { specCode: 'us-passport', name: 'US Passport' },
  { specCode: 'uk-passport', name: 'United Kingdom Passport' },
  { specCode: 'ci-id-card', name: "Côte d'Ivoire ID card" },
  { specCode: 'de-personalausweis', name: 'Germany ID Card (Personalausweis)' },
  { specCode: 'schengen-visa', name: 'Schengen Visa' },
  { specCode: 'us-visa', name: 'US Visa' }
]

describe('searchSpecs', () => {
  it('matches the name case- and accent-insensitively', () => {
    expect(searchSpecs(LIST, 'cote ivoire').map((s) => s.specCode)).toEqual(['ci-id-card'])
    expect(searchSpecs(LIST, "COTE D'IVOIRE").map((s) => s.specCode)).toEqual(['ci-id-card'])
    expect(searchSpecs(LIST, 'côte').map((s) => s.specCode)).toEqual(['ci-id-card'])
  })

  it('matches the code, and every word must match (country + document)', () => {
    expect(searchSpecs(LIST, 'us visa').map((s) => s.specCode)).toEqual(['us-visa'])
    expect(searchSpecs(LIST, 'uk-passport').map((s) => s.specCode)).toEqual(['uk-passport'])
    expect(searchSpecs(LIST, 'passport').map((s) => s.specCode)).toEqual(['us-passport', 'uk-passport'])
    expect(searchSpecs(LIST, 'id card').map((s) => s.specCode)).toEqual(['ci-id-card', 'de-personalausweis'])
  })

  it('matches word starts only, so a short country code does not match inside other names', () => {
    const list = [
      { specCode: 'au-passport', name: 'Australia Passport' },
      { specCode: 'russia-visa', name: 'Russia Visa' },
      { specCode: 'us-visa', name: 'US Visa' }
    ]
    expect(searchSpecs(list, 'us').map((s) => s.specCode)).toEqual(['us-visa'])
    expect(searchSpecs(list, 'aus pass').map((s) => s.specCode)).toEqual(['au-passport'])
  })

  it('ranks the exact code and whole words before word starts', () => {
    const list = [
      { specCode: 'pc-1', name: 'Passports and cards' },
      { specCode: 'us-passport', name: 'US Passport' }
    ]
    expect(searchSpecs(list, 'passport').map((s) => s.specCode)).toEqual(['us-passport', 'pc-1'])
    expect(searchSpecs(list, 'pc-1')[0]?.specCode).toBe('pc-1')
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
    const specs = JSON.parse(readFileSync(join(__dirname, '../../fixtures/idphoto-specs.json'), 'utf8')).map(
      (s: { specCode: string; specCodeName: string }) => ({ specCode: s.specCode, name: s.specCodeName })
    ) as {
      specCode: string
      name: string
    }[]
    expect(specs.length).toBeGreaterThan(290)
    const hits = searchSpecs(specs, 'passport')
    expect(hits.length).toBeGreaterThan(10)
    expect(hits.every((s) => foldText(`${s.name} ${s.specCode}`).includes('passport'))).toBe(true)
    expect(searchSpecs(specs, 'us-passport')[0]?.specCode).toBe('us-passport')
  })
})

describe('searchSpecs ranks the exact country and document first', () => {
  const specs = (
    JSON.parse(readFileSync(join(__dirname, '../../fixtures/idphoto-specs.json'), 'utf8')) as {
      specCode: string
      specCodeName: string
    }[]
  ).map((s) => ({ specCode: s.specCode, name: s.specCodeName }))
  const codes = (query: string, options?: Parameters<typeof searchSpecs>[2]) =>
    searchSpecs(specs, query, options).map((s) => s.specCode)

  it('"US Passport" puts us-passport before the six other specs the service also names "US Passport"', () => {
    const hits = codes('US Passport')
    expect(hits[0]).toBe('us-passport')
    for (const lookalike of ['2x2-inch', 'foto-2x2', 'riteaid-passport', 'us-ead', 'us-nursing-license']) {
      expect(hits).toContain(lookalike)
    }
  })

  it('finds the same first spec however the country and document are said', () => {
    for (const query of ['usa passport', 'passport us', 'united states passport', 'us-passport']) {
      expect(codes(query)[0], query).toBe('us-passport')
    }
    for (const query of ['UK passport', 'united kingdom passport', 'passport uk', 'great britain passport']) {
      expect(codes(query)[0], query).toBe('uk-passport')
    }
  })

  it('"UK passport" puts names that say passport before a code-only match (uk-baby-passport)', () => {
    const hits = codes('UK passport')
    const baby = hits.indexOf('uk-baby-passport')
    expect(baby).toBeGreaterThan(hits.indexOf('uk-passport'))
    expect(baby).toBeGreaterThan(hits.indexOf('uk-digital-passport'))
    expect(baby).toBeGreaterThan(hits.indexOf('uk-bno-digital'))
    // Still found: the code says passport, and the person may want exactly that one.
    expect(baby).toBeGreaterThan(-1)
  })

  it('lifts favourites and most used specs among equals, never above the exact match', () => {
    const boost = new Map([['riteaid-passport', 8]])
    const hits = codes('US Passport', { boost })
    expect(hits[0]).toBe('us-passport')
    expect(hits[1]).toBe('riteaid-passport')
    expect(codes('passport', { boost: new Map([['ukraine-passport', 8]]) })[0]).toBe('ukraine-passport')
  })
})
