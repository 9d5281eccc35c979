import { parse } from '@formatjs/icu-messageformat-parser'
import { createIntl } from '@formatjs/intl'
import { describe, expect, it } from 'vitest'
import { resolveLocale } from '../../../electron/shared/i18n/locale'
import { catalogue, type MessageId } from '../../../electron/shared/i18n/messages'
import { paperLabel, paperSizeName } from '../../../electron/shared/i18n/paper-names'
import { accent, pseudoMessage } from '../../../electron/shared/i18n/pseudo'
import { createTranslator, messagesFor } from '../../../electron/shared/i18n/translate'
import { defaultWatermarkText, WATERMARK_TEXTS } from '../../../electron/shared/i18n/watermark'

describe('the language and its conventions', () => {
  it.each([
    ['system', 'fr-FR', 'fr', 'fr-FR', 'mm'],
    ['system', 'fr_CA.UTF-8', 'fr', 'fr-CA', 'mm'],
    ['system', 'fr', 'fr', 'fr-FR', 'mm'],
    ['system', 'en-US', 'en', 'en-US', 'in'],
    ['system', 'en-GB', 'en', 'en-GB', 'mm'],
    ['system', 'de-DE', 'en', 'en-DE', 'mm'],
    ['system', 'garbage!!', 'en', 'en-US', 'in'],
    ['system', undefined, 'en', 'en-US', 'in'],
    ['fr', 'en-US', 'fr', 'fr-US', 'mm'],
    ['en', 'fr-BE', 'en', 'en-BE', 'mm'],
    ['pseudo', 'fr-FR', 'pseudo', 'en-FR', 'mm'],
    ['system', 'en-XA', 'pseudo', 'en-US', 'in']
  ] as const)('%s on a %s system speaks %s (%s, %s first)', (choice, system, language, tag, unit) => {
    expect(resolveLocale(choice, system)).toEqual({ choice, language, tag, unit })
  })
})

describe('the pseudo-locale', () => {
  const english = catalogue.en
  const ids = Object.keys(english) as MessageId[]
  const plain = (id: MessageId) => ({
    // Empty text values, so whatever letters come out are the message's own.
    ...Object.fromEntries([...english[id].matchAll(/\{(\w+)/g)].map((m) => [m[1], ''])),
    count: 2,
    total: 2,
    minutes: 2,
    copies: 2,
    placed: 2,
    ...Object.fromEntries(
      [...english[id].matchAll(/<(\w+)>/g)].map((m) => [m[1], (c: string[]) => c.join('')])
    )
  })
  const render = (messages: Record<string, string>, id: MessageId) => {
    const intl = createIntl({ locale: 'en-US', messages, onError: () => undefined })
    const out = intl.formatMessage({ id }, plain(id) as Record<string, string>)
    return Array.isArray(out) ? out.join('') : String(out)
  }

  it('accents every letter the English messages have, so text that bypasses the catalogue stands out', () => {
    const pseudo = messagesFor('pseudo')
    const leaks = ids.filter((id) =>
      /[A-Za-z]/.test(render(pseudo, id).replace(/\b(number|select|plural)\b/g, ''))
    )
    expect(leaks).toEqual([])
    expect(accent('Print sheets')).toBe('Ƥŕíñţ šĥééţš'.replace('Ƥ', 'Þ'))
  })

  it('is about 30 % longer than English, between ⟦ ⟧, with placeholders, plurals and tags kept', () => {
    const pseudo = messagesFor('pseudo')
    for (const id of ids) {
      const a = render(english, id)
      const b = render(pseudo, id)
      expect(b.startsWith('⟦') && b.endsWith('⟧'), id).toBe(true)
      if (a.length >= 10) expect(b.length, `${id}: ${b}`).toBeGreaterThanOrEqual(Math.floor(a.length * 1.25))
    }
    const message = pseudoMessage('{count, plural, one {# copy} other {# copies}} of <strong>{name}</strong>')
    expect(parse(message).map((e) => e.type)).toEqual(
      parse(`x{count, plural, one {#} other {#}}y<a>{b}</a>z`).map((e) => e.type)
    )
    const intl = createIntl({ locale: 'en-US', messages: { m: message } })
    expect(
      intl.formatMessage({ id: 'm' }, { count: 3, name: 'US Passport', strong: (c) => `*${c.join('')}*` })
    ).toMatch(/^⟦3 çóþíéš óƒ \*US Passport\*[~ ]+⟧$/)
  })
})

describe('sizes in both units, the locale’s first', () => {
  it('names photo paper in inches first in the United States, in centimetres first in French', () => {
    const us = createTranslator(resolveLocale('en', 'en-US'))
    const fr = createTranslator(resolveLocale('fr', 'fr-FR'))
    const nbsp = (s: string) => s.replace(/ /g, '\u00a0')
    expect(paperLabel('4x6in', us.t, 'in')).toBe('4×6 in (10×15 cm)')
    expect(paperLabel('4x6in', fr.t, 'mm')).toBe(`10×15${nbsp(' cm')} (4×6${nbsp(' po')})`)
    expect(paperLabel('3.5x5in', fr.t, 'mm')).toBe(`89×127${nbsp(' mm')} (3,5×5${nbsp(' po')})`)
    expect(paperLabel('a4', fr.t, 'mm')).toBe(`A4 (210×297${nbsp(' mm')})`)
    expect(paperLabel('letter', fr.t, 'mm')).toBe(`Lettre US (8,5×11${nbsp(' po')})`)
    expect(paperSizeName('4x6in', true, us.t, 'in')).toBe('6×4 in')
    expect(paperSizeName('4x6in', true, fr.t, 'mm')).toBe(`15×10${nbsp(' cm')}`)
    expect(paperSizeName('a4', true, us.t, 'in')).toBe('A4 landscape')
  })

  it('formats numbers and dates with Intl: a decimal comma in French, and Intl’s own spaces', () => {
    const fr = createTranslator(resolveLocale('fr', 'fr-FR'))
    expect(fr.t('sheets.factor.value', { factor: 0.99 })).toBe('0,990')
    const date = new Date(2026, 10, 25, 14, 5)
    // Compared with Intl's own output, which uses U+202F in places: never hard-coded.
    expect(fr.intl.formatDate(date, { dateStyle: 'long' })).toBe(
      new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long' }).format(date)
    )
    expect(fr.t('sheets.factor.tooLarge', { percent: 1 })).toContain(
      new Intl.NumberFormat('fr-FR', { minimumFractionDigits: 1 }).format(1)
    )
  })
})

describe('the watermark text', () => {
  it('follows the language: "Aperçu" in French, "Preview" otherwise', () => {
    expect(defaultWatermarkText('fr')).toBe('Aperçu')
    expect(defaultWatermarkText('en')).toBe('Preview')
    expect(defaultWatermarkText('pseudo')).toBe('Preview')
  })

  it('is exactly as whitelisted: ç is the one code point U+00E7 (NFC), 0xC3 0xA7 in UTF-8', () => {
    const apercu = WATERMARK_TEXTS[1]
    expect([...apercu].map((c) => c.codePointAt(0))).toEqual([0x41, 0x70, 0x65, 0x72, 0xe7, 0x75])
    expect(apercu.normalize('NFC')).toBe(apercu)
    expect([...new TextEncoder().encode(apercu)]).toEqual([0x41, 0x70, 0x65, 0x72, 0xc3, 0xa7, 0x75])
    expect(apercu).not.toBe('Aperc\u0327u')
  })
})
