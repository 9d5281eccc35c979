import { useEffect, useId, useImperativeHandle, useRef, useState, type KeyboardEvent, type Ref } from 'react'
import type { SpecFacts, SpecSummary } from '../../../../electron/shared/contract'
import { useT } from '../../lib/i18n'

/** A titled group of rows: Favourites, Most used, Recently used, All specs, or the search matches. */
export interface SpecGroup {
  key: string
  title: string
  specs: readonly SpecSummary[]
}

/** What the search box can ask of the list. */
export interface SpecListboxControl {
  /** Moves the focus into the list, onto its one tab stop. */
  focusActive(): void
}

/** Rows that PageUp and PageDown move over. */
const PAGE = 10

interface Row {
  id: string
  spec: SpecSummary
}

/**
 * The spec list as one WAI-ARIA listbox with groups: one tab stop for the whole list (roving tabindex), arrows,
 * Home, End, PageUp and PageDown move inside it, Enter or Space chooses, and typing a letter goes back to the
 * search box. Each row shows the name, the code, the size and the background, so specs the service names alike
 * can be told apart; the row's accessible name is exactly that visible text.
 */
export function SpecListbox(props: {
  label: string
  groups: readonly SpecGroup[]
  selected: string | null
  favourites: ReadonlySet<string>
  factsOf: (spec: SpecSummary) => SpecFacts | null
  onVisible: (specCode: string) => void
  onChoose: (specCode: string) => void
  onToggleFavourite: (specCode: string) => void
  onType: (text: string) => void
  control: Ref<SpecListboxControl>
}) {
  const { t } = useT()
  const baseId = useId()
  const rows: Row[] = props.groups.flatMap((g) =>
    g.specs.map((spec) => ({ id: `${baseId}-${g.key}-${spec.specCode}`, spec }))
  )
  const [activeId, setActiveId] = useState<string | null>(null)
  const elements = useRef(new Map<string, HTMLElement>())
  const observer = useRef<IntersectionObserver | null>(null)
  const onVisible = useRef(props.onVisible)
  onVisible.current = props.onVisible

  // The tab stop: the row last moved to, else the chosen spec's first row, else the first row.
  const active =
    rows.find((r) => r.id === activeId) ??
    rows.find((r) => r.spec.specCode === props.selected) ??
    rows[0] ??
    null

  useImperativeHandle(props.control, () => ({
    focusActive: () => {
      if (active) elements.current.get(active.id)?.focus()
    }
  }))

  useEffect(() => () => observer.current?.disconnect(), [])

  // Rows tell when they come into view (clipped by the list's own scrolling), so only those are described.
  const watch = (id: string) => (element: HTMLElement | null) => {
    const before = elements.current.get(id)
    if (before === element) return
    if (before) observer.current?.unobserve(before)
    if (element === null) {
      elements.current.delete(id)
      return
    }
    elements.current.set(id, element)
    observer.current ??= new IntersectionObserver((entries) => {
      for (const entry of entries) {
        const seen = (entry.target as HTMLElement).dataset['code']
        if (entry.isIntersecting && seen) onVisible.current(seen)
      }
    })
    observer.current.observe(element)
  }

  const moveTo = (index: number) => {
    const row = rows[Math.max(0, Math.min(rows.length - 1, index))]
    if (!row) return
    setActiveId(row.id)
    elements.current.get(row.id)?.focus()
  }

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const at = active ? rows.indexOf(active) : 0
    const moves: Record<string, number> = {
      ArrowDown: at + 1,
      ArrowUp: at - 1,
      Home: 0,
      End: rows.length - 1,
      PageDown: at + PAGE,
      PageUp: at - PAGE
    }
    const target = moves[e.key]
    if (target !== undefined && !e.altKey && !e.ctrlKey && !e.metaKey) {
      e.preventDefault()
      moveTo(target)
    } else if ((e.key === 'Enter' || e.key === ' ') && active) {
      e.preventDefault()
      props.onChoose(active.spec.specCode)
    } else if (e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey) {
      // Typing in the list searches: the letters go to the search box.
      e.preventDefault()
      props.onType(e.key)
    }
  }

  const groupTitle = (key: string) => `${baseId}-${key}-title`
  return (
    <div className="spec-scroll" role="listbox" aria-label={props.label} onKeyDown={onKeyDown}>
      {props.groups.map(
        (group) =>
          group.specs.length > 0 && (
            <div key={group.key} role="group" aria-labelledby={groupTitle(group.key)} className="spec-group">
              <div role="presentation" id={groupTitle(group.key)} className="spec-group-title">
                {group.title}
              </div>
              {group.specs.map((spec) => {
                const id = `${baseId}-${group.key}-${spec.specCode}`
                const chosen = spec.specCode === props.selected
                const favourite = props.favourites.has(spec.specCode)
                return (
                  <div
                    key={id}
                    id={id}
                    ref={watch(id)}
                    data-code={spec.specCode}
                    role="option"
                    aria-selected={chosen}
                    tabIndex={active?.id === id ? 0 : -1}
                    className={chosen ? 'spec-row selected' : 'spec-row'}
                    onClick={() => {
                      setActiveId(id)
                      props.onChoose(spec.specCode)
                    }}
                  >
                    <span className="spec-name" translate="no">
                      {spec.name}
                    </span>{' '}
                    <SpecMeta code={spec.specCode} facts={props.factsOf(spec)} />
                    <span
                      className={favourite ? 'spec-star on' : 'spec-star'}
                      aria-hidden="true"
                      title={t('photos.listbox.favourite', { on: favourite ? 'yes' : 'no' })}
                      onClick={(e) => {
                        e.stopPropagation()
                        props.onToggleFavourite(spec.specCode)
                      }}
                    >
                      {favourite ? '★' : '☆'}
                    </span>
                  </div>
                )
              })}
            </div>
          )
      )}
    </div>
  )
}

/** The second line of a row: code, size and background, as far as they are known. */
function SpecMeta(props: { code: string; facts: SpecFacts | null }) {
  const { facts } = props
  return (
    <span className="spec-meta">
      <code className="spec-code" translate="no">
        {props.code}
      </code>
      {facts?.size && <span> · {facts.size}</span>}
      {facts?.background && (
        <span>
          {' · '}
          {facts.background.hex && (
            <span className="swatch" aria-hidden="true" style={{ background: facts.background.hex }} />
          )}{' '}
          <span translate="no">{facts.background.name || facts.background.hex}</span>
        </span>
      )}
    </span>
  )
}
