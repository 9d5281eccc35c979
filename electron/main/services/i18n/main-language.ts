import type { MessageId } from '../../../shared/i18n/messages'
import { resolveLocale, type ResolvedLocale } from '../../../shared/i18n/locale'
import { createTranslator, type MessageValues, type Translator } from '../../../shared/i18n/translate'

/**
 * The language main speaks: every message it writes for the person (errors, menus, dialogs, notices, print job
 * names, the check report) goes through `t`, in the language in use when the message is made. One per process,
 * like the settings it follows; English until the app context sets it (tests that do not set it read English).
 */
let translator: Translator = createTranslator(resolveLocale('en', 'en-US'))
const listeners = new Set<(locale: ResolvedLocale) => void>()

/** Translates a catalogue message for the person, in main's current language. */
export function t(id: MessageId, values?: MessageValues): string {
  return translator.t(id, values)
}

/** The language in use in main, and its conventions (Intl tag, unit). */
export function mainLocale(): ResolvedLocale {
  return translator.locale
}

/** Formats a number in main's current locale ("35,3" in French). */
export function formatNumber(
  value: number,
  options?: Parameters<Translator['intl']['formatNumber']>[1]
): string {
  return translator.intl.formatNumber(value, options)
}

/** Formats a date and time in main's current locale. */
export function formatDateTime(value: Date | number, options?: Intl.DateTimeFormatOptions): string {
  return translator.intl.formatDate(value, options)
}

/** Switches main to a language; messages made from now on use it. Listeners hear of a real change only. */
export function setMainLocale(locale: ResolvedLocale): void {
  const before = translator.locale
  translator = createTranslator(locale)
  if (
    before.language !== locale.language ||
    before.tag !== locale.tag ||
    before.unit !== locale.unit ||
    before.choice !== locale.choice
  ) {
    for (const listener of [...listeners]) listener(locale)
  }
}

/** Hears every change of main's language (the shell rebuilds the native menu; notices are sent again). */
export function onMainLocaleChange(listener: (locale: ResolvedLocale) => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}
