import { useState } from 'react'
import type { LanguageChoice } from '../../../../electron/shared/i18n/locale'
import { useAppState } from '../../app/app-state'
import { ErrorBanner } from '../../components/ErrorBanner'
import { useT } from '../../lib/i18n'
import { call, messageOf } from '../../lib/studio'

/**
 * Settings → Language: follow the operating system, or keep English or French. The choice applies at once: main
 * switches its own messages and the native menu, and the window re-renders in the new language (no restart).
 * Development builds also offer the pseudo-locale (accented and about 30 % longer, to catch clipped layouts).
 */
export function LanguagePicker() {
  const { t } = useT()
  const { info, settings, reload } = useAppState()
  const [error, setError] = useState<string | null>(null)
  const choose = async (language: LanguageChoice) => {
    setError(null)
    try {
      await call('settings:update', { locale: { language } })
      await reload()
    } catch (e) {
      setError(messageOf(e))
    }
  }
  const choices: { value: LanguageChoice; label: string }[] = [
    { value: 'system', label: t('language.system') },
    { value: 'en', label: t('language.name.en') },
    { value: 'fr', label: t('language.name.fr') },
    ...(info.locale.pseudoOffered ? [{ value: 'pseudo' as const, label: t('language.pseudo') }] : [])
  ]
  return (
    <section aria-labelledby="language-title">
      <h2 id="language-title">{t('language.title')}</h2>
      <ErrorBanner message={error} onDismiss={() => setError(null)} />
      <label>
        {t('language.label')}
        <select
          value={settings.locale.language}
          onChange={(e) => void choose(e.target.value as LanguageChoice)}
          aria-describedby="language-note"
        >
          {choices.map((choice) => (
            <option key={choice.value} value={choice.value} lang={langOf(choice.value)}>
              {choice.label}
            </option>
          ))}
        </select>
      </label>
      <p className="muted" id="language-note">
        {t('language.note', { unit: info.locale.unit })}
      </p>
    </section>
  )
}

/** Each language's own name is written in that language, so a person who cannot read the other one finds theirs. */
function langOf(choice: LanguageChoice): string | undefined {
  return choice === 'en' ? 'en' : choice === 'fr' ? 'fr' : undefined
}
