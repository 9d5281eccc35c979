import { useEffect, useState } from 'react'
import type {
  SharedDatabaseSettings as Section,
  SharedDbTest,
  SharedDbView
} from '../../../../electron/shared/contract'
import { call, messageOf, useStudioEvent } from '../../lib/studio'
import { ErrorBanner } from '../../components/ErrorBanner'
import { CredentialForm } from './CredentialForm'

type Form = Omit<Section, 'enabled' | 'caFile'> & { caFile: string }

const TLS_LABELS: Record<Section['tls'], string> = {
  'verify-full': 'Encrypted, and the server’s certificate verified (verify-full)',
  require: 'Encrypted, certificate not checked (require)',
  disable: 'Not encrypted (disable: only on a trusted network)'
}

const formOf = ({ enabled: _enabled, ...s }: Section): Form => ({ ...s, caFile: s.caFile ?? '' })

/**
 * Settings → Shared studio database: where the studio's PostgreSQL is, this counter's name, the password (into
 * the keychain), Test connection, setting the database up (a second, explicit confirmation; main checks it too),
 * and switching the studio chain on or off. The status line says whether changes are waiting.
 */
export function SharedDatabaseSettings() {
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
    }, 'Saved.')
  const testConnection = () => run(async () => setTest(await call('chain:test-connection')))
  const setUp = (target: string, steps: string[]) => {
    const ok = window.confirm(
      `Set up the shared database ${target}?\n\nThis creates ID Photo Studio’s tables in it (${steps.join(', ')}). ` +
        'Do it once, from one counter, with the agreement of whoever runs the server.'
    )
    if (!ok) return
    void run(async () => setTest(await call('chain:run-setup', { confirmed: true, target })))
  }
  const setEnabled = (enabled: boolean) =>
    run(async () => setView(await call('chain:set-enabled', { enabled })))

  return (
    <section aria-labelledby="shared-db-heading" className="shared-db">
      <h2 id="shared-db-heading">Shared studio database</h2>
      <p className="muted">
        For a studio with several counters: every counter’s jobs, finished photos and audit log go to one
        PostgreSQL database, so a customer can reprint at any counter. Each counter keeps working on its own
        while the database is away, and sends its changes when it is back.
      </p>
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
          Server (host name or address)
          <input
            value={form.host}
            placeholder="db.studio.example"
            onChange={(e) => set({ host: e.target.value })}
          />
        </label>
        <label>
          Port
          <input
            type="number"
            min={1}
            max={65535}
            value={form.port}
            onChange={(e) => set({ port: Number(e.target.value) })}
          />
        </label>
        <label>
          Database
          <input value={form.database} onChange={(e) => set({ database: e.target.value })} />
        </label>
        <label>
          User
          <input value={form.user} autoComplete="off" onChange={(e) => set({ user: e.target.value })} />
        </label>
        <label>
          Encryption (TLS)
          <select value={form.tls} onChange={(e) => set({ tls: e.target.value as Section['tls'] })}>
            {(['verify-full', 'require', 'disable'] as const).map((mode) => (
              <option key={mode} value={mode}>
                {TLS_LABELS[mode]}
              </option>
            ))}
          </select>
        </label>
        {form.tls === 'verify-full' && (
          <label>
            Studio CA certificate file (PEM; leave empty for a public CA)
            <input value={form.caFile} onChange={(e) => set({ caFile: e.target.value })} />
          </label>
        )}
        <label>
          This counter’s name
          <input
            value={form.counterName}
            placeholder="Front desk"
            maxLength={60}
            onChange={(e) => set({ counterName: e.target.value })}
          />
        </label>
        <button type="submit">Save connection</button>
      </form>
      <CredentialForm
        title="Database password"
        configured={view.password.configured}
        fields={[{ name: 'password', label: 'Database password' }]}
        onSave={(v) =>
          run(
            async () => setView(await call('chain:set-password', { password: v.password ?? '' })),
            'Saved to the system keychain.'
          )
        }
        onDelete={() =>
          run(async () => setView(await call('chain:delete-password')), 'Deleted from the keychain.')
        }
      />
      <div className="row">
        <button type="button" onClick={() => void testConnection()}>
          Test connection
        </button>
        {test?.setup && (
          <button type="button" onClick={() => setUp(test.setup!.target, test.setup!.migrations)}>
            Set up this database…
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
        Use the shared database at this counter
      </label>
    </section>
  )
}
