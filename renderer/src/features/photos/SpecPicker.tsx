import { useDeferredValue, useEffect, useMemo, useRef, useState, type Ref } from 'react'
import type { SpecList, SpecPrefs, SpecSummary } from '../../../../electron/shared/contract'
import { call, messageOf } from '../../lib/studio'
import { ErrorBanner } from '../../components/ErrorBanner'
import { searchSpecs } from '../../../../electron/shared/spec-search'
import { SpecListbox, type SpecGroup, type SpecListboxControl } from './SpecListbox'
import { useSpecFacts } from './use-spec-facts'
import { useT } from '../../lib/i18n'

// Favourites and the studio's most used specs come a little ahead of their equals in a search.
const FAVOURITE_LIFT = 8
const MOST_USED_LIFT = 5

/**
 * The spec browser: search, then favourites, the studio's most used and the recently used specs at the top, and
 * a refresh from the service. Enter in the search box chooses the best match; Down arrow goes into the list.
 */
export function SpecPicker(props: {
  selected: string | null
  prefs: SpecPrefs | null
  onSelect: (specCode: string) => void
  onPrefs: (prefs: SpecPrefs) => void
  /** The search box, for "Find a spec" and for a photo dropped before its spec was chosen. */
  searchRef?: Ref<HTMLInputElement>
  /** Said above the search while photos wait for their spec, with a way to drop them instead. */
  prompt?: string | null
  onDismissPrompt?: () => void
}) {
  const { t, dateTime } = useT()
  const [list, setList] = useState<SpecList | null>(null)
  const [query, setQuery] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const deferredQuery = useDeferredValue(query)
  const listbox = useRef<SpecListboxControl>(null)
  const ownSearch = useRef<HTMLInputElement | null>(null)

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
  const facts = useSpecFacts(specs)
  const byCode = useMemo(() => new Map(specs.map((s) => [s.specCode, s])), [specs])
  const favourites = useMemo(() => new Set(props.prefs?.favourites ?? []), [props.prefs])
  const mostUsed = useMemo(() => props.prefs?.mostUsed ?? [], [props.prefs])
  const boost = useMemo(() => {
    const lift = new Map<string, number>(mostUsed.map((code) => [code, MOST_USED_LIFT]))
    for (const code of favourites) lift.set(code, FAVOURITE_LIFT)
    return lift
  }, [favourites, mostUsed])
  const pick = (codes: readonly string[], except: ReadonlySet<string> = new Set()) =>
    codes
      .filter((c) => !except.has(c))
      .map((c) => byCode.get(c))
      .filter((s): s is SpecSummary => s !== undefined)

  const searching = deferredQuery.trim() !== ''
  const matches = useMemo(() => searchSpecs(specs, deferredQuery, { boost }), [specs, deferredQuery, boost])

  const toggleFavourite = async (specCode: string) => {
    try {
      props.onPrefs(await call('specs:toggle-favourite', { specCode }))
    } catch (e) {
      setError(messageOf(e))
    }
  }

  let groups: SpecGroup[]
  if (searching) {
    groups = [{ key: 'match', title: t('photos.picker.matching', { count: matches.length }), specs: matches }]
  } else {
    const top = new Set([...favourites, ...mostUsed])
    groups = [
      { key: 'fav', title: t('photos.picker.favourites'), specs: pick([...favourites]) },
      { key: 'most', title: t('photos.picker.mostUsed'), specs: pick(mostUsed, favourites) },
      { key: 'recent', title: t('photos.picker.recent'), specs: pick(props.prefs?.recent ?? [], top) },
      { key: 'all', title: t('photos.picker.all'), specs }
    ]
  }

  const setSearch = (element: HTMLInputElement | null) => {
    ownSearch.current = element
    const outer = props.searchRef
    if (typeof outer === 'function') outer(element)
    else if (outer) outer.current = element
  }

  return (
    <div className="spec-picker">
      {props.prompt && (
        <div className="banner banner-warn spec-prompt" role="status">
          <span>{props.prompt}</span>
          {props.onDismissPrompt && (
            <button type="button" onClick={props.onDismissPrompt}>
              {t('photos.picker.dontAdd')}
            </button>
          )}
        </div>
      )}
      <div className="row spec-search">
        <label>
          {t('photos.picker.search')}
          <input
            ref={setSearch}
            type="search"
            data-command="photos:find-spec"
            value={query}
            placeholder={t('photos.picker.placeholder')}
            aria-describedby="spec-search-hint"
            onChange={(e) => setQuery(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'ArrowDown') {
                e.preventDefault()
                listbox.current?.focusActive()
              } else if (e.key === 'Enter') {
                // The best match: the exact country and document when there is one.
                const best = searchSpecs(specs, query, { boost })[0]
                if (query.trim() !== '' && best) {
                  e.preventDefault()
                  props.onSelect(best.specCode)
                }
              }
            }}
          />
        </label>
      </div>
      <p id="spec-search-hint" className="muted spec-source">
        {t('photos.picker.hint')}
      </p>
      <ErrorBanner message={error} onDismiss={() => setError(null)} />
      {searching && matches.length === 0 ? (
        <p className="muted spec-empty">{t('photos.picker.noMatch', { query: deferredQuery })}</p>
      ) : (
        specs.length > 0 && (
          <SpecListbox
            label={
              searching ? t('photos.picker.listMatching', { query: deferredQuery }) : t('photos.picker.list')
            }
            control={listbox}
            groups={groups}
            selected={props.selected}
            favourites={favourites}
            factsOf={facts.factsOf}
            onVisible={facts.wanted}
            onChoose={props.onSelect}
            onToggleFavourite={(code) => void toggleFavourite(code)}
            onType={(text) => {
              setQuery((q) => q + text)
              ownSearch.current?.focus()
            }}
          />
        )
      )}
      <p className="muted spec-source">
        <span aria-live="polite">
          {list === null
            ? busy
              ? t('photos.picker.loading')
              : t('photos.picker.none')
            : t('photos.picker.source', {
                count: list.specs.length,
                cache: list.fromCache ? 'yes' : 'no',
                fetched: list.fetchedAt ? 'yes' : 'no',
                at: list.fetchedAt
                  ? dateTime(list.fetchedAt, { dateStyle: 'medium', timeStyle: 'short' })
                  : ''
              })}
        </span>{' '}
        <button type="button" className="link" disabled={busy} onClick={() => void load(true)}>
          {t('photos.picker.refresh')}
        </button>
      </p>
    </div>
  )
}
