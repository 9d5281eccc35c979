import { useCallback, useEffect, useState } from 'react'
import type { AppNotice } from '../../../electron/shared/contract'
import { call, useStudioEvent } from '../lib/studio'
import { useT } from '../lib/i18n'

const LEVEL_CLASS: Record<AppNotice['level'], string> = {
  info: 'banner banner-ok',
  warning: 'banner banner-warn',
  error: 'banner banner-error'
}

/** The notices main has for the person (read once, then kept current by 'notices:changed'). */
export function useNotices(): { notices: AppNotice[]; dismiss: (id: string) => void } {
  const [notices, setNotices] = useState<AppNotice[]>([])
  useEffect(() => {
    let live = true
    // A failure to read them is not worth a banner of its own: they come again with the next change.
    call('notices:list').then(
      (list) => live && setNotices(list),
      () => undefined
    )
    return () => {
      live = false
    }
  }, [])
  useStudioEvent('notices:changed', setNotices)
  const dismiss = useCallback((id: string) => {
    call('notices:dismiss', { id }).then(setNotices, () => undefined)
  }, [])
  return { notices, dismiss }
}

/** The app shell's notices: one banner each, with what happened and a Dismiss button. */
export function Notices(props: { notices: AppNotice[]; onDismiss: (id: string) => void }) {
  const { t, rich } = useT()
  if (props.notices.length === 0) return null
  return (
    <section aria-label={t('app.notices.label')}>
      {props.notices.map((notice) => (
        <div
          key={notice.id}
          className={`${LEVEL_CLASS[notice.level]} notice`}
          role={notice.level === 'info' ? 'status' : 'alert'}
          data-testid={`notice-${notice.id}`}
        >
          <span>
            {rich('app.notice.text', {
              title: notice.title,
              message: notice.message,
              strong: (chunks) => <strong>{chunks}</strong>
            })}
          </span>
          <button type="button" onClick={() => props.onDismiss(notice.id)}>
            {t('app.notice.dismiss')}
          </button>
        </div>
      ))}
    </section>
  )
}
