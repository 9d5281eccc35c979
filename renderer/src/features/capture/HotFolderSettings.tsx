import { useEffect, useState } from 'react'
import type { HotFolderStatus, SpecSummary } from '../../../../electron/shared/contract'
import { call } from '../../lib/studio'
import { HotFolderFields, type FolderOptions } from './HotFolderFields'
import { useHotFolders } from './use-hot-folders'

const STATE_WORDS: Record<HotFolderStatus['state'], string> = {
  starting: 'Starting…',
  watching: 'Watching',
  missing: 'Not found',
  paused: 'Paused',
  error: 'Cannot watch'
}

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
      <h2 id="hot-heading">Hot folder</h2>
      <p className="muted">
        Tethered cameras: point the camera software (EOS Utility, Lightroom, gPhoto2…) at a folder, and every
        new photo in it becomes a queued job. Files already in the folder when you add it are left alone.
      </p>
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
          {view.paused ? 'Resume hot folders' : 'Pause hot folders'}
        </button>
      )}
      <ul className="hot-folders" aria-label="Watched folders">
        {view?.folders.map((status) => (
          <li key={status.folder.id} aria-label={status.folder.path}>
            <p>
              <code>{status.folder.path}</code>{' '}
              <strong className={`hot-state hot-state-${status.state}`}>{STATE_WORDS[status.state]}</strong>{' '}
              <span className="muted">
                {status.queued} queued, {status.refused} refused
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
              Stop watching this folder
            </button>
          </li>
        ))}
      </ul>
      <fieldset className="hot-new">
        <legend>Add a folder</legend>
        <HotFolderFields
          idPrefix="new"
          value={draft}
          specs={specs}
          onChange={(p) => setDraft({ ...draft, ...p })}
        />
        <button type="button" onClick={() => void change(() => call('capture:add-hot-folder', draft))}>
          Choose folder and start watching…
        </button>
      </fieldset>
    </section>
  )
}
