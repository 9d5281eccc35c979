import type { Ref } from 'react'
import type { Sensitivity } from '../../../../electron/shared/contract'
import { parseSheetSizes, type JobOptionsValue } from './job-options'
import { SensitivityKnobs } from './SensitivityKnobs'
import { useT } from '../../lib/i18n'
import { defaultWatermarkText, WATERMARK_TEXTS } from '../../../../electron/shared/i18n/watermark'

/** Customer, mode, sensitivity and sheet sizes for the next photos. */
export function JobOptions(props: {
  value: JobOptionsValue
  onChange: (next: JobOptionsValue) => void
  onSensitivity: (next: Sensitivity) => void
  customerRef?: Ref<HTMLInputElement>
  /** Clears the customer name for the next person at the counter, and puts the cursor there. */
  onNextCustomer?: () => void
}) {
  const { t, rich, locale } = useT()
  const { value } = props
  const watermark = value.watermarkText ?? defaultWatermarkText(locale.language)
  const set = (patch: Partial<JobOptionsValue>) => props.onChange({ ...value, ...patch })
  const sheets = parseSheetSizes(value.sheetSizesText)
  return (
    <div className="job-options">
      <div className="row customer-row">
        <label>
          {t('photos.options.customer')}
          <input
            ref={props.customerRef}
            value={value.customer}
            maxLength={120}
            placeholder={t('photos.options.optional')}
            onChange={(e) => set({ customer: e.target.value })}
          />
        </label>
        {props.onNextCustomer && (
          <button
            type="button"
            data-command="photos:next-customer"
            aria-keyshortcuts="F2"
            onClick={props.onNextCustomer}
          >
            {rich('photos.options.next', { kbd: (chunks) => <kbd>{chunks}</kbd> })}
          </button>
        )}
      </div>
      <fieldset>
        <legend>{t('photos.options.mode')}</legend>
        <label className="inline">
          <input
            type="radio"
            name="mode"
            checked={value.mode === 'direct'}
            onChange={() => set({ mode: 'direct' })}
          />
          {t('photos.options.direct')}
        </label>
        <label className="inline">
          <input
            type="radio"
            name="mode"
            checked={value.mode === 'watermark'}
            onChange={() => set({ mode: 'watermark' })}
          />
          {t('photos.options.watermark')}
        </label>
        {value.mode === 'watermark' && (
          <label className="inline">
            {t('photos.options.watermarkText')}
            <select
              value={watermark}
              onChange={(e) => set({ watermarkText: e.target.value as JobOptionsValue['watermarkText'] })}
            >
              {/* The two texts the API whitelists, sent exactly as written, in every language. */}
              {WATERMARK_TEXTS.map((text) => (
                <option key={text} value={text} translate="no">
                  {text}
                </option>
              ))}
            </select>
          </label>
        )}
      </fieldset>
      <details>
        <summary>{t('photos.options.more')}</summary>
        <SensitivityKnobs value={value.sensitivity} onChange={props.onSensitivity} />
        <label>
          {t('photos.options.delivery')}
          <select
            value={value.outputFormat}
            onChange={(e) => set({ outputFormat: e.target.value as JobOptionsValue['outputFormat'] })}
          >
            <option value="IMAGE_BASE64">{t('photos.options.inAnswer')}</option>
            <option value="S3_URL">{t('photos.options.link')}</option>
          </select>
        </label>
        <label>
          {t('photos.options.sheets')}
          <input
            value={value.sheetSizesText}
            placeholder={t('photos.options.sheetsPlaceholder')}
            aria-invalid={sheets.invalid !== null || sheets.sizes.length > 5}
            aria-describedby="sheet-sizes-hint"
            onChange={(e) => set({ sheetSizesText: e.target.value })}
          />
        </label>
        <p id="sheet-sizes-hint" className="muted">
          {sheets.invalid !== null
            ? t('photos.options.notASize', { entry: sheets.invalid })
            : sheets.sizes.length > 5
              ? t('photos.options.atMost')
              : t('photos.options.separate')}
        </p>
      </details>
    </div>
  )
}
