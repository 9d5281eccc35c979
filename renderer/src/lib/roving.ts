import { useLayoutEffect, useRef, type KeyboardEvent } from 'react'

const KEYS: Record<string, 'prev' | 'next' | 'first' | 'last'> = {
  ArrowLeft: 'prev',
  ArrowUp: 'prev',
  ArrowRight: 'next',
  ArrowDown: 'next',
  Home: 'first',
  End: 'last'
}

/**
 * One tab stop for a row of buttons (WAI-ARIA's toolbar pattern, "roving tabindex"): Tab reaches the pressed or
 * current button (or the one last used), the arrow keys, Home and End move among them, Tab leaves the row. The
 * buttons stay buttons, named and pressed as before.
 */
export function useRovingButtons<T extends HTMLElement>(): {
  ref: React.RefObject<T | null>
  onKeyDown: (event: KeyboardEvent<T>) => void
  onFocus: () => void
} {
  const ref = useRef<T>(null)
  const last = useRef<HTMLElement | null>(null)

  const items = () => [...(ref.current?.querySelectorAll<HTMLElement>('button:not(:disabled)') ?? [])]
  const mark = (stop: HTMLElement | undefined) => {
    for (const item of items()) item.tabIndex = item === stop ? 0 : -1
  }

  // After every render: the buttons may have changed, and React does not manage their tabIndex.
  useLayoutEffect(() => {
    const all = items()
    const chosen = all.find(
      (b) => b.getAttribute('aria-pressed') === 'true' || b.getAttribute('aria-current') === 'page'
    )
    const stop =
      all.find((b) => b === document.activeElement) ?? chosen ?? all.find((b) => b === last.current) ?? all[0]
    mark(stop)
  })

  return {
    ref,
    onFocus: () => {
      const focused = document.activeElement
      if (focused instanceof HTMLElement && items().includes(focused)) {
        last.current = focused
        mark(focused)
      }
    },
    onKeyDown: (event) => {
      const move = KEYS[event.key]
      if (move === undefined || event.altKey || event.ctrlKey || event.metaKey) return
      const all = items()
      const at = all.findIndex((b) => b === document.activeElement)
      if (at === -1) return
      event.preventDefault()
      const target =
        move === 'first'
          ? 0
          : move === 'last'
            ? all.length - 1
            : (at + (move === 'next' ? 1 : -1) + all.length) % all.length
      all[target]?.focus()
    }
  }
}
