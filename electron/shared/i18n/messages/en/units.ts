/** Sizes and lengths as the counter reads them: numbers in the locale's conventions, units in its words. */
export const units = {
  'units.size.mm': '{width, number}×{height, number} mm',
  'units.size.cm': '{width, number}×{height, number} cm',
  'units.size.in': '{width, number}×{height, number} in',
  'units.size.px': '{width}×{height} px',
  'units.name.mm': 'mm',
  'units.name.in': 'inches',
  'units.paper.label.both': '{primary} ({secondary})',
  'units.paper.label.named': '{name} ({size})',
  'units.paper.name.letter': 'US Letter',
  'units.paper.name.landscape': '{name} landscape',
  'units.paper.custom': 'Custom {size}'
}
