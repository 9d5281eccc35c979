import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { specFacts } from '../../../electron/main/services/specs/spec-facts'
import { parseSpec } from '../../../electron/main/services/specs/spec-parse'
import type { SpecFacts } from '../../../electron/shared/contract'
import { startTestApp, type TestApp } from '../helpers/app-context'

describe('spec facts on each row', () => {
  it('says the size in the spec’s own unit and the background', () => {
    const inch = parseSpec({
      specCode: 'us-passport',
      specCodeName: 'US Passport',
      photoSizeUnit: 'in',
      photoSize: '2 x 2 in',
      photoPixel: '600 x 600 px',
      backgroundColor: '#FFFFFF',
      backgroundColorName: 'white'
    })
    expect(specFacts(inch)).toEqual({
      size: '2 × 2 in',
      digitalOnly: false,
      background: { name: 'white', hex: '#FFFFFF' }
    })
    const mm = parseSpec({ specCode: 'x', photoSizeUnit: 'mm', photoSize: '35 x 45 mm' })
    expect(specFacts(mm).size).toBe('35 × 45 mm')
    expect(specFacts(mm).background).toBeNull()
    const px = parseSpec({
      specCode: 'y',
      photoSizeUnit: 'px',
      photoSize: '600 x 750 px',
      photoPixel: '600 x 750 px'
    })
    expect(specFacts(px)).toMatchObject({ size: '600 × 750 px', digitalOnly: true })
  })
})

describe('specs:describe and specs:list (demo service)', () => {
  let app: TestApp
  beforeEach(async () => {
    app = await startTestApp()
  })
  afterEach(() => app.close())

  it('tells the seven specs named "US Passport" apart, and the list carries what is known', async () => {
    const list = await app.call('specs:list', {})
    const alike = list.specs.filter((s) => s.name === 'US Passport').map((s) => s.specCode)
    expect(alike.length).toBeGreaterThanOrEqual(7)
    expect(list.specs.every((s) => s.facts === null)).toBe(true)

    const facts = (await app.call('specs:describe', { specCodes: alike })) as Record<string, SpecFacts | null>
    expect(Object.keys(facts).sort()).toEqual([...alike].sort())
    expect(facts['us-passport']).toMatchObject({ size: '2 × 2 in', background: { name: 'white' } })
    // Same name, not the same spec: the rows differ in size, background or code.
    const shown = new Set(
      alike.map((code) => `${code} ${facts[code]?.size} ${facts[code]?.background?.name}`)
    )
    expect(shown.size).toBe(alike.length)

    const again = await app.call('specs:list', {})
    expect(again.specs.find((s) => s.specCode === 'us-passport')?.facts).toEqual(facts['us-passport'])
  })

  it('answers null for a spec the service does not know, and still describes the others', async () => {
    const facts = (await app.call('specs:describe', {
      specCodes: ['no-such-spec', 'uk-passport']
    })) as Record<string, SpecFacts | null>
    expect(facts['no-such-spec']).toBeNull()
    expect(facts['uk-passport']?.size).toMatch(/mm|in/)
  })
})
