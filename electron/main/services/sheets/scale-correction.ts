import { t } from '../i18n/main-language'
import { pixelGeometry } from './pixel-geometry'
import type { GuideSegment, Rect, ScaleCorrection, SheetLayout } from './types'

/** Corrections outside this range mean a mis-measurement or a driver set to "fit to page", not printer drift. */
export const MIN_SCALE_CORRECTION = 0.9
export const MAX_SCALE_CORRECTION = 1.1

/**
 * Applies a printer's scale correction to a layout.
 *
 * Convention: `factor` is what the file must be multiplied by so the print comes out right, i.e.
 * expected ÷ measured from the ruler test page. A printer that prints 1% too large (a 100 mm ruler measures
 * 101 mm) gets factor 100/101 ≈ 0.990, and its 1.01 enlargement brings each photo back to the spec's size.
 *
 * The factor may differ across (x) and down (y) the page: printers often stretch one direction more than the
 * other. A plain number scales both alike.
 *
 * Everything drawn (photos, guides, label) is scaled about the centre of the page; the page itself stays the
 * paper. The centre, not the top-left corner, because the margins then change evenly on all four sides: a
 * correction above 1 eats half as much of each margin, so edge photos are less likely to reach the printer's
 * unprintable border or leave the page. A warning is added if anything would leave the paper.
 */
export function applyScaleCorrection(layout: SheetLayout, factor: ScaleCorrection | number): SheetLayout {
  const { x: fx, y: fy } = typeof factor === 'number' ? { x: factor, y: factor } : factor
  if (fx === 1 && fy === 1) return layout
  const cx = layout.paper.widthMm / 2
  const cy = layout.paper.heightMm / 2
  const sx = (x: number): number => cx + (x - cx) * fx
  const sy = (y: number): number => cy + (y - cy) * fy
  const rect = <T extends Rect>(r: T): T => ({
    ...r,
    xMm: sx(r.xMm),
    yMm: sy(r.yMm),
    widthMm: r.widthMm * fx,
    heightMm: r.heightMm * fy
  })
  const segment = (s: GuideSegment): GuideSegment => ({
    x1Mm: sx(s.x1Mm),
    y1Mm: sy(s.y1Mm),
    x2Mm: sx(s.x2Mm),
    y2Mm: sy(s.y2Mm)
  })

  const placements = layout.placements.map(rect)
  const corrected: SheetLayout = {
    ...layout,
    placements,
    guides: { ...layout.guides, segments: layout.guides.segments.map(segment) },
    printableArea: rect(layout.printableArea),
    pixels: pixelGeometry(layout.paper, placements, layout.dpi),
    scaleCorrection: { x: layout.scaleCorrection.x * fx, y: layout.scaleCorrection.y * fy },
    warnings: [...layout.warnings]
  }
  if (layout.label) {
    const label = rect(layout.label)
    corrected.label = {
      ...label,
      baselineYMm: sy(layout.label.baselineYMm),
      fontSizeMm: layout.label.fontSizeMm * fy
    }
  }
  const off = placements.some(
    (p) =>
      p.xMm < 0 ||
      p.yMm < 0 ||
      p.xMm + p.widthMm > layout.paper.widthMm ||
      p.yMm + p.heightMm > layout.paper.heightMm
  )
  if (off) {
    corrected.warnings.push(t('sheetsMain.layout.cutOffByCalibration'))
  }
  return corrected
}

/** True when the correction changes nothing. */
export function isIdentity(correction: ScaleCorrection): boolean {
  return correction.x === 1 && correction.y === 1
}
