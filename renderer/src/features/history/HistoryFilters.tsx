import type { JobState } from '../../../../electron/shared/contract'
import { stateLabel } from '../photos/job-labels'
import type { HistoryFilter } from './use-history'

const STATES: JobState[] = [
  'done',
  'needs-attention',
  'held',
  'failed',
  'cancelled',
  'queued',
  'uploading',
  'processing'
]

/** Search by customer or order number, and filters by date, state and spec. */
export function HistoryFilters(props: { value: HistoryFilter; onChange: (next: HistoryFilter) => void }) {
  const { value } = props
  const set = (patch: Partial<HistoryFilter>) => props.onChange({ ...value, ...patch })
  return (
    <form className="history-filters" role="search" onSubmit={(e) => e.preventDefault()}>
      <label>
        Search customer or order number
        <input
          type="search"
          value={value.search}
          placeholder="Müller, #1042"
          onChange={(e) => set({ search: e.target.value })}
        />
      </label>
      <label>
        From
        <input type="date" value={value.from} onChange={(e) => set({ from: e.target.value })} />
      </label>
      <label>
        To
        <input type="date" value={value.to} onChange={(e) => set({ to: e.target.value })} />
      </label>
      <label>
        State
        <select value={value.state} onChange={(e) => set({ state: e.target.value as JobState | '' })}>
          <option value="">Any</option>
          {STATES.map((state) => (
            <option key={state} value={state}>
              {stateLabel(state)}
            </option>
          ))}
        </select>
      </label>
      <label>
        Spec code
        <input
          type="text"
          value={value.specCode}
          placeholder="us-passport"
          onChange={(e) => set({ specCode: e.target.value })}
        />
      </label>
    </form>
  )
}
