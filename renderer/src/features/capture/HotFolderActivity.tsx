import { useState } from 'react'
import type { HotFolderActivity as Activity } from '../../../../electron/shared/contract'
import { call } from '../../lib/studio'
import { useHotFolders } from './use-hot-folders'
import { useT } from '../../lib/i18n'

/** Activity the operator has cleared from the Photos screen, for this run (survives switching screens). */
let clearedBefore = 0

const ICON: Record<Activity['kind'], string> = {
  queued: '✓',
  refused: '✗',
  duplicate: '=',
  waiting: '…',
  'folder-missing': '!',
  'folder-back': '✓',
  'left-alone': 'i',
  deleted: 'i'
}

/**
 * The hot folders on the Photos screen: whether they are watching, one-click pause and resume, and what they did
 * since the operator last cleared the list: each photo queued, each file refused (with the same words a drop
 * would give), a folder gone or back.
 */
export function HotFolderActivity() {
  const { t } = useT()
  const { view, error, change } = useHotFolders()
  const [cleared, setCleared] = useState(clearedBefore)
  if (!view || view.folders.length === 0) return null
  const recent = view.activity.filter((a) => a.at > cleared).slice(0, 6)
  const watching = view.folders.filter((f) => f.state === 'watching').length
  const missing = view.folders.filter((f) => f.state === 'missing').length
  const summary = view.paused
    ? t('camera.hot.paused')
    : t('camera.hot.watching', { watching, total: view.folders.length, missing })
  return (
    <section className="hot-activity" aria-label={t('camera.hot.activity')}>
      <div className="hot-activity-bar">
        <strong className={missing > 0 ? 'warn' : undefined}>{summary}</strong>
        <button
          type="button"
          onClick={() => void change(() => call('capture:pause-hot-folders', { paused: !view.paused }))}
        >
          {view.paused ? t('camera.hot.resume') : t('camera.hot.pause')}
        </button>
        {recent.length > 0 && (
          <button
            type="button"
            className="link"
            onClick={() => {
              clearedBefore = Date.now()
              setCleared(clearedBefore)
            }}
          >
            {t('camera.hot.clear')}
          </button>
        )}
      </div>
      {error && (
        <p className="banner banner-error" role="alert">
          {error}
        </p>
      )}
      {recent.length > 0 && (
        <ul aria-label={t('camera.hot.files')} className="hot-activity-list">
          {recent.map((a) => (
            <li key={a.id} className={`hot-${a.kind}`}>
              <span aria-hidden="true">{ICON[a.kind]}</span> {a.message}
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
