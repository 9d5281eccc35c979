import { createIntl, createIntlCache, type IntlShape } from '@formatjs/intl'
import { catalogue, type MessageId } from './messages'
import type { Language, ResolvedLocale } from './locale'
import { pseudoMessage } from './pseudo'

/** The values a message's placeholders take. */
export type MessageValues = Record<string, string | number | boolean | Date | null | undefined>

/** Translates a catalogue message (ICU MessageFormat) with its values, in the language in use. */
export type Translate = (id: MessageId, values?: MessageValues) => string

/** A language's messages, ready to format; the pseudo-locale is made from English once, when first asked for. */
const byLanguage = new Map<Language, Record<MessageId, string>>()

/** Every message of a language, keyed by id. */
export function messagesFor(language: Language): Record<MessageId, string> {
  const known = byLanguage.get(language)
  if (known) return known
  const messages =
    language === 'pseudo'
      ? (Object.fromEntries(
          Object.entries(catalogue.en).map(([id, text]) => [id, pseudoMessage(text)])
        ) as Record<MessageId, string>)
      : catalogue[language]
  byLanguage.set(language, messages)
  return messages
}

/** A translator for one language: messages, numbers and dates in its conventions. */
export interface Translator {
  locale: ResolvedLocale
  t: Translate
  intl: IntlShape<string>
}

const cache = createIntlCache()

/** Makes the translator for a resolved locale. A formatting error is reported, and the id shown instead. */
export function createTranslator(locale: ResolvedLocale): Translator {
  const intl = createIntl<string>(
    {
      locale: locale.tag,
      defaultLocale: locale.tag,
      messages: messagesFor(locale.language),
      onError: (error) => console.error(`i18n: ${error.message}`)
    },
    cache
  )
  const t: Translate = (id, values) => intl.formatMessage({ id }, values as Record<string, string>)
  return { locale, t, intl }
}

/** A message not yet put into words: pure rules return these, and the screen translates them in its language. */
export interface MessageRef {
  id: MessageId
  values?: MessageValues
}
