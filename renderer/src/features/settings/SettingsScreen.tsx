import { useEffect, useState } from 'react'
import type { SecretStatus, Settings } from '../../../../electron/shared/contract'
import { call, messageOf, StudioError } from '../../lib/studio'
import { useAppState } from '../../app/app-state'
import { ErrorBanner } from '../../components/ErrorBanner'
import { CredentialForm } from './CredentialForm'
import { FaceCheckSettings } from './FaceCheckSettings'
import { NumberSetting } from './NumberSetting'
import { SharedDatabaseSettings } from './SharedDatabaseSettings'
import { CaptureSettings } from '../capture/CaptureSettings'
import { LanguagePicker } from '../language/LanguagePicker'
import { useT } from '../../lib/i18n'

const ENVIRONMENTS = ['demo', 'sandbox', 'production'] as const
const TOKEN_ENVIRONMENTS = ['sandbox', 'production'] as const
const THEMES = ['system', 'light', 'dark'] as const
const THEME_WORDS = {
  system: 'settingsUi.look.system',
  light: 'settingsUi.look.light',
  dark: 'settingsUi.look.dark'
} as const
/** An address's shape, the same in every language. */
const URL_EXAMPLE = 'https://api.example.com'

/** Connections, credentials and the app's settings. */
export function SettingsScreen() {
  const { t, rich } = useT()
  const { settings, reload } = useAppState()
  const [status, setStatus] = useState<SecretStatus | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [notice, setNotice] = useState<string | null>(null)
  // "Custom base URL" chosen but not saved yet: the address field shows, and the region changes once it is saved.
  const [choosingCustom, setChoosingCustom] = useState(false)
  const region = choosingCustom ? 'custom' : settings.passportPhoto.region

  useEffect(() => {
    call('secrets:status').then(setStatus, (e) => setError(messageOf(e)))
  }, [])

  const run = async (work: () => Promise<unknown>, done?: string) => {
    setError(null)
    setNotice(null)
    try {
      await work()
      if (done) setNotice(done)
      await reload()
    } catch (e) {
      setError(messageOf(e))
    }
  }

  const update = (patch: Parameters<typeof call<'settings:update'>>[1]) =>
    run(() => call('settings:update', patch))

  const chooseEnvironment = async (environment: Settings['documents']['environment']) => {
    if (environment === 'production') {
      const ok = window.confirm(t('settingsUi.confirmProduction'))
      if (!ok) return
      await run(() => call('settings:update', { documents: { environment }, confirmProduction: true }))
      return
    }
    await update({ documents: { environment } })
  }

  const testConnection = (service: 'passport-photo' | 'document-passback') =>
    run(async () => {
      const result = await call('secrets:test-connection', { service })
      if (!result.ok) throw new StudioError({ code: 'NETWORK', message: result.message })
      setNotice(result.message)
    })

  return (
    <div className="settings">
      <h1>{t('settingsUi.title')}</h1>
      <ErrorBanner message={error} onDismiss={() => setError(null)} />
      {notice && (
        <div className="banner banner-ok" role="status">
          {notice}
        </div>
      )}
      {status && !status.keychain.available && (
        <div className="banner banner-warn" role="alert">
          {status.keychain.message}
        </div>
      )}

      <section aria-labelledby="pp-heading">
        <h2 id="pp-heading">{t('settingsUi.pp.title')}</h2>
        <label>
          {t('settingsUi.pp.service')}
          <select
            value={region}
            onChange={(e) => {
              const next = e.target.value as Settings['passportPhoto']['region']
              // Custom needs its address first; without a saved one, the field shows and waits for it.
              const needsAddress = next === 'custom' && settings.passportPhoto.customBaseUrl === null
              setChoosingCustom(needsAddress)
              if (!needsAddress) void update({ passportPhoto: { region: next } })
            }}
          >
            <option value="demo">{t('settingsUi.pp.demo')}</option>
            <option value="us">{t('settingsUi.pp.us')}</option>
            <option value="eu">{t('settingsUi.pp.eu')}</option>
            <option value="custom">{t('settingsUi.pp.custom')}</option>
          </select>
        </label>
        {region === 'custom' && (
          <CustomUrl
            value={settings.passportPhoto.customBaseUrl}
            onSave={async (url) => {
              await update({ passportPhoto: { customBaseUrl: url, region: 'custom' } })
              setChoosingCustom(false)
            }}
          />
        )}
        <CredentialForm
          title={t('settingsUi.pp.keys')}
          configured={status?.passportPhoto.configured ?? false}
          fields={[
            { name: 'apiKey', label: t('settingsUi.pp.key') },
            { name: 'apiSecret', label: t('settingsUi.pp.secret') }
          ]}
          onSave={(v) =>
            run(
              async () =>
                setStatus(
                  await call('secrets:set-passport-photo', {
                    apiKey: v.apiKey ?? '',
                    apiSecret: v.apiSecret ?? ''
                  })
                ),
              t('settingsUi.savedKeychain')
            )
          }
          onDelete={() =>
            run(
              async () => setStatus(await call('secrets:delete-passport-photo')),
              t('settingsUi.deletedKeychain')
            )
          }
        />
        <button type="button" onClick={() => void testConnection('passport-photo')}>
          {t('settingsUi.testConnection')}
        </button>
      </section>

      <section aria-labelledby="dp-heading">
        <h2 id="dp-heading">{t('settingsUi.dp.title')}</h2>
        <fieldset>
          <legend>{t('settingsUi.dp.environment')}</legend>
          {ENVIRONMENTS.map((env) => (
            <label key={env} className="inline">
              <input
                type="radio"
                name="doc-env"
                value={env}
                checked={settings.documents.environment === env}
                onChange={() => void chooseEnvironment(env)}
              />
              {t('settingsUi.dp.env', { env })}
            </label>
          ))}
        </fieldset>
        {TOKEN_ENVIRONMENTS.map((env) => (
          <CredentialForm
            key={env}
            title={t('settingsUi.dp.tokenTitle', { env })}
            configured={status?.documentPassback[env].configured ?? false}
            fields={[{ name: 'apiToken', label: t('settingsUi.dp.token', { env }) }]}
            onSave={(v) =>
              run(
                async () =>
                  setStatus(
                    await call('secrets:set-document-token', { environment: env, apiToken: v.apiToken ?? '' })
                  ),
                t('settingsUi.savedKeychain')
              )
            }
            onDelete={() =>
              run(
                async () => setStatus(await call('secrets:delete-document-token', { environment: env })),
                t('settingsUi.deletedKeychain')
              )
            }
          />
        ))}
        <NumberSetting
          label={t('settingsUi.dp.idle')}
          min={1}
          max={120}
          unit={(n) => t('settingsUi.unit.minutes', { n })}
          value={settings.documents.idleTimeoutMinutes}
          onSave={(v) => update({ documents: { idleTimeoutMinutes: v } })}
        />
        <button type="button" onClick={() => void testConnection('document-passback')}>
          {t('settingsUi.testConnection')}
        </button>
      </section>

      <section aria-labelledby="jobs-heading">
        <h2 id="jobs-heading">{t('settingsUi.counter.title')}</h2>
        <NumberSetting
          label={t('settingsUi.counter.concurrency')}
          unit={(n) => t('settingsUi.unit.atOnce', { n })}
          min={1}
          max={8}
          value={settings.jobs.concurrency}
          onSave={(v) => update({ jobs: { concurrency: v } })}
        />
        <NumberSetting
          label={t('settingsUi.counter.retention')}
          min={0}
          max={3650}
          unit={(n) => t('settingsUi.unit.days', { n })}
          hint={t('settingsUi.counter.retentionHint')}
          value={settings.jobs.retentionDays}
          onSave={(v) => update({ jobs: { retentionDays: v } })}
        />
        <NumberSetting
          label={t('settingsUi.counter.quota')}
          unit={(n) => t('settingsUi.unit.photos', { n })}
          min={0}
          max={100000}
          value={settings.quotaWarningBelow}
          onSave={(v) => update({ quotaWarningBelow: v })}
        />
        <p>
          {rich('settingsUi.counter.output', {
            folder: settings.jobs.outputFolder ?? t('settingsUi.counter.askEachTime'),
            code: (chunks) => <code>{chunks}</code>
          })}{' '}
          <button type="button" onClick={() => void run(() => call('settings:choose-output-folder'))}>
            {t('settingsUi.counter.chooseFolder')}
          </button>
        </p>
      </section>
      <LanguagePicker />
      <SharedDatabaseSettings />
      <section aria-labelledby="look-heading">
        <h2 id="look-heading">{t('settingsUi.look.title')}</h2>
        <fieldset>
          <legend>{t('settingsUi.look.legend')}</legend>
          {THEMES.map((theme) => (
            <label key={theme} className="inline">
              <input
                type="radio"
                name="theme"
                value={theme}
                checked={settings.appearance.theme === theme}
                onChange={() => void update({ appearance: { theme } })}
              />
              {t(THEME_WORDS[theme])}
            </label>
          ))}
        </fieldset>
        <p className="muted">{t('settingsUi.look.note')}</p>
      </section>

      <CaptureSettings />
      <FaceCheckSettings />
    </div>
  )
}

function CustomUrl(props: { value: string | null; onSave: (url: string) => Promise<void> }) {
  const { t } = useT()
  const [url, setUrl] = useState(props.value ?? '')
  return (
    <form
      className="row"
      onSubmit={(e) => {
        e.preventDefault()
        void props.onSave(url.trim())
      }}
    >
      <label>
        {t('settingsUi.custom.label')}
        <input type="url" placeholder={URL_EXAMPLE} value={url} onChange={(e) => setUrl(e.target.value)} />
      </label>
      <button type="submit" disabled={!url.startsWith('https://')}>
        {t('settingsUi.custom.use')}
      </button>
    </form>
  )
}
