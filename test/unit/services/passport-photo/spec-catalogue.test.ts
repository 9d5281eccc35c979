import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { AppError } from '../../../../electron/shared/errors'
import {
  createSpecCatalogue,
  type SpecSource
} from '../../../../electron/main/services/passport-photo/spec-catalogue'
import {
  createSpecPreferences,
  mostUsedSpecs,
  MOST_USED_LIMIT,
  RECENT_LIMIT
} from '../../../../electron/main/services/passport-photo/spec-preferences'

/** A spec source that counts calls and can be switched "offline". */
function fakeSource() {
  const state = { online: true, listCalls: 0, detailCalls: 0, names: ['US Passport', 'UK Passport'] }
  const offline = () => new AppError('NETWORK', 'offline')
  const source: SpecSource = {
    async listSpecs() {
      state.listCalls++
      if (!state.online) throw offline()
      return state.names.map((n) => ({ specCode: n.toLowerCase().replace(' ', '-'), specCodeName: n }))
    },
    async getSpec(code) {
      state.detailCalls++
      if (!state.online) throw offline()
      return { specCode: code, specCodeName: code.toUpperCase(), photoSize: '2 x 2 in' }
    }
  }
  return { source, state }
}

describe('spec catalogue', () => {
  let dir: string
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'specs-'))
  })
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  it('fetches the list once, then serves it from disk even offline and after a restart', async () => {
    const { source, state } = fakeSource()
    const first = createSpecCatalogue({ source, dataDir: dir, now: () => 1000 })
    const fetched = await first.list()
    expect(fetched).toMatchObject({ fromCache: false, fetchedAt: 1000 })
    expect(fetched.specs.map((s) => s.specCode)).toEqual(['us-passport', 'uk-passport'])

    state.online = false
    const second = createSpecCatalogue({ source, dataDir: dir })
    const cached = await second.list()
    expect(cached).toMatchObject({ fromCache: true, fetchedAt: 1000 })
    expect(cached.specs).toEqual(fetched.specs)
    expect(state.listCalls).toBe(1)
    await expect(second.refresh()).rejects.toMatchObject({ code: 'NETWORK' })
    expect((await second.list()).specs).toEqual(fetched.specs) // a failed refresh keeps the cache
  })

  it('refresh() replaces the cached list', async () => {
    const { source, state } = fakeSource()
    const catalogue = createSpecCatalogue({ source, dataDir: dir })
    await catalogue.list()
    state.names = ['Schengen Visa']
    await catalogue.refresh()
    expect((await createSpecCatalogue({ source, dataDir: dir }).list()).specs).toEqual([
      { specCode: 'schengen-visa', specCodeName: 'Schengen Visa' }
    ])
  })

  it('details are cache-first and survive a restart offline', async () => {
    const { source, state } = fakeSource()
    const catalogue = createSpecCatalogue({ source, dataDir: dir })
    expect(await catalogue.details('us-passport')).toMatchObject({
      specCode: 'us-passport',
      photoSize: '2 x 2 in'
    })
    await catalogue.details('us-passport')
    expect(state.detailCalls).toBe(1)
    state.online = false
    const reopened = createSpecCatalogue({ source, dataDir: dir })
    expect(await reopened.details('us-passport')).toMatchObject({ specCode: 'us-passport' })
    await expect(reopened.details('uk-passport')).rejects.toMatchObject({ code: 'NETWORK' })
    state.online = true
    await reopened.details('us-passport', { refresh: true })
    expect(state.detailCalls).toBe(3)
  })

  it('tells which details it already keeps, without asking the service', async () => {
    const { source, state } = fakeSource()
    const catalogue = createSpecCatalogue({ source, dataDir: dir })
    expect(await catalogue.cachedDetails()).toEqual({})
    await catalogue.details('uk-passport')
    state.online = false
    const reopened = createSpecCatalogue({ source, dataDir: dir })
    expect(Object.keys(await reopened.cachedDetails())).toEqual(['uk-passport'])
    expect(state.detailCalls).toBe(1)
  })
})

describe('spec preferences', () => {
  let dir: string
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'prefs-'))
  })
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  it('toggles favourites and keeps recent specs most recent first, capped, with the last spec', async () => {
    const prefs = createSpecPreferences({ dataDir: dir })
    await prefs.toggleFavourite('us-passport')
    await prefs.toggleFavourite('uk-passport')
    await prefs.toggleFavourite('us-passport')
    for (let i = 0; i < RECENT_LIMIT + 3; i++) await prefs.markUsed(`spec-${i}`)
    await prefs.markUsed('spec-5')
    const got = await createSpecPreferences({ dataDir: dir }).get()
    expect(got.favourites).toEqual(['uk-passport'])
    expect(got.recent[0]).toBe('spec-5')
    expect(got.recent).toHaveLength(RECENT_LIMIT)
    expect(new Set(got.recent).size).toBe(RECENT_LIMIT)
    expect(got.recent[1]).toBe(`spec-${RECENT_LIMIT + 2}`)
    expect(got.lastSpec).toBe('spec-5')
  })

  it('counts uses: the most used specs, most first, ties to the more recent, at least two uses each', async () => {
    const prefs = createSpecPreferences({ dataDir: dir })
    const use = async (code: string, times: number) => {
      for (let i = 0; i < times; i++) await prefs.markUsed(code)
    }
    await use('us-passport', 5)
    await use('uk-passport', 2)
    await use('schengen-visa', 2)
    await use('once-only', 1)
    for (let i = 0; i < MOST_USED_LIMIT; i++) await use(`extra-${i}`, 3)
    const got = await createSpecPreferences({ dataDir: dir }).get()
    expect(got.uses['us-passport']).toBe(5)
    const most = mostUsedSpecs(got)
    expect(most).toHaveLength(MOST_USED_LIMIT)
    expect(most[0]).toBe('us-passport')
    expect(most).not.toContain('once-only')
    // Three uses each: the one used last comes first among them.
    expect(most[1]).toBe(`extra-${MOST_USED_LIMIT - 1}`)
  })

  it('reads a preferences file written before uses were counted, keeping its favourites', async () => {
    await mkdir(join(dir, 'specs'), { recursive: true })
    await writeFile(
      join(dir, 'specs', 'preferences.json'),
      JSON.stringify({ favourites: ['uk-passport'], recent: ['us-passport'], lastSpec: 'us-passport' })
    )
    const prefs = createSpecPreferences({ dataDir: dir })
    expect(await prefs.get()).toEqual({
      favourites: ['uk-passport'],
      recent: ['us-passport'],
      lastSpec: 'us-passport',
      uses: {}
    })
    expect(await readdir(join(dir, 'specs'))).toEqual(['preferences.json'])
  })

  it('does not lose a change when two arrive at once', async () => {
    const prefs = createSpecPreferences({ dataDir: dir })
    await Promise.all([prefs.toggleFavourite('a'), prefs.toggleFavourite('b'), prefs.markUsed('c')])
    const got = await createSpecPreferences({ dataDir: dir }).get()
    expect(got.favourites.sort()).toEqual(['a', 'b'])
    expect(got.lastSpec).toBe('c')
  })
})
