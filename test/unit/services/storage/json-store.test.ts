import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { z } from 'zod'
import { JsonStore } from '../../../../electron/main/services/storage/json-store'

const Schema = z.object({ count: z.number(), names: z.array(z.string()) })

describe('JsonStore', () => {
  let dir: string
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'store-'))
  })
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  const make = (file = 'nested/prefs.json', onCorrupt?: (i: { movedTo: string }) => void) =>
    new JsonStore({
      path: join(dir, file),
      schema: Schema,
      fallback: () => ({ count: 0, names: [] }),
      now: () => 1234,
      ...(onCorrupt ? { onCorrupt } : {})
    })

  it('returns the fallback when the file does not exist yet', async () => {
    expect(await make().load()).toEqual({ count: 0, names: [] })
  })

  it('saves (creating the folder) and loads back the same value', async () => {
    const store = make()
    await store.save({ count: 3, names: ['a'] })
    expect(await make().load()).toEqual({ count: 3, names: ['a'] })
  })

  it('sets a file with broken JSON aside as .corrupt-<time> and falls back', async () => {
    const seen: string[] = []
    await writeFile(join(dir, 'p.json'), '{"count": 3, "na')
    const value = await make('p.json', (i) => seen.push(i.movedTo)).load()
    expect(value).toEqual({ count: 0, names: [] })
    expect((await readdir(dir)).sort()).toEqual(['p.json.corrupt-1234'])
    expect(await readFile(join(dir, 'p.json.corrupt-1234'), 'utf8')).toBe('{"count": 3, "na')
    expect(seen).toEqual([join(dir, 'p.json.corrupt-1234')])
  })

  it('treats valid JSON of the wrong shape as corrupt too', async () => {
    await writeFile(join(dir, 'p.json'), '{"count":"three"}')
    expect(await make('p.json').load()).toEqual({ count: 0, names: [] })
    expect(await readdir(dir)).toContain('p.json.corrupt-1234')
  })

  it('applies quick successive saves in order, so the last one wins', async () => {
    const store = make()
    await Promise.all([1, 2, 3, 4, 5].map((n) => store.save({ count: n, names: [] })))
    expect((await make().load()).count).toBe(5)
  })
})
