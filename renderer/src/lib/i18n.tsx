import { createContext, useContext, useMemo, type ReactNode } from 'react'
import { IntlProvider, useIntl } from 'react-intl'
import type { MessageId } from '../../../electron/shared/i18n/messages'
import { resolveLocale, type ResolvedLocale } from '../../../electron/shared/i18n/locale'
import { messagesFor, type MessageValues, type Translate } from '../../../electron/shared/i18n/translate'

/** Values for a message with tags (`<strong>…</strong>`): React nodes, or functions that wrap the tag's text. */
export type RichValues = Record<
  string,
  string | number | Date | ReactNode | ((chunks: ReactNode[]) => ReactNode)
>

/** What a component needs to speak the language in use. */
export interface I18n {
  /** A catalogue message as text (attributes, titles, status lines). */
  t: Translate
  /** A catalogue message with tags, as React nodes. */
  rich: (id: MessageId, values: RichValues) => ReactNode
  locale: ResolvedLocale
  /** A number in the locale's conventions ("35,3" in French). */
  number: (value: number, options?: Parameters<ReturnType<typeof useIntl>['formatNumber']>[1]) => string
  /** A date and time in the locale's conventions. */
  dateTime: (value: Date | number, options?: Intl.DateTimeFormatOptions) => string
}

/** The language the window starts in, before main has said which one is chosen: the browser's (or Electron's). */
export function initialLocale(): ResolvedLocale {
  return resolveLocale('system', typeof navigator === 'undefined' ? 'en-US' : navigator.language)
}

let currentT: Translate | null = null

/**
 * The translator of the language on screen, for code that runs outside a component (messageOf's fallback).
 * Components use useT().
 */
export function translateNow(id: MessageId, values?: MessageValues): string {
  return currentT ? currentT(id, values) : (messagesFor('en')[id] ?? id)
}

const LocaleContext = createContext<ResolvedLocale>(initialLocale())

/**
 * The window's language: react-intl's provider with the shared catalogue (the same messages main uses). A new
 * locale re-renders everything at once; nothing is reloaded. The page's lang attribute follows, for screen readers
 * and hyphenation.
 */
export function I18nProvider(props: { locale: ResolvedLocale; children: ReactNode }) {
  const { language, tag } = props.locale
  const messages = useMemo(() => messagesFor(language), [language])
  if (typeof document !== 'undefined') document.documentElement.lang = language === 'pseudo' ? 'en' : tag
  return (
    <LocaleContext.Provider value={props.locale}>
      <IntlProvider
        locale={tag}
        defaultLocale={tag}
        messages={messages}
        onError={(error) => console.error(`i18n: ${error.message}`)}
      >
        <Bind />
        {props.children}
      </IntlProvider>
    </LocaleContext.Provider>
  )
}

/** Keeps translateNow on the language on screen. */
function Bind() {
  currentT = useT().t
  return null
}

/** The language on screen: t, rich, the locale and Intl formatting. Only inside <I18nProvider>. */
export function useT(): I18n {
  const intl = useIntl()
  const locale = useContext(LocaleContext)
  return useMemo(
    () => ({
      t: (id, values) => intl.formatMessage({ id }, values as Record<string, string>),
      rich: (id, values) => intl.formatMessage({ id }, values as Record<string, ReactNode>),
      locale,
      number: (value, options) => intl.formatNumber(value, options),
      dateTime: (value, options) => intl.formatDate(value, options)
    }),
    [intl, locale]
  )
}
