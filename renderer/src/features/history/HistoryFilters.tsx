import type { JobState } from '../../../../electron/shared/contract'
import { stateLabel } from '../photos/job-labels'
import type { HistoryFilter } from './use-history'
import { useT } from '../../lib/i18n'

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

/** A spec code as the service writes it: the same in every language. */
const SPEC_EXAMPLE = 'us-passport'

/** Search by customer or order number, and filters by date, state and spec. */
export function HistoryFilters(props: { value: HistoryFilter; onChange: (next: HistoryFilter) => void }) {
  const { t } = useT()
  const { value } = props
  const set = (patch: Partial<HistoryFilter>) => props.onChange({ ...value, ...patch })
  return (
    <form className="history-filters" role="search" onSubmit={(e) => e.preventDefault()}>
      <label>
        {t('history.filters.search')}
        <input
          type="search"
          value={value.search}
          placeholder={t('history.filters.example')}
          onChange={(e) => set({ search: e.target.value })}
        />
      </label>
      <label>
        {t('history.filters.from')}
        <input type="date" value={value.from} onChange={(e) => set({ from: e.target.value })} />
      </label>
      <label>
        {t('history.filters.to')}
        <input type="date" value={value.to} onChange={(e) => set({ to: e.target.value })} />
      </label>
      <label>
        {t('history.filters.state')}
        <select value={value.state} onChange={(e) => set({ state: e.target.value as JobState | '' })}>
          <option value="">{t('history.filters.any')}</option>
          {STATES.map((state) => (
            <option key={state} value={state}>
              {stateLabel(state)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('history.filters.spec')}
        <input
          type="text"
          value={value.specCode}
          placeholder={SPEC_EXAMPLE}
          onChange={(e) => set({ specCode: e.target.value })}
        />
      </label>
    </form>
  )
}
