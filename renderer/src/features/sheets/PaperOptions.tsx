import type { SheetRequest } from '../../../../electron/shared/contract'
import type { MessageId } from '../../../../electron/shared/i18n/messages'
import { useT } from '../../lib/i18n'
import { paperChoices, settingsProblems, type PaperId, type SheetSettings } from './sheet-options'

const GUIDES: readonly (readonly [SheetRequest['guides'], MessageId])[] = [
  ['lines', 'sheets.guides.lines'],
  ['crop-marks', 'sheets.guides.cropMarks'],
  ['off', 'sheets.guides.off']
]

/** Paper, orientation, spacing, cut guides, label and print resolution. */
export function PaperOptions(props: { value: SheetSettings; onChange: (next: SheetSettings) => void }) {
  const { t, locale } = useT()
  const { value } = props
  const set = (patch: Partial<SheetSettings>) => props.onChange({ ...value, ...patch })
  const problems = settingsProblems(value)
  return (
    <div className="paper-options">
      <label>
        {t('sheets.paper.label')}
        <select
          aria-label={t('sheets.paper.label')}
          value={value.paper}
          onChange={(e) => set({ paper: e.target.value as PaperId })}
        >
          {paperChoices(t, locale.unit).map((p) => (
            <option key={p.id} value={p.id}>
              {p.label}
            </option>
          ))}
        </select>
      </label>
      {value.paper === 'custom' && (
        <div className="row">
          <label>
            {t('sheets.paper.width')}
            <input
              inputMode="decimal"
              value={value.customWidth}
              aria-invalid={problems.custom !== undefined}
              onChange={(e) => set({ customWidth: e.target.value })}
            />
          </label>
          <label>
            {t('sheets.paper.height')}
            <input
              inputMode="decimal"
              value={value.customHeight}
              aria-invalid={problems.custom !== undefined}
              onChange={(e) => set({ customHeight: e.target.value })}
            />
          </label>
          <label>
            {t('sheets.paper.unit')}
            <select
              aria-label={t('sheets.paper.unit')}
              value={value.customUnit}
              onChange={(e) => set({ customUnit: e.target.value as SheetSettings['customUnit'] })}
            >
              <option value="mm">{t('units.name.mm')}</option>
              <option value="in">{t('units.name.in')}</option>
            </select>
          </label>
        </div>
      )}
      <label>
        {t('sheets.orientation.label')}
        <select
          aria-label={t('sheets.orientation.label')}
          value={value.orientation}
          onChange={(e) => set({ orientation: e.target.value as SheetRequest['orientation'] })}
        >
          <option value="auto">{t('sheets.orientation.auto')}</option>
          <option value="portrait">{t('sheets.orientation.portrait')}</option>
          <option value="landscape">{t('sheets.orientation.landscape')}</option>
        </select>
      </label>
      <div className="row">
        <label>
          {t('sheets.margin.label')}
          <input
            inputMode="decimal"
            size={5}
            value={value.margin}
            aria-invalid={problems.margin !== undefined}
            onChange={(e) => set({ margin: e.target.value })}
          />
        </label>
        <label>
          {t('sheets.gap.label')}
          <input
            inputMode="decimal"
            size={5}
            value={value.gap}
            aria-invalid={problems.gap !== undefined}
            onChange={(e) => set({ gap: e.target.value })}
          />
        </label>
      </div>
      <fieldset>
        <legend>{t('sheets.guides.legend')}</legend>
        {GUIDES.map(([id, text]) => (
          <label key={id} className="inline">
            <input
              type="radio"
              name="sheet-guides"
              checked={value.guides === id}
              onChange={() => set({ guides: id })}
            />
            {t(text)}
          </label>
        ))}
      </fieldset>
      <label className="inline">
        <input type="checkbox" checked={value.label} onChange={(e) => set({ label: e.target.checked })} />
        {t('sheets.label.toggle')}
      </label>
      <label>
        {t('sheets.dpi.label')}
        <select
          aria-label={t('sheets.dpi.label')}
          value={value.dpi}
          onChange={(e) => set({ dpi: toDpi(Number(e.target.value)) })}
        >
          <option value={254}>{t('sheets.dpi.254')}</option>
          <option value={300}>{t('sheets.dpi.300')}</option>
          <option value={600}>{t('sheets.dpi.600')}</option>
        </select>
      </label>
    </div>
  )
}

function toDpi(value: number): SheetSettings['dpi'] {
  return value === 254 || value === 600 ? value : 300
}
