import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react'
import type { AppInfo, MenuCommand, Settings } from '../../../electron/shared/contract'
import { call, messageOf, useStudioEvent } from '../lib/studio'
import { AppStateContext } from './app-state'
import { Notices, useNotices } from './Notices'
import { DemoBadge } from '../components/DemoBadge'
import { ErrorBanner } from '../components/ErrorBanner'
import { SettingsScreen } from '../features/settings/SettingsScreen'
import { screens, type ScreenId } from './screens'

/** The app shell: navigation, connection badges, and the current screen. */
export function App() {
  const [info, setInfo] = useState<AppInfo | null>(null)
  const [settings, setSettings] = useState<Settings | null>(null)
  const [screen, setScreen] = useState<ScreenId>('photos')
  const [error, setError] = useState<string | null>(null)
  const { notices, dismiss } = useNotices()
  const printRequest = useRef<string | null>(null)
  const printJob = useCallback((jobId: string) => {
    printRequest.current = jobId
    setScreen('sheets')
  }, [])
  const takePrintJob = useCallback(() => {
    const jobId = printRequest.current
    printRequest.current = null
    return jobId
  }, [])

  const reload = useCallback(async () => {
    try {
      const [nextInfo, nextSettings] = await Promise.all([call('app:get-info'), call('settings:get')])
      setInfo(nextInfo)
      setSettings(nextSettings)
    } catch (e) {
      setError(messageOf(e))
    }
  }, [])

  useEffect(() => void reload(), [reload])

  useStudioEvent('menu:command', (command: MenuCommand) => {
    if (command.startsWith('navigate:')) setScreen(command.slice('navigate:'.length) as ScreenId)
  })

  if (!info || !settings) {
    return (
      <main className="loading">
        <Notices notices={notices} onDismiss={dismiss} />
        <ErrorBanner message={error} />
        {!error && <p>Starting…</p>}
      </main>
    )
  }

  const production = info.documentsEnvironment === 'production'
  const body: ReactNode =
    screen === 'settings' ? <SettingsScreen /> : (screens.find((s) => s.id === screen)?.render() ?? null)

  return (
    <AppStateContext.Provider value={{ info, settings, reload, printJob, takePrintJob }}>
      <div className={`shell${production ? ' shell-production' : ''}`}>
        <header className="topbar">
          <strong className="brand">ID Photo Studio</strong>
          <nav aria-label="Main">
            {screens.map((s) => (
              <button
                key={s.id}
                type="button"
                className={s.id === screen ? 'tab active' : 'tab'}
                aria-current={s.id === screen ? 'page' : undefined}
                onClick={() => setScreen(s.id)}
              >
                {s.label}
              </button>
            ))}
          </nav>
          <span className="badges">
            {info.demo.passportPhoto && <DemoBadge what="Passport Photo" />}
            {info.demo.documents && <DemoBadge what="Documents" />}
            {production && <span className="badge badge-production">PRODUCTION</span>}
          </span>
        </header>
        <Notices notices={notices} onDismiss={dismiss} />
        <ErrorBanner message={error} onDismiss={() => setError(null)} />
        <main className="screen">{body}</main>
      </div>
    </AppStateContext.Provider>
  )
}
