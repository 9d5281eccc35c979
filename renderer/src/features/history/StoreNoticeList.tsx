import { ErrorBanner } from '../../components/ErrorBanner'
import { useStoreNotices } from './use-store-notices'

const STYLE = {
  info: 'banner banner-ok',
  warning: 'banner banner-warn',
  error: 'banner banner-error'
} as const

/**
 * Notices about the stored history, shown on the Photos and History screens until dealt with: what an import
 * brought in (and its backup, until confirmed), entries set aside as damaged, a write that failed.
 */
export function StoreNoticeList() {
  const { notices, error, confirmImport, dismiss } = useStoreNotices()
  if (notices.length === 0 && error === null) return null
  return (
    <div className="store-notices">
      <ErrorBanner message={error} />
      {notices.map((notice) => (
        <div
          key={notice.id}
          className={STYLE[notice.level]}
          role={notice.level === 'error' ? 'alert' : 'status'}
        >
          <span>{notice.message}</span>
          {notice.action === 'confirm-import' && (
            <button type="button" onClick={() => void confirmImport()}>
              Everything is here: delete the old file
            </button>
          )}
          <button
            type="button"
            className="link"
            aria-label={`Dismiss: ${notice.message.slice(0, 60)}`}
            onClick={() => void dismiss(notice.id)}
          >
            ×
          </button>
        </div>
      ))}
    </div>
  )
}
