/**
 * Which language the app speaks, and the conventions that go with it (Intl's locale tag, the default length
 * unit). Pure: main resolves it from the Settings choice and the operating system's locale (Electron's
 * app.getLocale(), the browser's navigator.language in the browser build) and tells the window.
 */

/** What Settings can hold: follow the operating system, or one language. 'pseudo' is for development only. */
export const LANGUAGE_CHOICES = ['system', 'en', 'fr', 'pseudo'] as const

/** A Settings choice of language. */
export type LanguageChoice = (typeof LANGUAGE_CHOICES)[number]

/** A language the app has messages for. 'pseudo' is English, accented and made longer, to catch clipped layouts. */
export type Language = 'en' | 'fr' | 'pseudo'

/** A length unit a size is shown in first (every size is shown in both). */
export type LengthUnit = 'mm' | 'in'

/** The language in use and its conventions. */
export interface ResolvedLocale {
  /** What Settings says ('system' follows the operating system). */
  choice: LanguageChoice
  language: Language
  /** The BCP 47 tag Intl formats numbers and dates with: "fr-FR", "fr-CA", "en-US", "en-GB". */
  tag: string
  /** The unit a length is shown in first, and a custom paper starts in. */
  unit: LengthUnit
}

/** Regions whose photo studios measure in inches (the United States, Liberia, Myanmar). */
const INCH_REGIONS = new Set(['US', 'LR', 'MM'])

const DEFAULT_REGION: Record<'en' | 'fr', string> = { en: 'US', fr: 'FR' }

/** Language and region of a locale tag ("fr-CA" → fr, CA); null for something that is not a tag. */
export function parseLocaleTag(
  tag: string | null | undefined
): { language: string; region: string | null } | null {
  if (typeof tag !== 'string' || tag.trim() === '') return null
  try {
    // Electron and POSIX may give "fr_FR" or "fr_FR.UTF-8".
    const cleaned = tag.trim().replace(/\..*$/, '').replace(/_/g, '-')
    const locale = new Intl.Locale(cleaned)
    return { language: locale.language.toLowerCase(), region: locale.region?.toUpperCase() ?? null }
  } catch {
    return null
  }
}

/**
 * The language and conventions for a Settings choice on a system with this locale. A system language the app does
 * not speak gets English, with the system's region kept for Intl and the unit (a German system: en-DE, mm).
 * French is in millimetres everywhere; English in inches in the United States (and where no region is known).
 */
export function resolveLocale(
  choice: LanguageChoice,
  systemLocale: string | null | undefined
): ResolvedLocale {
  const system = parseLocaleTag(systemLocale)
  // Chromium's and Android's pseudo-locale tag (or STUDIO_LOCALE=pseudo) switches it on from outside Settings.
  if (
    choice === 'system' &&
    (system?.language === 'pseudo' || (system?.language === 'en' && system.region === 'XA'))
  )
    return { choice, language: 'pseudo', tag: 'en-US', unit: 'in' }
  const spoken: 'en' | 'fr' =
    choice === 'en' || choice === 'fr'
      ? choice
      : choice === 'pseudo'
        ? 'en'
        : system?.language === 'fr'
          ? 'fr'
          : 'en'
  const region = system?.region ?? DEFAULT_REGION[spoken]
  const tag = canonical(`${spoken}-${region}`) ?? `${spoken}-${DEFAULT_REGION[spoken]}`
  const unit: LengthUnit = spoken === 'fr' ? 'mm' : INCH_REGIONS.has(region) ? 'in' : 'mm'
  return { choice, language: choice === 'pseudo' ? 'pseudo' : spoken, tag, unit }
}

function canonical(tag: string): string | null {
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? null
  } catch {
    return null
  }
}
