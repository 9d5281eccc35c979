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

/** Connections, credentials and the app's settings. */
export function SettingsScreen() {
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
      const ok = window.confirm(
        'Switch the document viewer to PRODUCTION?\n\nYou will see real people’s identity documents. Every view and export is written to the audit log.'
      )
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
      <h1>Settings</h1>
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
        <h2 id="pp-heading">Passport Photo API</h2>
        <label>
          Service
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
            <option value="demo">Demo (simulated, no account needed)</option>
            <option value="us">US region (api-us)</option>
            <option value="eu">EU region (api-eu)</option>
            <option value="custom">Custom base URL</option>
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
          title="API key and secret"
          configured={status?.passportPhoto.configured ?? false}
          fields={[
            { name: 'apiKey', label: 'API key' },
            { name: 'apiSecret', label: 'API secret' }
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
              'Saved to the system keychain.'
            )
          }
          onDelete={() =>
            run(
              async () => setStatus(await call('secrets:delete-passport-photo')),
              'Deleted from the keychain.'
            )
          }
        />
        <button type="button" onClick={() => void testConnection('passport-photo')}>
          Test connection
        </button>
      </section>

      <section aria-labelledby="dp-heading">
        <h2 id="dp-heading">Document Passback (ID.me)</h2>
        <fieldset>
          <legend>Environment</legend>
          {(['demo', 'sandbox', 'production'] as const).map((env) => (
            <label key={env} className="inline">
              <input
                type="radio"
                name="doc-env"
                value={env}
                checked={settings.documents.environment === env}
                onChange={() => void chooseEnvironment(env)}
              />
              {env === 'demo' ? 'Demo' : env === 'sandbox' ? 'Sandbox' : 'Production'}
            </label>
          ))}
        </fieldset>
        {(['sandbox', 'production'] as const).map((env) => (
          <CredentialForm
            key={env}
            title={`API token (${env})`}
            configured={status?.documentPassback[env].configured ?? false}
            fields={[
              { name: 'apiToken', label: `${env === 'sandbox' ? 'Sandbox' : 'Production'} API token` }
            ]}
            onSave={(v) =>
              run(
                async () =>
                  setStatus(
                    await call('secrets:set-document-token', { environment: env, apiToken: v.apiToken ?? '' })
                  ),
                'Saved to the system keychain.'
              )
            }
            onDelete={() =>
              run(
                async () => setStatus(await call('secrets:delete-document-token', { environment: env })),
                'Deleted from the keychain.'
              )
            }
          />
        ))}
        <NumberSetting
          label="Clear documents after idle minutes"
          min={1}
          max={120}
          unit="minutes"
          value={settings.documents.idleTimeoutMinutes}
          onSave={(v) => update({ documents: { idleTimeoutMinutes: v } })}
        />
        <button type="button" onClick={() => void testConnection('document-passback')}>
          Test connection
        </button>
      </section>

      <section aria-labelledby="jobs-heading">
        <h2 id="jobs-heading">Counter</h2>
        <NumberSetting
          label="Photos processed at once"
          unit="at once"
          min={1}
          max={8}
          value={settings.jobs.concurrency}
          onSave={(v) => update({ jobs: { concurrency: v } })}
        />
        <NumberSetting
          label="Delete stored customer photos after (days)"
          min={0}
          max={3650}
          unit="days"
          hint="0 keeps no customer photos: those of finished jobs are deleted at the next clean-up (when the app starts, and every 6 hours). History entries stay either way."
          value={settings.jobs.retentionDays}
          onSave={(v) => update({ jobs: { retentionDays: v } })}
        />
        <NumberSetting
          label="Warn when remaining quota is below"
          unit="photos"
          min={0}
          max={100000}
          value={settings.quotaWarningBelow}
          onSave={(v) => update({ quotaWarningBelow: v })}
        />
        <p>
          Save finished photos to: <code>{settings.jobs.outputFolder ?? 'ask each time'}</code>{' '}
          <button type="button" onClick={() => void run(() => call('settings:choose-output-folder'))}>
            Choose folder…
          </button>
        </p>
      </section>
      <LanguagePicker />
      <SharedDatabaseSettings />
      <section aria-labelledby="look-heading">
        <h2 id="look-heading">Appearance</h2>
        <fieldset>
          <legend>Light or dark</legend>
          {(
            [
              ['system', 'Same as the system'],
              ['light', 'Light'],
              ['dark', 'Dark']
            ] as const
          ).map(([theme, label]) => (
            <label key={theme} className="inline">
              <input
                type="radio"
                name="theme"
                value={theme}
                checked={settings.appearance.theme === theme}
                onChange={() => void update({ appearance: { theme } })}
              />
              {label}
            </label>
          ))}
        </fieldset>
        <p className="muted">
          Photos, documents and sheet previews keep their true colours on a neutral grey.
        </p>
      </section>

      <CaptureSettings />
      <FaceCheckSettings />
    </div>
  )
}

function CustomUrl(props: { value: string | null; onSave: (url: string) => Promise<void> }) {
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
        Custom base URL
        <input
          type="url"
          placeholder="https://api.example.com"
          value={url}
          onChange={(e) => setUrl(e.target.value)}
        />
      </label>
      <button type="submit" disabled={!url.startsWith('https://')}>
        Use this URL
      </button>
    </form>
  )
}
