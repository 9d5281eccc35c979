import { useLayoutEffect, useRef, type KeyboardEvent } from 'react'

const FOCUSABLE = 'button:not(:disabled), [href], input:not(:disabled), select:not(:disabled)'

/**
 * One tab stop for a grid of rows (WAI-ARIA's grid pattern, as a layout grid): Tab reaches the current row's
 * control, ArrowUp and ArrowDown move to the row above or below (its first control), ArrowLeft and ArrowRight move
 * among the controls of a row, Home and End go to the first and last row, Tab leaves the grid. Enter and Space press
 * the focused button, as buttons do. Rows are the grid's `[role="row"]` elements.
 */
export function useGridRoving<T extends HTMLElement>(): {
  ref: React.RefObject<T | null>
  onKeyDown: (event: KeyboardEvent<T>) => void
  onFocus: () => void
} {
  const ref = useRef<T>(null)
  const last = useRef<HTMLElement | null>(null)

  const rows = () => [...(ref.current?.querySelectorAll<HTMLElement>('[role="row"]') ?? [])]
  const controls = (row: HTMLElement | undefined) => [
    ...(row?.querySelectorAll<HTMLElement>(FOCUSABLE) ?? [])
  ]
  const all = () => rows().flatMap((row) => controls(row))
  const mark = (stop: HTMLElement | undefined) => {
    for (const item of all()) item.tabIndex = item === stop ? 0 : -1
  }

  // After every render: rows come and go, and React does not manage the controls' tabIndex.
  useLayoutEffect(() => {
    const items = all()
    const current = ref.current?.querySelector<HTMLElement>('[aria-selected="true"]')
    const stop =
      items.find((b) => b === document.activeElement) ??
      items.find((b) => b === last.current) ??
      controls(current ?? undefined)[0] ??
      items[0]
    mark(stop)
  })

  return {
    ref,
    onFocus: () => {
      const focused = document.activeElement
      if (focused instanceof HTMLElement && all().includes(focused)) {
        last.current = focused
        mark(focused)
      }
    },
    onKeyDown: (event) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return
      const list = rows()
      const at = list.findIndex((row) => row.contains(document.activeElement))
      if (at === -1) return
      const inRow = controls(list[at])
      const col = inRow.findIndex((b) => b === document.activeElement)
      let target: HTMLElement | undefined
      if (event.key === 'ArrowDown') target = controls(list[Math.min(at + 1, list.length - 1)])[0]
      else if (event.key === 'ArrowUp') target = controls(list[Math.max(at - 1, 0)])[0]
      else if (event.key === 'Home') target = controls(list[0])[0]
      else if (event.key === 'End') target = controls(list[list.length - 1])[0]
      else if (event.key === 'ArrowRight') target = inRow[Math.min(col + 1, inRow.length - 1)]
      else if (event.key === 'ArrowLeft') target = inRow[Math.max(col - 1, 0)]
      else return
      event.preventDefault()
      target?.focus()
    }
  }
}
