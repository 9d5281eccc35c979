import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react'
import type { AppInfo, MenuCommand, Settings } from '../../../electron/shared/contract'
import { call, messageOf, useStudioEvent } from '../lib/studio'
import { AppStateContext } from './app-state'
import { Notices, useNotices } from './Notices'
import { DemoBadge } from '../components/DemoBadge'
import { ErrorBanner } from '../components/ErrorBanner'
import { SettingsScreen } from '../features/settings/SettingsScreen'
import { screens, type ScreenId } from './screens'
import { actOnMarkedControl, dispatchCommand, useCommand } from './commands'
import { ShortcutsDialog } from './ShortcutsDialog'
import { useShortcutKeys } from './use-shortcut-keys'
import { useTheme } from './use-theme'
import { useRovingButtons } from '../lib/roving'
import { I18nProvider, initialLocale, useT } from '../lib/i18n'
import './shell.css'

/** The app shell: navigation, connection badges, and the current screen. */
export function App() {
  const [info, setInfo] = useState<AppInfo | null>(null)
  const [settings, setSettings] = useState<Settings | null>(null)
  const [screen, setScreen] = useState<ScreenId>('photos')
  const [error, setError] = useState<string | null>(null)
  const [helpOpen, setHelpOpen] = useState(false)
  const navKeys = useRovingButtons<HTMLElement>()
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

  useStudioEvent('menu:command', dispatchCommand)
  useCommand((command: MenuCommand) => {
    if (command.startsWith('navigate:')) setScreen(command.slice('navigate:'.length) as ScreenId)
    else if (command === 'help:shortcuts') setHelpOpen(true)
    else if (
      command === 'photos:find-spec' ||
      command === 'photos:add' ||
      command === 'photos:next-customer'
    ) {
      // These belong to the counter: from another screen they go there first.
      setScreen('photos')
      actOnMarkedControl(command, command === 'photos:find-spec' ? 'focus' : 'press')
    } else if (command === 'photos:save' || command === 'photos:print' || command === 'photos:unlock') {
      actOnMarkedControl(command, 'press', 0)
    }
  })
  const isMac = info?.platform === 'darwin'
  useShortcutKeys({ isMac, screen })
  useTheme(settings?.appearance.theme ?? 'system')
  // Until main says which language Settings chose, the window's own (the operating system's).
  const startLocale = useMemo(initialLocale, [])

  if (!info || !settings) {
    return (
      <I18nProvider locale={startLocale}>
        <main className="loading">
          <Notices notices={notices} onDismiss={dismiss} />
          <ErrorBanner message={error} />
          {!error && <Starting />}
        </main>
      </I18nProvider>
    )
  }

  const production = info.documentsEnvironment === 'production'
  const current = screens.find((s) => s.id === screen)
  const body: ReactNode = screen === 'settings' ? <SettingsScreen /> : (current?.render() ?? null)

  return (
    <I18nProvider locale={info.locale}>
      <AppStateContext.Provider value={{ info, settings, reload, printJob, takePrintJob }}>
        <div className={`shell${production ? ' shell-production' : ''}`}>
          <TopBar
            screen={screen}
            onScreen={setScreen}
            nav={navKeys}
            demo={info.demo}
            production={production}
            onHelp={() => setHelpOpen(true)}
          />
          <Notices notices={notices} onDismiss={dismiss} />
          <ErrorBanner message={error} onDismiss={() => setError(null)} />
          <main className="screen">
            {/* Screens with no title of their own still get one level-one heading, for screen readers. */}
            {current && !current.ownHeading && <ScreenHeading label={current.label} />}
            {body}
          </main>
        </div>
        <ShortcutsDialog open={helpOpen} isMac={isMac} onClose={() => setHelpOpen(false)} />
      </AppStateContext.Provider>
    </I18nProvider>
  )
}

function Starting() {
  return <p>{useT().t('app.starting')}</p>
}

function ScreenHeading(props: { label: (typeof screens)[number]['label'] }) {
  return <h1 className="visually-hidden">{useT().t(props.label)}</h1>
}

/** The top bar: the app's name, the screens, what it is connected to, and the shortcuts link. */
function TopBar(props: {
  screen: ScreenId
  onScreen: (screen: ScreenId) => void
  nav: ReturnType<typeof useRovingButtons<HTMLElement>>
  demo: { passportPhoto: boolean; documents: boolean }
  production: boolean
  onHelp: () => void
}) {
  const { t } = useT()
  const { nav, screen } = props
  return (
    <header className="topbar">
      <strong className="brand">{t('app.brand')}</strong>
      {/* One tab stop for the screens: the arrow keys move between them (Ctrl+1–4 jump). */}
      <nav aria-label={t('app.nav.label')} ref={nav.ref} onKeyDown={nav.onKeyDown} onFocus={nav.onFocus}>
        {screens.map((s) => (
          <button
            key={s.id}
            type="button"
            className={s.id === screen ? 'tab active' : 'tab'}
            aria-current={s.id === screen ? 'page' : undefined}
            onClick={() => props.onScreen(s.id)}
          >
            {t(s.label)}
          </button>
        ))}
      </nav>
      <span className="badges">
        {props.demo.passportPhoto && <DemoBadge what="passportPhoto" />}
        {props.demo.documents && <DemoBadge what="documents" />}
        {props.production && <span className="badge badge-production">{t('app.badge.production')}</span>}
      </span>
      <button type="button" className="link help-button" onClick={props.onHelp}>
        {t('app.shortcutsLink')}
      </button>
    </header>
  )
}
