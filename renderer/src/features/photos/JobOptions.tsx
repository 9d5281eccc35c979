import type { Ref } from 'react'
import type { Sensitivity } from '../../../../electron/shared/contract'
import { parseSheetSizes, type JobOptionsValue } from './job-options'
import { SensitivityKnobs } from './SensitivityKnobs'

/** Customer, mode, sensitivity and sheet sizes for the next photos. */
export function JobOptions(props: {
  value: JobOptionsValue
  onChange: (next: JobOptionsValue) => void
  onSensitivity: (next: Sensitivity) => void
  customerRef?: Ref<HTMLInputElement>
  /** Clears the customer name for the next person at the counter, and puts the cursor there. */
  onNextCustomer?: () => void
}) {
  const { value } = props
  const set = (patch: Partial<JobOptionsValue>) => props.onChange({ ...value, ...patch })
  const sheets = parseSheetSizes(value.sheetSizesText)
  return (
    <div className="job-options">
      <div className="row customer-row">
        <label>
          Customer name or order number
          <input
            ref={props.customerRef}
            value={value.customer}
            maxLength={120}
            placeholder="Optional"
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
            Next customer <kbd>F2</kbd>
          </button>
        )}
      </div>
      <fieldset>
        <legend>Mode</legend>
        <label className="inline">
          <input
            type="radio"
            name="mode"
            checked={value.mode === 'direct'}
            onChange={() => set({ mode: 'direct' })}
          />
          Direct (final photo)
        </label>
        <label className="inline">
          <input
            type="radio"
            name="mode"
            checked={value.mode === 'watermark'}
            onChange={() => set({ mode: 'watermark' })}
          />
          Watermark preview
        </label>
        {value.mode === 'watermark' && (
          <label className="inline">
            Watermark text
            <select
              value={value.watermarkText}
              onChange={(e) => set({ watermarkText: e.target.value as JobOptionsValue['watermarkText'] })}
            >
              <option value="Preview">Preview</option>
              <option value="Aperçu">Aperçu</option>
            </select>
          </label>
        )}
      </fieldset>
      <details>
        <summary>More options</summary>
        <SensitivityKnobs value={value.sensitivity} onChange={props.onSensitivity} />
        <label>
          Photo delivery (direct mode)
          <select
            value={value.outputFormat}
            onChange={(e) => set({ outputFormat: e.target.value as JobOptionsValue['outputFormat'] })}
          >
            <option value="IMAGE_BASE64">In the service’s answer (default)</option>
            <option value="S3_URL">As a download link, fetched by the app</option>
          </select>
        </label>
        <label>
          Sheet sizes from the service (pixels, e.g. 1800*1200)
          <input
            value={value.sheetSizesText}
            placeholder="Optional, up to 5"
            aria-invalid={sheets.invalid !== null || sheets.sizes.length > 5}
            aria-describedby="sheet-sizes-hint"
            onChange={(e) => set({ sheetSizesText: e.target.value })}
          />
        </label>
        <p id="sheet-sizes-hint" className="muted">
          {sheets.invalid !== null
            ? `“${sheets.invalid}” is not a size. Write width*height in pixels, such as 1800*1200.`
            : sheets.sizes.length > 5
              ? 'At most 5 sheet sizes.'
              : 'Separate several sizes with commas.'}
        </p>
      </details>
    </div>
  )
}
