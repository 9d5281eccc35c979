import { useEffect, useState } from 'react'
import type {
  SharedDatabaseSettings as Section,
  SharedDbTest,
  SharedDbView
} from '../../../../electron/shared/contract'
import { call, messageOf, useStudioEvent } from '../../lib/studio'
import { ErrorBanner } from '../../components/ErrorBanner'
import { CredentialForm } from './CredentialForm'
import { useT } from '../../lib/i18n'

type Form = Omit<Section, 'enabled' | 'caFile'> & { caFile: string }

const TLS_MODES = ['verify-full', 'require', 'disable'] as const
/** A host name's shape, the same in every language. */
const HOST_EXAMPLE = 'db.studio.example'

const formOf = ({ enabled: _enabled, ...s }: Section): Form => ({ ...s, caFile: s.caFile ?? '' })

/**
 * Settings → Shared studio database: where the studio's PostgreSQL is, this counter's name, the password (into
 * the keychain), Test connection, setting the database up (a second, explicit confirmation; main checks it too),
 * and switching the studio chain on or off. The status line says whether changes are waiting.
 */
export function SharedDatabaseSettings() {
  const { t } = useT()
  const [view, setView] = useState<SharedDbView | null>(null)
  const [form, setForm] = useState<Form | null>(null)
  const [test, setTest] = useState<SharedDbTest | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [notice, setNotice] = useState<string | null>(null)

  useEffect(() => {
    call('chain:get').then(
      (v) => {
        setView(v)
        setForm(formOf(v.settings))
      },
      (e) => setError(messageOf(e))
    )
  }, [])
  useStudioEvent('chain:changed', (status) => setView((v) => (v ? { ...v, status } : v)))

  const run = async (work: () => Promise<unknown>, done?: string) => {
    setError(null)
    setNotice(null)
    try {
      await work()
      if (done) setNotice(done)
    } catch (e) {
      setError(messageOf(e))
    }
  }

  if (!view || !form) return <ErrorBanner message={error} onDismiss={() => setError(null)} />
  const set = (patch: Partial<Form>) => setForm({ ...form, ...patch })
  const save = () =>
    run(async () => {
      const { caFile, ...rest } = form
      setView(
        await call('chain:save-settings', { ...rest, caFile: caFile.trim() === '' ? null : caFile.trim() })
      )
      setTest(null)
    }, t('settingsUi.db.saved'))
  const testConnection = () => run(async () => setTest(await call('chain:test-connection')))
  const setUp = (target: string, steps: string[]) => {
    const ok = window.confirm(t('settingsUi.db.confirmSetup', { target, steps: steps.join(', ') }))
    if (!ok) return
    void run(async () => setTest(await call('chain:run-setup', { confirmed: true, target })))
  }
  const setEnabled = (enabled: boolean) =>
    run(async () => setView(await call('chain:set-enabled', { enabled })))

  return (
    <section aria-labelledby="shared-db-heading" className="shared-db">
      <h2 id="shared-db-heading">{t('settingsUi.db.title')}</h2>
      <p className="muted">{t('settingsUi.db.intro')}</p>
      {/* Polite live text rather than a status role: the screen's own notices keep that role. */}
      <p aria-live="polite" className={view.status.state === 'offline' ? 'banner banner-warn' : 'muted'}>
        {view.status.message}
      </p>
      <ErrorBanner message={error} onDismiss={() => setError(null)} />
      {notice && (
        <p className="banner banner-ok" role="status">
          {notice}
        </p>
      )}
      <form
        onSubmit={(e) => {
          e.preventDefault()
          void save()
        }}
      >
        <label>
          {t('settingsUi.db.host')}
          <input
            value={form.host}
            placeholder={HOST_EXAMPLE}
            onChange={(e) => set({ host: e.target.value })}
          />
        </label>
        <label>
          {t('settingsUi.db.port')}
          <input
            type="number"
            min={1}
            max={65535}
            value={form.port}
            onChange={(e) => set({ port: Number(e.target.value) })}
          />
        </label>
        <label>
          {t('settingsUi.db.database')}
          <input value={form.database} onChange={(e) => set({ database: e.target.value })} />
        </label>
        <label>
          {t('settingsUi.db.user')}
          <input value={form.user} autoComplete="off" onChange={(e) => set({ user: e.target.value })} />
        </label>
        <label>
          {t('settingsUi.db.encryption')}
          <select value={form.tls} onChange={(e) => set({ tls: e.target.value as Section['tls'] })}>
            {TLS_MODES.map((mode) => (
              <option key={mode} value={mode}>
                {t('settingsUi.db.tls', { mode: mode === 'verify-full' ? 'verifyFull' : mode })}
              </option>
            ))}
          </select>
        </label>
        {form.tls === 'verify-full' && (
          <label>
            {t('settingsUi.db.ca')}
            <input value={form.caFile} onChange={(e) => set({ caFile: e.target.value })} />
          </label>
        )}
        <label>
          {t('settingsUi.db.counterName')}
          <input
            value={form.counterName}
            placeholder={t('settingsUi.db.counterPlaceholder')}
            maxLength={60}
            onChange={(e) => set({ counterName: e.target.value })}
          />
        </label>
        <button type="submit">{t('settingsUi.db.saveConnection')}</button>
      </form>
      <CredentialForm
        title={t('settingsUi.db.password')}
        configured={view.password.configured}
        fields={[{ name: 'password', label: t('settingsUi.db.password') }]}
        onSave={(v) =>
          run(
            async () => setView(await call('chain:set-password', { password: v.password ?? '' })),
            t('settingsUi.savedKeychain')
          )
        }
        onDelete={() =>
          run(async () => setView(await call('chain:delete-password')), t('settingsUi.deletedKeychain'))
        }
      />
      <div className="row">
        <button type="button" onClick={() => void testConnection()}>
          {t('settingsUi.testConnection')}
        </button>
        {test?.setup && (
          <button type="button" onClick={() => setUp(test.setup!.target, test.setup!.migrations)}>
            {t('settingsUi.db.setUp')}
          </button>
        )}
      </div>
      {test && (
        <p className={test.ok ? 'banner banner-ok' : 'banner banner-warn'} role="status">
          {test.message}
        </p>
      )}
      <label className="inline">
        <input
          type="checkbox"
          checked={view.settings.enabled}
          onChange={(e) => void setEnabled(e.target.checked)}
        />
        {t('settingsUi.db.use')}
      </label>
    </section>
  )
}
