import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser'
import { createIntl } from '@formatjs/intl'
import { describe, expect, it } from 'vitest'
import { catalogue, namespaces, type MessageId } from '../../../electron/shared/i18n/messages'
import { messagesFor } from '../../../electron/shared/i18n/translate'

// The checks that keep the catalogue complete (issue 13): the same keys in both languages, every key used,
// every message valid ICU that formats, the same placeholders in both languages, and French typography.

const root = join(import.meta.dirname, '../../..')
const en = catalogue.en
const fr = catalogue.fr
const ids = Object.keys(en) as MessageId[]

/** Every argument and tag a message uses, with a number's or date's style ("count", "factor ::.000", "<strong>"). */
function argumentsOf(elements: MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const element of elements) {
    if (element.type === TYPE.literal || element.type === TYPE.pound) continue
    if (element.type === TYPE.tag) {
      into.add(`<${element.value}>`)
      argumentsOf(element.children, into)
      continue
    }
    // A plural is a number too: English may say "{count, number} queued" where French needs a plural.
    const kind = element.type === TYPE.plural ? 'number' : TYPE[element.type]
    const styled = element.type === TYPE.number || element.type === TYPE.date || element.type === TYPE.time
    const style = styled && element.style ? JSON.stringify(element.style) : ''
    into.add(`${element.value} ${kind === 'select' || kind === 'argument' ? '' : kind} ${style}`)
    if (element.type === TYPE.select || element.type === TYPE.plural)
      for (const option of Object.values(element.options)) argumentsOf(option.value, into)
  }
  return into
}

/** Values that exercise a message: each select's first case, plurals at 1 and 5, numbers, dates, tags. */
function sampleValues(elements: MessageFormatElement[], plural: number, text: string) {
  const values: Record<string, unknown> = {}
  const walk = (list: MessageFormatElement[]) => {
    for (const element of list) {
      if (element.type === TYPE.literal || element.type === TYPE.pound) continue
      if (element.type === TYPE.tag) {
        values[element.value] = (chunks: string[]) => chunks.join('')
        walk(element.children)
      } else if (element.type === TYPE.select) {
        values[element.value] ??= Object.keys(element.options).find((k) => k !== 'other') ?? 'other'
        for (const option of Object.values(element.options)) walk(option.value)
      } else if (element.type === TYPE.plural) {
        values[element.value] = plural
        for (const option of Object.values(element.options)) walk(option.value)
      } else if (element.type === TYPE.number) values[element.value] ??= 3.5
      else if (element.type === TYPE.date || element.type === TYPE.time) values[element.value] ??= new Date()
      else values[element.value] ??= text
    }
  }
  walk(elements)
  return values
}

function format(
  locale: string,
  messages: Record<string, string>,
  id: string,
  values: Record<string, unknown>
) {
  const errors: string[] = []
  const intl = createIntl({ locale, messages, onError: (e) => errors.push(e.message) })
  const out = intl.formatMessage({ id }, values as Record<string, string>)
  return { out: Array.isArray(out) ? out.join('') : String(out), errors }
}

describe('the message catalogue', () => {
  it('has the same keys in English and French, each in the namespace it is filed under', () => {
    for (const language of ['en', 'fr'] as const) {
      for (const [name, messages] of Object.entries(namespaces[language])) {
        const outside = Object.keys(messages).filter((key) => !key.startsWith(`${name}.`))
        expect(outside, `${language}/${name}`).toEqual([])
      }
    }
    expect(
      Object.keys(fr).filter((id) => !(id in en)),
      'in French only'
    ).toEqual([])
    expect(
      ids.filter((id) => !(id in fr)),
      'missing in French'
    ).toEqual([])
    expect(
      ids.filter((id) => en[id].trim() === '' || fr[id].trim() === ''),
      'empty'
    ).toEqual([])
  })

  it('has every message compile as ICU in both languages and the pseudo-locale', () => {
    const broken: string[] = []
    for (const [language, messages] of Object.entries({ ...catalogue, pseudo: messagesFor('pseudo') })) {
      for (const [id, message] of Object.entries(messages)) {
        try {
          parse(message)
        } catch (error) {
          broken.push(`${language} ${id}: ${(error as Error).message}`)
        }
      }
    }
    expect(broken).toEqual([])
  })

  it('formats every message, plurals at 1 and 5, with no error, in en-US, fr-FR and the pseudo-locale', () => {
    const failures: string[] = []
    const sets = [
      ['en-US', en],
      ['fr-FR', fr],
      ['en-US', messagesFor('pseudo')]
    ] as const
    for (const [locale, messages] of sets) {
      for (const id of ids) {
        for (const count of [1, 5]) {
          const { out, errors } = format(locale, messages, id, sampleValues(parse(messages[id]), count, 'X'))
          if (errors.length > 0 || out.includes('{'))
            failures.push(`${locale} ${id}: ${errors.join('; ') || out}`)
        }
      }
    }
    expect(failures).toEqual([])
  })

  it('uses the same placeholders, number and date styles, and tags in English and French', () => {
    const differ = ids.filter((id) => {
      const a = [...argumentsOf(parse(en[id]))].sort().join()
      const b = [...argumentsOf(parse(fr[id]))].sort().join()
      return a !== b
    })
    expect(differ).toEqual([])
  })

  it('has no key that nothing uses (keys are written out whole in the code, never built)', () => {
    // The browser harness names its own print path (npm run demo:web), so it counts as app code here.
    const sources = [
      ...files(join(root, 'electron')),
      ...files(join(root, 'renderer/src')),
      ...files(join(root, 'test/helpers/harness'))
    ].filter((file) => !relative(root, file).startsWith(join('electron', 'shared', 'i18n', 'messages')))
    const used = new Set<string>()
    for (const file of sources) {
      for (const match of readFileSync(file, 'utf8').matchAll(/['"`]([a-zA-Z]+(?:\.[a-zA-Z0-9-]+)+)['"`]/g))
        used.add(match[1] as string)
    }
    expect(ids.filter((id) => !used.has(id))).toEqual([])
  })

  it('keeps ICU quoting out of the way: no ASCII apostrophe just before a brace, a # or a tag', () => {
    const risky = Object.entries({ ...en, ...prefix(fr) }).filter(([, m]) => /'[{}#<|]/.test(m))
    expect(risky).toEqual([])
  })
})

/** The words of a message as a reader sees them: its literal text, each placeholder shown as "X". */
function visibleText(elements: MessageFormatElement[]): string {
  return elements
    .map((element) => {
      if (element.type === TYPE.literal) return element.value
      if (element.type === TYPE.tag) return visibleText(element.children)
      if (element.type === TYPE.select || element.type === TYPE.plural)
        return Object.values(element.options)
          .map((option) => visibleText(option.value))
          .join('\n')
      return 'X'
    })
    .join('')
}

describe('French, written for a French studio', () => {
  const entries = Object.entries(fr).map(([id, message]) => [id, visibleText(parse(message))] as const)
  const bad = (test: (message: string) => boolean) => entries.filter(([, m]) => test(m)).map(([id]) => id)

  it('has a no-break space (U+00A0 or U+202F) before : ; ? ! % and inside « guillemets »', () => {
    expect(
      bad((m) => / [:;?!%»]/.test(m)),
      'ordinary space before punctuation'
    ).toEqual([])
    expect(
      bad((m) => /[^\s\u00a0\u202f][;?!»%]/.test(m)),
      'no space'
    ).toEqual([])
    expect(
      bad((m) => /(?<![\u00a0\u202f\d]):(?=[\s\u00a0]|$)/.test(m)),
      'colon'
    ).toEqual([])
    expect(
      bad((m) => /«(?![\u00a0\u202f])/.test(m)),
      'after «'
    ).toEqual([])
  })

  it('uses typographic apostrophes and « guillemets », never ASCII quotes', () => {
    expect(bad((m) => m.includes("'"))).toEqual([])
    expect(bad((m) => m.includes('"'))).toEqual([])
  })

  it('writes decimals with a comma (numbers from the code go through Intl)', () => {
    expect(bad((m) => /\d\.\d/.test(m))).toEqual([])
  })

  it('says photo d’identité, planche and the studio’s words, not word-for-word English', () => {
    const all = Object.values(fr).join('\n')
    expect(all).toContain('photo d’identité')
    expect(all).toContain('planche')
    expect(all).toMatch(/découpe/)
    // Words a literal translation would leave behind.
    expect(all).not.toMatch(/\b(feuille d’impression|spécification|cliquez ici)\b/i)
  })
})

function prefix(messages: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(messages).map(([k, v]) => [`fr:${k}`, v]))
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return files(path)
    return /\.(ts|tsx)$/.test(name) ? [path] : []
  })
}
