import { useEffect, useState } from 'react'
import type { SpecSummary } from '../../../../electron/shared/contract'
import { call } from '../../lib/studio'
import { HotFolderFields, type FolderOptions } from './HotFolderFields'
import { useHotFolders } from './use-hot-folders'
import { useT } from '../../lib/i18n'

const NEW_FOLDER: FolderOptions = {
  specCode: 'us-passport',
  mode: 'direct',
  customerRule: 'before-underscore',
  afterQueued: 'leave',
  deleteAfterDays: 30,
  networkFolder: false
}

/**
 * Settings › Hot folder: the folders a tethered camera's software writes into, each with its spec, mode,
 * customer-name rule and what happens to a file once queued; pause and resume in one click.
 */
export function HotFolderSettings() {
  const { t } = useT()
  const { view, error, change } = useHotFolders()
  const [specs, setSpecs] = useState<SpecSummary[]>([])
  const [draft, setDraft] = useState<FolderOptions>(NEW_FOLDER)

  useEffect(() => {
    call('specs:list', {}).then(
      (list) => setSpecs([...list.specs].sort((a, b) => a.name.localeCompare(b.name))),
      () => setSpecs([])
    )
    call('specs:get-prefs').then(
      (prefs) => prefs.last && setDraft((d) => ({ ...d, specCode: prefs.last ?? d.specCode })),
      () => undefined
    )
  }, [])

  return (
    <section aria-labelledby="hot-heading">
      <h2 id="hot-heading">{t('camera.hot.title')}</h2>
      <p className="muted">{t('camera.hot.intro')}</p>
      {error && (
        <p className="banner banner-error" role="alert">
          {error}
        </p>
      )}
      {view && view.folders.length > 0 && (
        <button
          type="button"
          onClick={() => void change(() => call('capture:pause-hot-folders', { paused: !view.paused }))}
        >
          {view.paused ? t('camera.hot.resumeAll') : t('camera.hot.pauseAll')}
        </button>
      )}
      <ul className="hot-folders" aria-label={t('camera.hot.watched')}>
        {view?.folders.map((status) => (
          <li key={status.folder.id} aria-label={status.folder.path}>
            <p>
              <code>{status.folder.path}</code>{' '}
              <strong className={`hot-state hot-state-${status.state}`}>
                {t('camera.hot.state', { state: status.state })}
              </strong>{' '}
              <span className="muted">
                {t('camera.hot.counts', { queued: status.queued, refused: status.refused })}
              </span>
            </p>
            {status.message && <p className="muted">{status.message}</p>}
            <HotFolderFields
              idPrefix={status.folder.id}
              value={status.folder}
              specs={specs}
              onChange={(patch) =>
                void change(() => call('capture:update-hot-folder', { id: status.folder.id, ...patch }))
              }
            />
            <button
              type="button"
              onClick={() => void change(() => call('capture:remove-hot-folder', { id: status.folder.id }))}
            >
              {t('camera.hot.stop')}
            </button>
          </li>
        ))}
      </ul>
      <fieldset className="hot-new">
        <legend>{t('camera.hot.add')}</legend>
        <HotFolderFields
          idPrefix="new"
          value={draft}
          specs={specs}
          onChange={(p) => setDraft({ ...draft, ...p })}
        />
        <button type="button" onClick={() => void change(() => call('capture:add-hot-folder', draft))}>
          {t('camera.hot.choose')}
        </button>
      </fieldset>
    </section>
  )
}
