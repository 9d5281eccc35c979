import type { ParsedSpec, SpecFacts } from '../../../shared/contract/specs'
import { formatNumber, t } from '../i18n/main-language'

const MM_PER_INCH = 25.4

/** A number to at most `places` decimals, in main's locale ("1.5", "1,5"). */
function trim(value: number, places: number): string {
  return formatNumber(value, { maximumFractionDigits: places, useGrouping: false })
}

/**
 * What a spec row shows beside the name, so specs the service names alike can be told apart: the size in the
 * spec's own unit ("2 × 2 in", "35 × 45 mm", "600 × 600 px" for a digital-only spec) and the background colour.
 */
export function specFacts(spec: ParsedSpec): SpecFacts {
  let size: string | null = null
  if (spec.digitalOnly) {
    if (spec.pixelWidth !== null && spec.pixelHeight !== null)
      size = `${spec.pixelWidth} × ${spec.pixelHeight} px`
  } else if (spec.widthMm !== null && spec.heightMm !== null) {
    size =
      spec.unit === 'in'
        ? `${trim(spec.widthMm / MM_PER_INCH, 2)} × ${trim(spec.heightMm / MM_PER_INCH, 2)} ${t('face.unit', { unit: 'in' })}`
        : `${trim(spec.widthMm, 1)} × ${trim(spec.heightMm, 1)} mm`
  }
  const name = spec.background.name.trim()
  // parseSpec names a missing colour "not specified"; on a row that says nothing, so the row leaves it out.
  const stated = name !== '' && !(name === 'not specified' && spec.background.hex === null)
  const background = stated || spec.background.hex !== null ? { name, hex: spec.background.hex } : null
  return { size, digitalOnly: spec.digitalOnly, background }
}
