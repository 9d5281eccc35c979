import type { units as en } from '../en/units'

export const units: Record<keyof typeof en, string> = {
  'units.size.mm': '{width, number}×{height, number} mm',
  'units.size.cm': '{width, number}×{height, number} cm',
  'units.size.in': '{width, number}×{height, number} po',
  'units.size.px': '{width}×{height} px',
  'units.name.mm': 'mm',
  'units.name.in': 'pouces',
  'units.paper.label.both': '{primary} ({secondary})',
  'units.paper.label.named': '{name} ({size})',
  'units.paper.name.letter': 'Lettre US',
  'units.paper.name.landscape': '{name} à l’italienne',
  'units.paper.custom': 'Personnalisé {size}'
}
