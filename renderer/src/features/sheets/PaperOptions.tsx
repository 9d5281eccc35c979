import type { SheetRequest } from '../../../../electron/shared/contract'
import { PAPER_CHOICES, settingsProblems, type PaperId, type SheetSettings } from './sheet-options'

/** Paper, orientation, spacing, cut guides, label and print resolution. */
export function PaperOptions(props: { value: SheetSettings; onChange: (next: SheetSettings) => void }) {
  const { value } = props
  const set = (patch: Partial<SheetSettings>) => props.onChange({ ...value, ...patch })
  const problems = settingsProblems(value)
  return (
    <div className="paper-options">
      <label>
        Paper
        <select
          aria-label="Paper"
          value={value.paper}
          onChange={(e) => set({ paper: e.target.value as PaperId })}
        >
          {PAPER_CHOICES.map((p) => (
            <option key={p.id} value={p.id}>
              {p.label}
            </option>
          ))}
        </select>
      </label>
      {value.paper === 'custom' && (
        <div className="row">
          <label>
            Paper width
            <input
              inputMode="decimal"
              value={value.customWidth}
              aria-invalid={problems.custom !== undefined}
              onChange={(e) => set({ customWidth: e.target.value })}
            />
          </label>
          <label>
            Paper height
            <input
              inputMode="decimal"
              value={value.customHeight}
              aria-invalid={problems.custom !== undefined}
              onChange={(e) => set({ customHeight: e.target.value })}
            />
          </label>
          <label>
            Unit
            <select
              aria-label="Unit"
              value={value.customUnit}
              onChange={(e) => set({ customUnit: e.target.value as SheetSettings['customUnit'] })}
            >
              <option value="mm">mm</option>
              <option value="in">inches</option>
            </select>
          </label>
        </div>
      )}
      <label>
        Orientation
        <select
          aria-label="Orientation"
          value={value.orientation}
          onChange={(e) => set({ orientation: e.target.value as SheetRequest['orientation'] })}
        >
          <option value="auto">Automatic (fits the most copies)</option>
          <option value="portrait">Portrait</option>
          <option value="landscape">Landscape</option>
        </select>
      </label>
      <div className="row">
        <label>
          Margin (mm)
          <input
            inputMode="decimal"
            size={5}
            value={value.margin}
            aria-invalid={problems.margin !== undefined}
            onChange={(e) => set({ margin: e.target.value })}
          />
        </label>
        <label>
          Gap between copies (mm)
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
        <legend>Cut guides</legend>
        {(
          [
            ['lines', 'Lines'],
            ['crop-marks', 'Corner crop marks'],
            ['off', 'Off']
          ] as const
        ).map(([id, text]) => (
          <label key={id} className="inline">
            <input
              type="radio"
              name="sheet-guides"
              checked={value.guides === id}
              onChange={() => set({ guides: id })}
            />
            {text}
          </label>
        ))}
      </fieldset>
      <label className="inline">
        <input type="checkbox" checked={value.label} onChange={(e) => set({ label: e.target.checked })} />
        Label (customer, spec, date) where there is room
      </label>
      <label>
        Print resolution
        <select
          aria-label="Print resolution"
          value={value.dpi}
          onChange={(e) => set({ dpi: toDpi(Number(e.target.value)) })}
        >
          <option value={254}>254 dpi (minilab: 100 px = 1 cm)</option>
          <option value={300}>300 dpi (standard)</option>
          <option value={600}>600 dpi (fine)</option>
        </select>
      </label>
    </div>
  )
}

function toDpi(value: number): SheetSettings['dpi'] {
  return value === 254 || value === 600 ? value : 300
}
