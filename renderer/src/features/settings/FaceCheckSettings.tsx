import { useState } from 'react'
import { DEFAULT_HOLDS, WARNING_CODES } from '../../../../electron/shared/face-codes'
import { call, messageOf } from '../../lib/studio'
import { useAppState } from '../../app/app-state'
import { ErrorBanner } from '../../components/ErrorBanner'
import './face-check-settings.css'
import { useT } from '../../lib/i18n'

/**
 * Settings → Face checks: which warnings of the check before sending hold a photo for the operator's decision
 * ("Send anyway" or not), and which are only shown; each with its default. No face, or several faces, always hold
 * a photo. And the studio's name, printed on check reports.
 */
export function FaceCheckSettings() {
  const { t } = useT()
  const { settings, reload } = useAppState()
  // Each warning of the face check, as the counter reads it.
  const label = (code: string) => t('settingsUi.face.warning', { code })
  const [error, setError] = useState<string | null>(null)
  const [notice, setNotice] = useState<string | null>(null)
  const [studio, setStudio] = useState(settings.studio.name)
  const holds = settings.faceChecks.hold

  const save = async (patch: Parameters<typeof call<'settings:update'>>[1], said: string) => {
    setError(null)
    setNotice(null)
    try {
      await call('settings:update', patch)
      await reload()
      setNotice(said)
    } catch (e) {
      setError(messageOf(e))
    }
  }

  const changed = WARNING_CODES.filter((code) => holds[code] !== DEFAULT_HOLDS[code])
  return (
    <section aria-labelledby="face-checks-heading">
      <h2 id="face-checks-heading">{t('settingsUi.face.title')}</h2>
      <p className="muted">{t('settingsUi.face.intro')}</p>
      <ErrorBanner message={error} onDismiss={() => setError(null)} />
      {notice && (
        <p className="banner banner-ok" role="status">
          {notice}
        </p>
      )}
      <fieldset className="face-check-holds">
        <legend>{t('settingsUi.face.legend')}</legend>
        {WARNING_CODES.map((code) => (
          <label key={code} className="inline face-check-hold">
            <input
              type="checkbox"
              checked={holds[code]}
              onChange={(e) =>
                void save(
                  { faceChecks: { hold: { [code]: e.target.checked } } },
                  t('settingsUi.face.changed', {
                    warning: label(code),
                    holds: e.target.checked ? 'yes' : 'no'
                  })
                )
              }
            />
            {label(code)}
            <span className="muted">
              {t('settingsUi.face.default', { holds: DEFAULT_HOLDS[code] ? 'yes' : 'no' })}
            </span>
          </label>
        ))}
      </fieldset>
      <p>
        <button
          type="button"
          disabled={changed.length === 0}
          onClick={() =>
            void save({ faceChecks: { hold: { ...DEFAULT_HOLDS } } }, t('settingsUi.face.defaultsBack'))
          }
        >
          {t('settingsUi.face.useDefaults')}
        </button>
      </p>
      <form
        className="row"
        onSubmit={(e) => {
          e.preventDefault()
          void save({ studio: { name: studio.trim() } }, t('settingsUi.face.studioSaved'))
        }}
      >
        <label>
          {t('settingsUi.face.studio')}
          <input value={studio} maxLength={120} onChange={(e) => setStudio(e.target.value)} />
        </label>
        <button type="submit" disabled={studio.trim() === settings.studio.name}>
          {t('settingsUi.face.saveName')}
        </button>
      </form>
    </section>
  )
}
