import { useCallback, useEffect, useRef, useState } from 'react'
import type { SpecFacts, SpecSummary } from '../../../../electron/shared/contract'
import { DESCRIBE_MAX } from '../../../../electron/shared/spec-limits'
import { call } from '../../lib/studio'

/** How long rows coming into view are collected before one specs:describe asks about all of them. */
const COLLECT_MS = 60

/**
 * Size and background for the spec rows, as they come into view: the list carries what main already keeps, and
 * rows without it are described in batches (main reads each spec's details once and keeps them). A failure leaves
 * the row with its name and code only; it is asked again after the list is refreshed.
 */
export function useSpecFacts(specs: readonly SpecSummary[]): {
  factsOf: (spec: SpecSummary) => SpecFacts | null
  /** Call for each row that came into view. */
  wanted: (specCode: string) => void
} {
  const [described, setDescribed] = useState<Record<string, SpecFacts | null>>({})
  const asked = useRef(new Set<string>())
  const pending = useRef(new Set<string>())
  const timer = useRef<number | null>(null)
  const known = useRef(new Set<string>())
  known.current = new Set(specs.filter((s) => s.facts !== null).map((s) => s.specCode))

  useEffect(() => {
    // A new list (refreshed from the service) may know more, or other specs: ask again for what is missing.
    asked.current = new Set()
  }, [specs])
  useEffect(
    () => () => {
      if (timer.current !== null) window.clearTimeout(timer.current)
    },
    []
  )

  const flush = useCallback(() => {
    timer.current = null
    const codes = [...pending.current].filter((c) => !asked.current.has(c) && !known.current.has(c))
    pending.current.clear()
    for (let i = 0; i < codes.length; i += DESCRIBE_MAX) {
      const batch = codes.slice(i, i + DESCRIBE_MAX)
      for (const code of batch) asked.current.add(code)
      call('specs:describe', { specCodes: batch }).then(
        (facts) => setDescribed((d) => ({ ...d, ...facts })),
        () => undefined
      )
    }
  }, [])

  const wanted = useCallback(
    (specCode: string) => {
      if (asked.current.has(specCode) || known.current.has(specCode)) return
      pending.current.add(specCode)
      timer.current ??= window.setTimeout(flush, COLLECT_MS)
    },
    [flush]
  )

  const factsOf = useCallback(
    (spec: SpecSummary) => spec.facts ?? described[spec.specCode] ?? null,
    [described]
  )
  return { factsOf, wanted }
}
