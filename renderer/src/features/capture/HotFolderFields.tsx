import type { HotFolder, SpecSummary } from '../../../../electron/shared/contract'

/** The options of a hot folder, as a form edits them. */
export type FolderOptions = Omit<HotFolder, 'id' | 'path'>

/** The fields of one hot folder's options; used for a new folder and for each folder in the list. */
export function HotFolderFields(props: {
  value: FolderOptions
  specs: SpecSummary[]
  onChange: (patch: Partial<FolderOptions>) => void
  idPrefix: string
}) {
  const { value, onChange } = props
  return (
    <div className="hot-fields">
      <label>
        Spec
        <select value={value.specCode} onChange={(e) => onChange({ specCode: e.target.value })}>
          {!props.specs.some((s) => s.specCode === value.specCode) && (
            <option value={value.specCode}>{value.specCode}</option>
          )}
          {props.specs.map((s) => (
            <option key={s.specCode} value={s.specCode}>
              {s.name} ({s.specCode})
            </option>
          ))}
        </select>
      </label>
      <label>
        Mode
        <select
          value={value.mode}
          onChange={(e) => onChange({ mode: e.target.value as FolderOptions['mode'] })}
        >
          <option value="direct">Final photo</option>
          <option value="watermark">Watermarked preview</option>
        </select>
      </label>
      <label>
        Customer name
        <select
          value={value.customerRule}
          onChange={(e) => onChange({ customerRule: e.target.value as FolderOptions['customerRule'] })}
        >
          <option value="none">None</option>
          <option value="file-name">The file name (Anna Smith.jpg → Anna Smith)</option>
          <option value="before-underscore">Text before the first _ (SMITH_0042.jpg → SMITH)</option>
        </select>
      </label>
      <label>
        Once queued
        <select
          value={value.afterQueued}
          onChange={(e) => onChange({ afterQueued: e.target.value as FolderOptions['afterQueued'] })}
        >
          <option value="leave">Leave the file</option>
          <option value="move-to-done">Move it to done/</option>
          <option value="delete-after-days">Delete it after some days</option>
        </select>
      </label>
      {value.afterQueued === 'delete-after-days' && (
        <label>
          Days
          <input
            type="number"
            min={1}
            max={365}
            value={value.deleteAfterDays}
            onChange={(e) => {
              const days = Number(e.target.value)
              if (Number.isInteger(days) && days >= 1 && days <= 365) onChange({ deleteAfterDays: days })
            }}
          />
        </label>
      )}
      <label className="inline">
        <input
          type="checkbox"
          id={`${props.idPrefix}-network`}
          checked={value.networkFolder}
          onChange={(e) => onChange({ networkFolder: e.target.checked })}
        />
        Network folder (checked every second)
      </label>
    </div>
  )
}
