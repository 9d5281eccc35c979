import { mainLocale, t } from '../i18n/main-language'
import { layoutSheet } from './layout'
import { paperMarginMm } from './paper'
import { oneDecimal } from './physical-size'
import type { SheetLayout, SheetRequest } from './types'

/** Settings that would put more copies on the sheet, and how many. */
export interface FillHint {
  /** Copies the sheet holds with the changes. */
  copies: number
  /** Only the settings that change. `label: false` when the fuller sheet has no room for the label. */
  changes: { marginMm?: number; gapMm?: number; orientation?: 'auto'; label?: false }
  /** For the counter: "6 would fit with margin 0 and no label". */
  text: string
}

type Change = 'margin' | 'gap' | 'orientation'

/**
 * When the settings give fewer copies than the paper could hold, the fewest changes that give the most: a smaller
 * margin (down to what the paper calls for: 0 on borderless photo paper, 4 mm on office paper), no gap, automatic
 * orientation. Null when no such change adds a copy. Pure, like the layout it calls (at most 8 layouts).
 */
export function fillHint(request: SheetRequest, layout: SheetLayout): FillHint | null {
  const margin = Math.min(request.marginMm, paperMarginMm(request.paper))
  const possible: Change[] = []
  if (margin < request.marginMm) possible.push('margin')
  if (request.gapMm > 0) possible.push('gap')
  if (request.orientation !== 'auto') possible.push('orientation')
  if (possible.length === 0) return null

  const apply = (changes: readonly Change[]): SheetRequest => ({
    ...request,
    ...(changes.includes('margin') ? { marginMm: margin } : {}),
    ...(changes.includes('gap') ? { gapMm: 0 } : {}),
    ...(changes.includes('orientation') ? { orientation: 'auto' as const } : {})
  })
  const current = layout.placements.length
  let best: { changes: Change[]; layout: SheetLayout } | null = null
  // Fewest changes first, so the hint asks for no more than it needs.
  for (const changes of subsetsBySize(possible)) {
    const candidate = layoutSheet(apply(changes))
    const count = candidate.placements.length
    if (count > current && (best === null || count > best.layout.placements.length)) {
      best = { changes, layout: candidate }
    }
  }
  if (best === null) return null

  const changes: FillHint['changes'] = {}
  const words: string[] = []
  if (best.changes.includes('margin')) {
    changes.marginMm = margin
    words.push(t('sheetsMain.hint.margin', { margin: oneDecimal(margin) }))
  }
  if (best.changes.includes('gap')) {
    changes.gapMm = 0
    words.push(t('sheetsMain.hint.noGap'))
  }
  if (best.changes.includes('orientation')) {
    changes.orientation = 'auto'
    words.push(t('sheetsMain.hint.autoOrientation'))
  }
  // The fuller sheet may have no room for the label: say so, rather than let it vanish on "use that".
  if (request.label !== undefined && request.label.text.trim() !== '' && !best.layout.label) {
    changes.label = false
    words.push(t('sheetsMain.hint.noLabel'))
  }
  const copies = best.layout.placements.length
  const list = new Intl.ListFormat(mainLocale().tag, { type: 'conjunction' }).format(words)
  return { copies, changes, text: t('sheetsMain.hint.text', { copies, changes: list }) }
}

/** All subsets, smallest first; within a size, in the order given. */
function subsetsBySize<T>(items: readonly T[]): T[][] {
  const all: T[][] = [[]]
  for (const item of items) all.push(...all.map((subset) => [...subset, item]))
  return all.filter((s) => s.length > 0).sort((a, b) => a.length - b.length)
}
