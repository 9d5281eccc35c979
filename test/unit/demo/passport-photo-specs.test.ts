import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { DEMO_CREDENTIALS } from '../../../electron/main/demo'
import type { SpecEntry } from '../../../electron/main/demo/passport-photo/spec-catalogue'
import type { DemoTestServer } from './demo-test-server'
import { useDemoTestServer } from './demo-test-server'

const creds = DEMO_CREDENTIALS.passportPhoto
let t: DemoTestServer

useDemoTestServer((server) => {
  t = server
})

async function spec(specCode: string): Promise<Record<string, string>> {
  const res = await t.postJson('/v2/getIdPhotoSpec', { ...creds, specCode })
  expect(res.status).toBe(200)
  return (await res.json()) as Record<string, string>
}

describe('listIdPhotoSpecCode', () => {
  it('lists all 297 specs as { specCode, specCodeName } with a total', async () => {
    const res = await t.postJson('/v2/listIdPhotoSpecCode', creds)
    const body = (await res.json()) as {
      results: { specCode: string; specCodeName: string }[]
      total: number
    }
    expect(body.total).toBe(297)
    expect(body.results).toHaveLength(297)
    expect(body.results).toContainEqual({ specCode: 'us-passport', specCodeName: 'US Passport' })
    for (const r of body.results) expect(Object.keys(r).sort()).toEqual(['specCode', 'specCodeName'])
  })
})

describe('getIdPhotoSpec', () => {
  it('answers the documented string fields for us-passport', async () => {
    expect(await spec('us-passport')).toEqual({
      specCode: 'us-passport',
      specCodeName: 'US Passport',
      photoSizeUnit: 'in',
      photoSize: '2 x 2 in',
      photoPixel: '600 x 600 px',
      photoDpi: '300 DPI',
      headHeight: '1 - 1 3/8',
      eyeToBottom: '1 1/8 - 1 3/8',
      backgroundColor: '#FFFFFF',
      backgroundColorName: 'white',
      recency: '6 months',
      expression: 'NEUTRAL',
      color: 'IN_COLOR',
      glasses: 'NOT_ALLOWED',
      eyesAndEars: 'VISIBLE_NO_HIDE'
    })
  })

  it('keeps the quirks of the data: mm, px, dpi 0, "gery" and an empty background name', async () => {
    const entries = JSON.parse(readFileSync(path.resolve('resources/demo/specs.json'), 'utf8')) as SpecEntry[]
    const schengen = await spec('schengen-visa')
    expect(schengen).toMatchObject({
      photoSizeUnit: 'mm',
      photoSize: '35 x 45 mm',
      photoPixel: '413 x 531 px'
    })
    const px = await spec('ireland-digital-passport')
    expect(px).toMatchObject({ photoSizeUnit: 'px', photoPixel: '715 x 951 px', headHeight: '740-845' })
    expect((await spec('franch-driver')).photoDpi).toBe('0 DPI')
    const gery = entries.find((e) => e.backgroundColorName === 'gery')
    const empty = entries.find((e) => e.backgroundColorName === '')
    if (!gery || !empty) throw new Error('specs.json lost its quirks')
    const g = await spec(gery.specCode)
    expect(g.backgroundColorName).toBe('gery')
    // A light grey, the same as the correctly spelled "grey".
    const grey = entries.find((e) => e.backgroundColorName === 'grey')
    expect(g.backgroundColor).toBe((await spec(grey?.specCode ?? '')).backgroundColor)
    for (const channel of [1, 3, 5])
      expect(parseInt(g.backgroundColor?.slice(channel, channel + 2) ?? '', 16)).toBeGreaterThan(0xc0)
    expect((await spec(empty.specCode)).backgroundColor).toBe('')
    const blue = entries.find((e) => e.backgroundColorName === 'blue')
    if (blue) expect((await spec(blue.specCode)).backgroundColor).toMatch(/^#[0-9A-F]{6}$/)
  })

  it('has every detail field as a string for every spec', async () => {
    const list = (await (await t.postJson('/v2/listIdPhotoSpecCode', creds)).json()) as {
      results: { specCode: string }[]
    }
    for (const { specCode } of list.results.slice(0, 40)) {
      const details = await spec(specCode)
      expect(Object.keys(details)).toHaveLength(15)
      for (const value of Object.values(details)) expect(typeof value).toBe('string')
    }
  })
})
