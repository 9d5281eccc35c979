import type { HotFolder, SpecSummary } from '../../../../electron/shared/contract'
import { useT } from '../../lib/i18n'

/** The options of a hot folder, as a form edits them. */
export type FolderOptions = Omit<HotFolder, 'id' | 'path'>

/** The fields of one hot folder's options; used for a new folder and for each folder in the list. */
export function HotFolderFields(props: {
  value: FolderOptions
  specs: SpecSummary[]
  onChange: (patch: Partial<FolderOptions>) => void
  idPrefix: string
}) {
  const { t } = useT()
  const { value, onChange } = props
  return (
    <div className="hot-fields">
      <label>
        {t('camera.fields.spec')}
        <select value={value.specCode} onChange={(e) => onChange({ specCode: e.target.value })}>
          {!props.specs.some((s) => s.specCode === value.specCode) && (
            <option value={value.specCode}>{value.specCode}</option>
          )}
          {props.specs.map((s) => (
            // A spec's name is the service's, as sent (translate="no" tells tools and tests so).
            <option key={s.specCode} value={s.specCode} translate="no">
              {s.name} ({s.specCode})
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('camera.fields.mode')}
        <select
          value={value.mode}
          onChange={(e) => onChange({ mode: e.target.value as FolderOptions['mode'] })}
        >
          <option value="direct">{t('camera.fields.mode.direct')}</option>
          <option value="watermark">{t('camera.fields.mode.watermark')}</option>
        </select>
      </label>
      <label>
        {t('camera.fields.customer')}
        <select
          value={value.customerRule}
          onChange={(e) => onChange({ customerRule: e.target.value as FolderOptions['customerRule'] })}
        >
          <option value="none">{t('camera.fields.customer.none')}</option>
          <option value="file-name">{t('camera.fields.customer.fileName')}</option>
          <option value="before-underscore">{t('camera.fields.customer.beforeUnderscore')}</option>
        </select>
      </label>
      <label>
        {t('camera.fields.after')}
        <select
          value={value.afterQueued}
          onChange={(e) => onChange({ afterQueued: e.target.value as FolderOptions['afterQueued'] })}
        >
          <option value="leave">{t('camera.fields.after.leave')}</option>
          <option value="move-to-done">{t('camera.fields.after.move')}</option>
          <option value="delete-after-days">{t('camera.fields.after.delete')}</option>
        </select>
      </label>
      {value.afterQueued === 'delete-after-days' && (
        <label>
          {t('camera.fields.days')}
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
        {t('camera.fields.network')}
      </label>
    </div>
  )
}
