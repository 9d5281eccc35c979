import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  localDate,
  numberedName,
  sanitiseNamePart,
  saveFileName
} from '../../../../electron/main/services/files/save-name'
import {
  firstFreeName,
  saveNoClobber,
  saveWithDialog
} from '../../../../electron/main/services/files/save-file'
import type { Dialogs } from '../../../../electron/main/services/platform'

const DAY = new Date(2026, 11, 3, 10, 30).getTime()
const bytes = (text: string) => new TextEncoder().encode(text)

let folder: string
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'save-name-'))
})
afterEach(() => rmSync(folder, { recursive: true, force: true }))

describe('the one naming rule', () => {
  it('is <customer>_<spec-code>[-kind]_<yyyy-mm-dd>.<ext> for every kind of file', () => {
    const base = { customer: 'Jane Doe', specCode: 'us-passport', date: DAY }
    expect(saveFileName({ ...base, extension: 'jpg' })).toBe('Jane-Doe_us-passport_2026-12-03.jpg')
    expect(saveFileName({ ...base, kind: 'check-report', extension: 'pdf' })).toBe(
      'Jane-Doe_us-passport-check-report_2026-12-03.pdf'
    )
    expect(saveFileName({ ...base, kind: 'sheet', extension: 'PDF' })).toBe(
      'Jane-Doe_us-passport-sheet_2026-12-03.pdf'
    )
    expect(saveFileName({ customer: null, specCode: 'uk-passport', date: DAY, extension: 'jpg' })).toBe(
      'customer_uk-passport_2026-12-03.jpg'
    )
    expect(localDate(DAY)).toBe('2026-12-03')
  })

  it('keeps letters of every script in NFC, and drops path characters, separators and reserved names', () => {
    const decomposed = 'Mu\u0308ller'
    expect(sanitiseNamePart(decomposed, 'x')).toBe('Müller')
    expect(sanitiseNamePart(decomposed, 'x')).toBe('Müller'.normalize('NFC'))
    expect(sanitiseNamePart('李 小龍', 'x')).toBe('李-小龍')
    expect(sanitiseNamePart('../../etc/passwd', 'x')).toBe('etcpasswd')
    expect(sanitiseNamePart('C:\\Users\\a_b', 'x')).toBe('CUsersa-b')
    expect(sanitiseNamePart('a\u0000b|c?*', 'x')).toBe('abc')
    expect(sanitiseNamePart('CON', 'x')).toBe('CON-')
    expect(sanitiseNamePart(' ... ', 'fallback')).toBe('fallback')
    expect(saveFileName({ customer: 'a/b', specCode: '../x', date: DAY, extension: 'j/pg' })).toBe(
      'ab_x_2026-12-03.jpg'
    )
  })

  it('numbers a taken name before its extension', () => {
    expect(numberedName('a_b_2026-12-03.jpg', 1)).toBe('a_b_2026-12-03.jpg')
    expect(numberedName('a_b_2026-12-03.jpg', 2)).toBe('a_b_2026-12-03_2.jpg')
    expect(numberedName('noext', 3)).toBe('noext_3')
  })
})

describe('saving without overwriting (real files in a temp folder)', () => {
  const name = 'Jane-Doe_us-passport_2026-12-03.jpg'

  it('two saves in a row keep both files, the second numbered', async () => {
    const first = await saveNoClobber(folder, name, bytes('one'))
    const second = await saveNoClobber(folder, name, bytes('two'))
    expect(basename(first)).toBe(name)
    expect(basename(second)).toBe('Jane-Doe_us-passport_2026-12-03_2.jpg')
    expect(readFileSync(first, 'utf8')).toBe('one')
    expect(readFileSync(second, 'utf8')).toBe('two')
  })

  it('a race of saves at once gives each its own file, and none is lost', async () => {
    const paths = await Promise.all(
      Array.from({ length: 8 }, (_, i) => saveNoClobber(folder, name, bytes(`save ${i}`)))
    )
    expect(new Set(paths).size).toBe(8)
    expect(readdirSync(folder)).toHaveLength(8)
    const contents = paths.map((p) => readFileSync(p, 'utf8')).sort()
    expect(contents).toEqual(Array.from({ length: 8 }, (_, i) => `save ${i}`).sort())
  })

  it('firstFreeName skips the names already in the folder', async () => {
    expect(await firstFreeName(folder, name)).toBe(name)
    writeFileSync(join(folder, name), 'x')
    writeFileSync(join(folder, numberedName(name, 2)), 'x')
    expect(await firstFreeName(folder, name)).toBe('Jane-Doe_us-passport_2026-12-03_3.jpg')
  })
})

describe('saveWithDialog', () => {
  const name = 'Jane-Doe_us-passport-sheet_2026-12-03.pdf'
  const options = (over: Partial<Parameters<typeof saveWithDialog>[1]> = {}) => ({
    title: 'Save',
    folder,
    name,
    filters: [],
    bytes: () => bytes('new'),
    ...over
  })

  it('a native dialog is offered a name not yet taken in the folder; a file it chose is replaced whole', async () => {
    writeFileSync(join(folder, name), 'earlier')
    const offered: string[] = []
    const native: Dialogs = {
      chooseFolder: async () => null,
      chooseSavePath: async (_t, suggested) => {
        offered.push(suggested)
        return suggested
      }
    }
    const path = await saveWithDialog(native, options())
    expect(offered).toEqual([join(folder, 'Jane-Doe_us-passport-sheet_2026-12-03_2.pdf')])
    expect(path).toBe(offered[0])
    expect(readFileSync(join(folder, name), 'utf8')).toBe('earlier')
    // The person chose the taken name in the dialog, which asked them: it is replaced.
    const chosen = { ...native, chooseSavePath: async () => join(folder, name) }
    await saveWithDialog(chosen, options())
    expect(readFileSync(join(folder, name), 'utf8')).toBe('new')
  })

  it('with no real dialog (browser build), a second and a racing save are numbered, never overwriting', async () => {
    const browser: Dialogs = {
      asksBeforeReplacing: false,
      chooseFolder: async () => null,
      chooseSavePath: async (_t, suggested) => join(folder, basename(suggested))
    }
    await saveWithDialog(browser, options({ bytes: () => bytes('first') }))
    await saveWithDialog(browser, options({ bytes: () => bytes('second') }))
    await Promise.all([
      saveWithDialog(browser, options({ bytes: () => bytes('third') })),
      saveWithDialog(browser, options({ bytes: () => bytes('fourth') }))
    ])
    const files = readdirSync(folder).sort()
    expect(files).toHaveLength(4)
    expect(readFileSync(join(folder, name), 'utf8')).toBe('first')
    const all = files.map((f) => readFileSync(join(folder, f), 'utf8')).sort()
    expect(all).toEqual(['first', 'fourth', 'second', 'third'])
  })

  it('cancelling writes nothing', async () => {
    const cancel: Dialogs = { chooseFolder: async () => null, chooseSavePath: async () => null }
    expect(await saveWithDialog(cancel, options())).toBeNull()
    expect(readdirSync(folder)).toEqual([])
  })
})
