import { useRef, useState } from 'react'
import type { MenuCommand, Side } from '../../../../electron/shared/contract'
import { useAppState } from '../../app/app-state'
import { ErrorBanner } from '../../components/ErrorBanner'
import { useCommand } from '../../app/commands'
import { call, messageOf } from '../../lib/studio'
import { AuditPanel } from './AuditPanel'
import { EnvironmentBar } from './EnvironmentBar'
import { SessionBar } from './SessionBar'
import { SidePanel, type SideNotice } from './SidePanel'
import type { PixelSize } from './size-rule'
import { TokenEntry } from './TokenEntry'
import { useDocumentImage } from './use-document-image'
import { SIDES, useDocumentSession } from './use-document-session'
import { useLinkedViews } from './use-linked-views'
import { useNow } from './use-now'
import type { ViewerOp } from './viewer-state'
import './documents.css'
import { useT } from '../../lib/i18n'

/**
 * Two different requests waiting per side is already more than a minute of the limit; more would only hold the
 * person up (and each waiting request holds a connection in the browser harness). An identical request is never
 * sent twice: main would join it to the one already waiting anyway.
 */
const MAX_WAITING_PER_SIDE = 2

const requestName = (size: PixelSize | null) => (size === null ? 'original' : `${size.width}x${size.height}`)

const MENU_OPS: Partial<
  Record<MenuCommand, ViewerOp | { type: 'toggle-invert' } | { type: 'toggle-contrast' }>
> = {
  'viewer:zoom-in': { type: 'zoom-in' },
  'viewer:zoom-out': { type: 'zoom-out' },
  'viewer:fit': { type: 'fit' },
  'viewer:actual-size': { type: 'actual-size' },
  'viewer:rotate': { type: 'rotate' },
  'viewer:reset': { type: 'reset' },
  'viewer:toggle-invert': { type: 'toggle-invert' },
  'viewer:toggle-contrast': { type: 'toggle-contrast' }
}

type PerSide<T> = Record<Side, T>

/** The document viewer for compliance staff: tokens, front and back side by side, and the audit log. */
export function DocumentsScreen() {
  const { info, settings } = useAppState()
  const { t } = useT()
  const docs = useDocumentSession(info.documentsEnvironment)
  const viewer = useLinkedViews()
  const [screenError, setScreenError] = useState<string | null>(null)
  const [actionErrors, setActionErrors] = useState<PerSide<string | null>>({ front: null, back: null })
  const [notices, setNotices] = useState<PerSide<SideNotice | null>>({ front: null, back: null })
  const [refreshing, setRefreshing] = useState<PerSide<boolean>>({ front: false, back: false })
  const inFlight = useRef<PerSide<Set<string>>>({ front: new Set(), back: new Set() })
  const { session, apply, touch } = docs

  const front = useDocumentImage('front', (session?.sides.front.width ?? null) !== null, docs.revisions.front)
  const back = useDocumentImage('back', (session?.sides.back.width ?? null) !== null, docs.revisions.back)
  const images = { front, back }

  const ticking =
    session !== null &&
    (session.idleClearsAt !== null ||
      SIDES.some(
        (s) =>
          session.sides[s].rateLimit.nextSlotAt !== null || session.sides[s].rateLimit.blockedUntil !== null
      ))
  const now = useNow(ticking)

  const setFor = <T,>(set: (u: (p: PerSide<T>) => PerSide<T>) => void, side: Side, value: T) =>
    set((previous) => ({ ...previous, [side]: value }))

  const fetchSide = (side: Side, size: PixelSize | null) => {
    setFor(setActionErrors, side, null)
    setFor(setNotices, side, null)
    const waiting = inFlight.current[side]
    const name = requestName(size)
    if (waiting.has(name)) {
      setFor(setNotices, side, { text: t('documents.notice.alreadyWaiting', { side }), refused: false })
      return
    }
    if (waiting.size >= MAX_WAITING_PER_SIDE) {
      setFor(setNotices, side, {
        text: t('documents.notice.queueFull', { count: MAX_WAITING_PER_SIDE, side }),
        refused: true
      })
      return
    }
    waiting.add(name)
    call('documents:fetch', { side, size })
      .then(apply, (e: unknown) => setFor(setActionErrors, side, messageOf(e)))
      .finally(() => waiting.delete(name))
  }

  const refreshSide = async (side: Side) => {
    setFor(setActionErrors, side, null)
    setFor(setRefreshing, side, true)
    try {
      apply(await call('documents:refresh', { side }))
      setFor(setNotices, side, { text: t('documents.notice.refreshed'), refused: false })
    } catch (e) {
      setFor(setActionErrors, side, messageOf(e))
      await docs.reload()
    } finally {
      setFor(setRefreshing, side, false)
    }
  }

  const saveSide = async (side: Side) => {
    setFor(setActionErrors, side, null)
    try {
      const saved = await call('documents:save-as', { side })
      setFor(setNotices, side, {
        text:
          saved.path === null
            ? t('documents.notice.notSaved')
            : t('documents.notice.saved', { path: saved.path }),
        refused: false
      })
    } catch (e) {
      setFor(setActionErrors, side, messageOf(e))
    }
  }

  const afterNewSession = () => {
    setActionErrors({ front: null, back: null })
    setNotices({ front: null, back: null })
    viewer.resetAll()
  }

  const clear = async () => {
    try {
      apply(await call('documents:clear'))
      afterNewSession()
    } catch (e) {
      setScreenError(messageOf(e))
    }
  }

  const takeTokens = async (work: () => Promise<Parameters<typeof apply>[0]>): Promise<boolean> => {
    setScreenError(null)
    try {
      apply(await work())
      afterNewSession()
      return true
    } catch (e) {
      setScreenError(messageOf(e))
      return false
    }
  }

  // From the native menu and from the window's own shortcut keys alike.
  useCommand((command) => {
    if (command === 'documents:clear') void clear()
    else if (command === 'viewer:toggle-link') viewer.setLinked(!viewer.linked)
    else {
      const op = MENU_OPS[command]
      if (op !== undefined) viewer.dispatch(viewer.active, op)
    }
  })

  const environment = session?.environment ?? info.documentsEnvironment
  return (
    <div className="documents" onPointerDownCapture={touch} onKeyDownCapture={touch} onWheelCapture={touch}>
      <header className="doc-head">
        <h1>{t('documents.title')}</h1>
        <EnvironmentBar environment={environment} />
      </header>
      <ErrorBanner message={screenError ?? docs.loadError} onDismiss={() => setScreenError(null)} />
      <TokenEntry
        idleMinutes={settings.documents.idleTimeoutMinutes}
        onAccessToken={(accessToken) =>
          takeTokens(() => call('documents:tokens-from-access-token', { accessToken }))
        }
        onDocumentTokens={(tokens) => takeTokens(() => call('documents:set-tokens', tokens))}
      />
      {session !== null && (
        <>
          <SessionBar
            idleClearsAt={session.idleClearsAt}
            now={now}
            linked={viewer.linked}
            onLinked={viewer.setLinked}
            onClear={() => void clear()}
          />
          <div className="doc-sides">
            {SIDES.map((side) => (
              <SidePanel
                key={side}
                side={side}
                view={session.sides[side]}
                image={images[side].image}
                imageError={images[side].error}
                actionError={actionErrors[side]}
                notice={notices[side]}
                original={docs.originals[side]}
                viewState={viewer.views[side]}
                fitScale={viewer.fitScales[side]}
                now={now}
                refreshing={refreshing[side]}
                onFetch={(size) => fetchSide(side, size)}
                onRefresh={() => void refreshSide(side)}
                onSave={() => void saveSide(side)}
                onOp={(op) => viewer.dispatch(side, op)}
                onFitScale={viewer.fitScaleSetters[side]}
                onActivate={() => viewer.setActive(side)}
              />
            ))}
          </div>
        </>
      )}
      <AuditPanel />
    </div>
  )
}
