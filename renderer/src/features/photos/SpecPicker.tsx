import { useDeferredValue, useEffect, useMemo, useState } from 'react'
import type { SpecList, SpecPrefs, SpecSummary } from '../../../../electron/shared/contract'
import { call, messageOf } from '../../lib/studio'
import { ErrorBanner } from '../../components/ErrorBanner'
import { searchSpecs } from '../../../../electron/shared/spec-search'

/** The spec browser: search, favourites and recently used at the top, refresh from the service. */
export function SpecPicker(props: {
  selected: string | null
  prefs: SpecPrefs | null
  onSelect: (specCode: string) => void
  onPrefs: (prefs: SpecPrefs) => void
}) {
  const [list, setList] = useState<SpecList | null>(null)
  const [query, setQuery] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const deferredQuery = useDeferredValue(query)

  const load = async (refresh: boolean) => {
    setBusy(true)
    setError(null)
    try {
      setList(await call('specs:list', refresh ? { refresh: true } : {}))
    } catch (e) {
      setError(messageOf(e))
    } finally {
      setBusy(false)
    }
  }

  useEffect(() => void load(false), [])

  const specs = useMemo(() => list?.specs ?? [], [list])
  const byCode = useMemo(() => new Map(specs.map((s) => [s.specCode, s])), [specs])
  const favourites = new Set(props.prefs?.favourites ?? [])
  const pick = (codes: readonly string[]) =>
    codes.map((c) => byCode.get(c)).filter((s): s is SpecSummary => s !== undefined)

  const searching = deferredQuery.trim() !== ''
  const matches = useMemo(() => searchSpecs(specs, deferredQuery), [specs, deferredQuery])

  const toggleFavourite = async (specCode: string) => {
    try {
      props.onPrefs(await call('specs:toggle-favourite', { specCode }))
    } catch (e) {
      setError(messageOf(e))
    }
  }

  const row = (spec: SpecSummary, group: string) => (
    <li
      key={`${group}-${spec.specCode}`}
      className={spec.specCode === props.selected ? 'spec-row selected' : 'spec-row'}
    >
      <button
        type="button"
        className="spec-choose"
        aria-label={`${spec.name} (${spec.specCode})`}
        aria-pressed={spec.specCode === props.selected}
        onClick={() => props.onSelect(spec.specCode)}
      >
        <span className="spec-name">{spec.name}</span>
        <code className="spec-code">{spec.specCode}</code>
      </button>
      <button
        type="button"
        className="link star"
        aria-pressed={favourites.has(spec.specCode)}
        aria-label={`Favourite ${spec.name} (${spec.specCode})`}
        title={favourites.has(spec.specCode) ? 'Remove from favourites' : 'Add to favourites'}
        onClick={() => void toggleFavourite(spec.specCode)}
      >
        {favourites.has(spec.specCode) ? '★' : '☆'}
      </button>
    </li>
  )

  const section = (title: string, specs: readonly SpecSummary[], group: string) =>
    specs.length > 0 && (
      <section aria-label={title} className="spec-group">
        <h3>{title}</h3>
        <ul className="spec-list">{specs.map((s) => row(s, group))}</ul>
      </section>
    )

  return (
    <div className="spec-picker">
      <div className="row spec-search">
        <label>
          Search specs
          <input
            type="search"
            value={query}
            placeholder="Country, document or code"
            onChange={(e) => setQuery(e.target.value)}
          />
        </label>
      </div>
      <p className="muted spec-source" aria-live="polite">
        {list === null
          ? busy
            ? 'Loading specs…'
            : 'No spec list yet.'
          : `${list.specs.length} specs ${list.fromCache ? 'from the saved copy' : 'from the service'}${
              list.fetchedAt ? `, fetched ${new Date(list.fetchedAt).toLocaleString()}` : ''
            }.`}{' '}
        <button type="button" className="link" disabled={busy} onClick={() => void load(true)}>
          Refresh
        </button>
      </p>
      <ErrorBanner message={error} onDismiss={() => setError(null)} />
      <div className="spec-scroll">
        {searching ? (
          <>
            {section(`${matches.length} matching`, matches, 'match')}
            {matches.length === 0 && <p className="muted">No spec matches “{deferredQuery}”.</p>}
          </>
        ) : (
          <>
            {section('Favourites', pick(props.prefs?.favourites ?? []), 'fav')}
            {section('Recently used', pick(props.prefs?.recent ?? []), 'recent')}
            {section('All specs', specs, 'all')}
          </>
        )}
      </div>
    </div>
  )
}
